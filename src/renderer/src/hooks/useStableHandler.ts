/**
 * A function whose identity never changes and that always calls the latest `fn`: handlers for
 * memoised children, so a child re-renders when its data changes, not when its parent does.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useStableHandler<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
