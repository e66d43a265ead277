/**
 * The shown week's model, with the weeks either side planned ahead while the browser is idle, so
 * moving to the next or previous week draws at once instead of planning first. A model planned
 * ahead is used only when every input is the one the shown week now has (the same records, the
 * same sessions, the same minute), so it is never stale.
 */
import { useEffect, useRef, useState } from 'react';
import { buildWeekModel, type WeekModel, type WeekModelInput } from './model';

type Entry = { input: WeekModelInput; model: WeekModel };

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

/** True when a model planned for `a` is exactly the model for `b`. */
export function sameWeekInput(a: WeekModelInput, b: WeekModelInput): boolean {
  return (
    a.weekStart === b.weekStart &&
    a.now === b.now &&
    a.settings === b.settings &&
    a.clients === b.clients &&
    a.commitments === b.commitments &&
    a.platforms === b.platforms &&
    a.hiddenBands === b.hiddenBands &&
    a.dismissed === b.dismissed &&
    sameItems(a.sessions, b.sessions)
  );
}

type Handle = { cancel(): void };

/** Runs `run` when the browser is idle: never in the way of drawing a week or of input. */
function whenIdle(run: () => void): Handle {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 2000 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(run, 100);
  return { cancel: () => clearTimeout(id) };
}

/**
 * The model for `input` (null while its sessions load). `ahead` gives the inputs of the weeks to
 * plan in idle time after each render; an empty list plans nothing ahead.
 */
export function useWeekModel(
  input: WeekModelInput | null,
  ahead: () => WeekModelInput[],
): WeekModel | null {
  // A memo cache (the same Map for the component's life): filled during render and in idle time.
  const [cache] = useState(() => new Map<string, Entry>());
  const aheadRef = useRef(ahead);
  let model: WeekModel | null = null;
  if (input) {
    const hit = cache.get(input.weekStart);
    if (hit && sameWeekInput(hit.input, input)) model = hit.model;
    else {
      model = buildWeekModel(input);
      cache.set(input.weekStart, { input, model });
    }
  }

  useEffect(() => {
    aheadRef.current = ahead;
  });
  useEffect(() => {
    if (!input) return;
    const keep = new Set([input.weekStart]);
    const handle = whenIdle(() => {
      for (const next of aheadRef.current()) {
        keep.add(next.weekStart);
        const hit = cache.get(next.weekStart);
        if (!hit || !sameWeekInput(hit.input, next)) {
          cache.set(next.weekStart, { input: next, model: buildWeekModel(next) });
        }
      }
      for (const week of cache.keys()) if (!keep.has(week)) cache.delete(week);
    });
    return () => handle.cancel();
  }, [cache, input]);
  return model;
}
