/**
 * The "Away" and "My days off" lists as a form: rows of first day, last day and label as typed,
 * from the stored time off and back to checked drafts. Every row goes through the core's
 * `validateTimeOff`, so a refused save reports every invalid field of every row at once.
 */
import type { CalendarDay, TimeOff, TimeOffOwner } from '../../../../core/types';
import type { FieldErrors, Validation } from '../../../../core/validate/fields';
import { validateTimeOff, type TimeOffDraft } from '../../../../core/validate/time-off';

/** One range as typed; `id` is the stored record's, null for a new row. */
export type TimeOffRow = {
  id: string | null;
  startDate: string;
  endDate: string;
  label: string;
  /** Kept from an imported record, so a re-import still matches it. */
  icsUid: string | null;
};

/** A checked row, ready for replaceTimeOff. */
export type TimeOffWrite = { id?: string; draft: TimeOffDraft };

/** The rows of an owner's stored time off, first day first. */
export function rowsFromTimeOff(list: readonly TimeOff[]): TimeOffRow[] {
  return [...list]
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0))
    .map((t) => ({
      id: t.id,
      startDate: t.startDate,
      endDate: t.endDate,
      label: t.label,
      icsUid: t.icsUid,
    }));
}

/** A new one-day row on `day`. */
export function newTimeOffRow(day: CalendarDay): TimeOffRow {
  return { id: null, startDate: day, endDate: day, label: '', icsUid: null };
}

/** Checks every row at once; errors are keyed `row.field` (e.g. '1.endDate'). */
export function checkTimeOffRows(
  rows: readonly TimeOffRow[],
  owner: TimeOffOwner,
): Validation<TimeOffWrite[]> {
  const errors: FieldErrors = {};
  const out: TimeOffWrite[] = [];
  rows.forEach((row, i) => {
    // A blank last day means a single day: the common case needs one date typed.
    const endDate = row.endDate.trim() === '' ? row.startDate.trim() : row.endDate.trim();
    const checked = validateTimeOff({
      owner,
      startDate: row.startDate.trim(),
      endDate,
      label: row.label,
      icsUid: row.icsUid,
    });
    if (!checked.ok) {
      for (const [path, message] of Object.entries(checked.errors))
        errors[`${i}.${path}`] = message;
      return;
    }
    out.push(row.id ? { id: row.id, draft: checked.value } : { draft: checked.value });
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: out };
}

/** The errors of row `i`, by field. */
export function timeOffRowErrors(
  errors: FieldErrors,
  i: number,
): Partial<Record<'startDate' | 'endDate' | 'label', string>> {
  const pick = (field: 'startDate' | 'endDate' | 'label') => errors[`${i}.${field}`];
  const out: Partial<Record<'startDate' | 'endDate' | 'label', string>> = {};
  for (const field of ['startDate', 'endDate', 'label'] as const) {
    const message = pick(field);
    if (message !== undefined) out[field] = message;
  }
  return out;
}
