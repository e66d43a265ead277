/**
 * The form for one occurrence of a repeating commitment: its day, time, length and notes, and
 * which occurrences the change is for ("this one", "this and following", "all"). It turns into
 * the records to write, through the core's series edits; every invalid field is said at once.
 */
import { editOccurrence, skipOccurrence, splitSeries } from '../../../../core/series-edit';
import { isValidDay } from '../../../../core/time';
import type { CalendarDay, Commitment } from '../../../../core/types';
import type { FieldErrors, Validation } from '../../../../core/validate/fields';
import { parseNumber, startDurationErrors } from '../../components/form-values';

export type OccurrenceScope = 'this' | 'following' | 'all';

export type OccurrenceForm = {
  scope: OccurrenceScope;
  /** The day it happens on, in the commitment's zone. */
  date: CalendarDay;
  time: string;
  duration: string;
  notes: string;
};

/** What a valid form writes: one record updated, or a series split in two. */
export type OccurrenceWrite =
  | { kind: 'update'; commitment: Commitment }
  | { kind: 'split'; before: Commitment; after: Commitment };

export const OCCURRENCE_FIELD_PATHS = ['date', 'time', 'duration', 'notes'];

/** The occurrence of rule day `date` as the form shows it (after its move, if any). */
export function occurrenceToForm(c: Commitment, date: CalendarDay): OccurrenceForm {
  const moved = c.moved.find((m) => m.date === date);
  return {
    scope: 'this',
    date: moved?.to.date ?? date,
    time: moved?.to.time ?? c.start,
    duration: String(moved?.durationMin ?? c.durationMin),
    notes: moved?.notes ?? c.notes,
  };
}

/**
 * The writes the form asks for on occurrence `date` of `c`, or every field's error at once. A
 * series change keeps each occurrence on its day: another day is for this one only.
 */
export function checkOccurrenceForm(
  form: OccurrenceForm,
  c: Commitment,
  date: CalendarDay,
  newId: string,
): Validation<OccurrenceWrite> {
  const errors: FieldErrors = {};
  if (!isValidDay(form.date)) errors.date = 'Date must be a real date.';
  else if (form.scope !== 'this' && form.date !== date) {
    errors.date = 'Only this one can move to another day; the series keeps its days.';
  }
  Object.assign(errors, startDurationErrors(form, 1));
  if (form.notes.length > 5000) errors.notes = 'Notes must be at most 5000 characters.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const durationMin = parseNumber(form.duration);
  const change = {
    to: { date: form.date, time: form.time, zone: c.zone },
    durationMin,
    notes: form.notes,
  };
  if (form.scope === 'this') {
    return { ok: true, value: { kind: 'update', commitment: editOccurrence(c, date, change) } };
  }
  if (form.scope === 'all') {
    const commitment = { ...c, start: form.time, durationMin, notes: form.notes };
    return { ok: true, value: { kind: 'update', commitment } };
  }
  const split = splitSeries(c, date, change, newId);
  if (!split) return { ok: false, errors: { date: 'This day is not one of the series.' } };
  if (!split.before) return { ok: true, value: { kind: 'update', commitment: split.after } };
  return { ok: true, value: { kind: 'split', before: split.before, after: split.after } };
}

/** The commitment without occurrence `date`: "skip this one". */
export function skipWrite(c: Commitment, date: CalendarDay): OccurrenceWrite {
  return { kind: 'update', commitment: skipOccurrence(c, date) };
}
