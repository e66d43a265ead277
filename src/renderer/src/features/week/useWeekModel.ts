/**
 * The shown week's model, with the weeks either side planned ahead once a week is painted, so
 * moving to the next or previous week draws at once instead of planning first. A model planned
 * ahead is used only when every input is the one the shown week now has (the same records, the
 * same sessions, the same minute), so it is never stale.
 */
import { useEffect, useRef, useState } from 'react';
import { sameFields } from '../../../../core/same-fields';
import { buildWeekModel, type WeekModel, type WeekModelInput } from './model';

type Entry = { input: WeekModelInput; model: WeekModel };

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

// The inputs the live queries hand over as the same object while unchanged; the sessions are
// re-read per week range, so they are compared item by item.
const SAME_BY_REFERENCE = [
  'weekStart',
  'now',
  'settings',
  'clients',
  'commitments',
  'platforms',
  'timeOff',
  'busy',
  'workRecords',
  'hiddenBands',
  'dismissed',
] as const;

/** True when a model planned for `a` is exactly the model for `b`. */
export function sameWeekInput(a: WeekModelInput, b: WeekModelInput): boolean {
  return sameFields(a, b, SAME_BY_REFERENCE) && sameItems(a.sessions, b.sessions);
}

type Handle = { cancel(): void };

/**
 * Runs `run` in a task of its own once two more frames have been painted: after the new week's
 * grid and then its side panel (a deferred render) are on screen, yet before a user paging
 * through weeks presses the next key (waiting for an idle period left such a user with a plan to
 * make at every step).
 */
function afterPaint(run: () => void): Handle {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(run, 0);
    });
  });
  return {
    cancel: () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

/**
 * The model for `input` (null while its sessions load). `ahead` gives the inputs of the weeks to
 * plan in idle time (read when the browser is idle, so always the latest); an empty list plans
 * nothing ahead.
 */
export function useWeekModel(
  input: WeekModelInput | null,
  ahead: () => WeekModelInput[],
): WeekModel | null {
  // A memo cache (the same Map for the component's life): filled during render and in idle time.
  const [cache] = useState(() => new Map<string, Entry>());
  const latest = useRef({ week: input?.weekStart, ahead });
  const idle = useRef<Handle | null>(null);
  let model: WeekModel | null = null;
  if (input) {
    const hit = cache.get(input.weekStart);
    if (hit && sameWeekInput(hit.input, input)) model = hit.model;
    else {
      model = buildWeekModel(input);
      cache.set(input.weekStart, { input, model });
    }
  }

  // One idle task at a time, planning one week per idle period, until nothing is left to plan.
  // Renders do not restart it (they come often: the clock, live reads), they only update what
  // it will plan.
  useEffect(() => {
    latest.current = { week: input?.weekStart, ahead };
    if (!input || idle.current) return;
    const step = () => {
      idle.current = null;
      const { week, ahead: current } = latest.current;
      const wanted = current();
      const keep = new Set([week, ...wanted.map((w) => w.weekStart)]);
      for (const key of cache.keys()) if (!keep.has(key)) cache.delete(key);
      const todo = wanted.filter((w) => {
        const hit = cache.get(w.weekStart);
        return !hit || !sameWeekInput(hit.input, w);
      });
      const next = todo[0];
      if (!next) return;
      cache.set(next.weekStart, { input: next, model: buildWeekModel(next) });
      // One week per task, so input is handled in between.
      if (todo.length > 1) idle.current = afterPaint(step);
    };
    idle.current = afterPaint(step);
  });
  useEffect(
    () => () => {
      idle.current?.cancel();
      idle.current = null;
    },
    [],
  );
  return model;
}
