/** The status shown while something the screen needs is on its way. */
import { useEffect, useState } from 'react';

/**
 * A status that says something only once waiting is long enough to notice: a fast start paints
 * nothing before the week (a loading message painted for a few milliseconds costs a full layout
 * and paint on the way to the week, and flickers).
 */
export function Loading({ text }: { text: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), 300);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="loading" role="status">
      {shown ? text : null}
    </div>
  );
}
