/**
 * Weekday windows as an editor shows them: one row per weekday with a checkbox and two times.
 * Pure conversions, shared by the working-hours and platform peak-hours tables.
 */
import type { FieldErrors } from '../../../core/validate/fields';
import type { Weekday, WeekdayWindow } from '../../../core/types';
import { WEEKDAY_ORDER } from '../ui-constants';

/** One weekday's row: `on` decides whether it becomes a window. */
export type DayRow = { on: boolean; start: string; end: string };

/** Seven rows indexed by weekday (0 = Sunday); days without a window keep `fallback` times. */
export function rowsFromWindows(
  windows: readonly WeekdayWindow[],
  fallback: { start: string; end: string },
): DayRow[] {
  return Array.from({ length: 7 }, (_, weekday) => {
    const w = windows.find((x) => x.weekday === weekday);
    // A window ending at midnight is stored as 24:00; a time input can only show 00:00.
    return w
      ? { on: true, start: w.start, end: w.end === '24:00' ? '00:00' : w.end }
      : { on: false, ...fallback };
  });
}

/** The weekdays that are on, in display order (the order the windows are written in). */
export function enabledWeekdays(rows: readonly DayRow[]): Weekday[] {
  return WEEKDAY_ORDER.filter((d) => rows[d]?.on);
}

/** Windows for the rows that are on; an end of 00:00 means midnight at the end of the day. */
export function rowsToWindows(rows: readonly DayRow[]): WeekdayWindow[] {
  return enabledWeekdays(rows).map((weekday) => {
    const row = rows[weekday] as DayRow;
    return { weekday, start: row.start, end: row.end === '00:00' ? '24:00' : row.end };
  });
}

/**
 * The error for each weekday's row: the validator reports `field.i.end` by the window's index,
 * which is the weekday's position among the enabled days.
 */
export function rowErrors(
  errors: FieldErrors,
  field: string,
  rows: readonly DayRow[],
): Partial<Record<Weekday, string>> {
  const out: Partial<Record<Weekday, string>> = {};
  enabledWeekdays(rows).forEach((weekday, i) => {
    const message = errors[`${field}.${i}.end`] ?? errors[`${field}.${i}.start`];
    if (message) out[weekday] = message;
  });
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
