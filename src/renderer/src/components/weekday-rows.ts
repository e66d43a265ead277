/**
 * Weekday windows as an editor shows them: one row per weekday with a checkbox and two times.
 * Pure conversions, shared by the working-hours and platform peak-hours tables.
 */
import type { FieldErrors } from '../../../core/validate/fields';
import type { Weekday, WeekdayWindow } from '../../../core/types';
import { WEEKDAY_ORDER } from '../ui-constants';

/** A window's times as a row holds them. */
type Times = { start: string; end: string };

/**
 * One weekday's row: `on` decides whether it becomes a window. `more` holds the day's further
 * windows (09:00–12:00 and 14:00–17:00 on one day): the row edits the first and keeps the
 * others as they are, so saving an editor never drops a window it cannot show.
 */
export type DayRow = { on: boolean; start: string; end: string; more?: readonly Times[] };

// A window ending at midnight is stored as 24:00; a time input can only show 00:00.
const shown = (w: WeekdayWindow): Times => ({
  start: w.start,
  end: w.end === '24:00' ? '00:00' : w.end,
});
const stored = (weekday: Weekday, t: Times): WeekdayWindow => ({
  weekday,
  start: t.start,
  end: t.end === '00:00' ? '24:00' : t.end,
});

/** Seven rows indexed by weekday (0 = Sunday); days without a window keep `fallback` times. */
export function rowsFromWindows(
  windows: readonly WeekdayWindow[],
  fallback: { start: string; end: string },
): DayRow[] {
  return Array.from({ length: 7 }, (_, weekday) => {
    const [first, ...rest] = windows.filter((x) => x.weekday === weekday);
    if (!first) return { on: false, ...fallback };
    const row: DayRow = { on: true, ...shown(first) };
    return rest.length > 0 ? { ...row, more: rest.map(shown) } : row;
  });
}

/** The weekdays that are on, in display order (the order the windows are written in). */
function enabledWeekdays(rows: readonly DayRow[]): Weekday[] {
  return WEEKDAY_ORDER.filter((d) => rows[d]?.on);
}

/** Windows for the rows that are on; an end of 00:00 means midnight at the end of the day. */
export function rowsToWindows(rows: readonly DayRow[]): WeekdayWindow[] {
  return enabledWeekdays(rows).flatMap((weekday) => {
    const row = rows[weekday] as DayRow;
    return [row, ...(row.more ?? [])].map((t) => stored(weekday, t));
  });
}

/**
 * The error for each weekday's row: the validator reports `field.i.end` by the window's index in
 * what rowsToWindows wrote (each enabled day's windows in turn, its kept ones after the first).
 */
export function rowErrors(
  errors: FieldErrors,
  field: string,
  rows: readonly DayRow[],
): Partial<Record<Weekday, string>> {
  const out: Partial<Record<Weekday, string>> = {};
  let i = 0;
  for (const weekday of enabledWeekdays(rows)) {
    const count = 1 + (rows[weekday]?.more?.length ?? 0);
    for (let k = i; k < i + count && !out[weekday]; k++) {
      const message = errors[`${field}.${k}.end`] ?? errors[`${field}.${k}.start`];
      if (message) out[weekday] = message;
    }
    i += count;
  }
  return out;
}

/** The rows with one weekday's row changed. */
export function patchRow(
  rows: readonly DayRow[],
  weekday: Weekday,
  patch: Partial<DayRow>,
): DayRow[] {
  return rows.map((row, i) => (i === weekday ? { ...row, ...patch } : row));
}
