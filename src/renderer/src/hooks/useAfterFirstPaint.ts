/**
 * False until the first frame after mount has been painted and the browser is idle, then true.
 * Work the first screen does not need (reminder schedules, usage counts, live reads beyond the
 * prefetched week, the daily backup) waits for it: React runs the effects of a synchronous render
 * before the browser paints, and work queued right after the paint still holds up the frames that
 * follow, so it waits for an idle moment (at most a second).
 */
import { useEffect, useState } from 'react';

export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let idle: (() => void) | undefined;
    const frame = requestAnimationFrame(() => {
      const done = () => setPainted(true);
      if (typeof requestIdleCallback === 'function') {
        const id = requestIdleCallback(done, { timeout: 1000 });
        idle = () => cancelIdleCallback(id);
      } else {
        const id = setTimeout(done, 100);
        idle = () => clearTimeout(id);
      }
    });
    return () => {
      cancelAnimationFrame(frame);
      idle?.();
    };
  }, []);
  return painted;
}
