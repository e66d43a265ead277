/** The current time, refreshed every 30 seconds (the now-line and "today" follow it). */
import { useEffect, useState } from 'react';

const TICK_MS = 30_000;

/** Epoch milliseconds, updated on a timer. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const handle = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(handle);
  }, []);
  return now;
}
