/**
 * Editing one occurrence of a repeating commitment, or the series from one occurrence on.
 *
 * "This one" writes into what the model already has: a moved occurrence (its own wall time,
 * length and, optionally, notes) or a skipped date. "This and following" splits the series: the
 * original ends the day before, and a new commitment (new id, so a new calendar UID) starts on
 * that day with the edits, taking the moves and skips from that day on. A COUNT is turned into
 * the end date it stands for on both halves, so together they keep exactly the occurrences the
 * series had. Rules stay in the commitment's zone, so the split holds across DST changes.
 */
import { isRuleDay, lastRuleDay, nextRuleDay } from './recurrence';
import { addDays } from './time';
import type { CalendarDay, Commitment, MovedOccurrence, WallTime } from './types';

/** What "this one" or "this and following" changes. */
export type OccurrenceChange = {
  /** Where the occurrence goes (its wall time in any zone); for a series, its clock time. */
  to: WallTime;
  durationMin: number;
  /** Notes of this occurrence (or, for the following ones, of the new series). */
  notes: string;
};

/** The commitment with the occurrence of rule day `date` moved, resized or given other notes. */
export function editOccurrence(
  c: Commitment,
  date: CalendarDay,
  change: OccurrenceChange,
): Commitment {
  const others = c.moved.filter((m) => m.date !== date);
  const atRule = change.to.date === date && change.to.time === c.start && change.to.zone === c.zone;
  const sameNotes = change.notes === c.notes;
  // Back where the rule puts it, as the rule has it: no override is left behind.
  if (atRule && change.durationMin === c.durationMin && sameNotes) {
    return { ...c, moved: others };
  }
  const moved: MovedOccurrence = { date, to: change.to, durationMin: change.durationMin };
  if (!sameNotes) moved.notes = change.notes;
  return { ...c, moved: [...others, moved].sort(byDate) };
}

/** The commitment without the occurrence of rule day `date` (and without its move, if any). */
export function skipOccurrence(c: Commitment, date: CalendarDay): Commitment {
  const skippedDates = c.skippedDates.includes(date)
    ? c.skippedDates
    : [...c.skippedDates, date].sort();
  return { ...c, skippedDates, moved: c.moved.filter((m) => m.date !== date) };
}

/** The two halves of a split: the series up to the day before, and from that day on. */
export type SeriesSplit = {
  /** The original, ending the day before; null when nothing of it came before the split. */
  before: Commitment | null;
  /** From the split day on, with the edits; the original's id when `before` is null. */
  after: Commitment;
};

/**
 * Splits repeating `c` at its rule day `date`: "this and following" with `change` (its clock
 * time, length and notes) for the new half. Null when `c` does not repeat or `date` is not one
 * of its days.
 */
export function splitSeries(
  c: Commitment,
  date: CalendarDay,
  change: OccurrenceChange,
  newId: string,
): SeriesSplit | null {
  const rule = c.recurrence;
  if (rule.kind === 'once' || !isRuleDay(c, date)) return null;
  const last = lastRuleDay(c);
  if (last !== null && date > last) return null;
  const edits = { start: change.to.time, durationMin: change.durationMin, notes: change.notes };
  const fromDate = (m: { date: CalendarDay }) => m.date >= date;
  const first = nextRuleDay(c, rule.startDate);
  // Nothing before the split: it is an edit of the whole series, which keeps its id and UID.
  if (first === null || first >= date) {
    return { before: null, after: { ...c, ...edits } };
  }
  const before: Commitment = {
    ...c,
    recurrence: { ...rule, endDate: addDays(date, -1), count: null },
    skippedDates: c.skippedDates.filter((d) => d < date),
    moved: c.moved.filter((m) => !fromDate(m)),
  };
  const after: Commitment = {
    ...c,
    ...edits,
    id: newId,
    icsUid: null,
    recurrence: { ...rule, startDate: date, endDate: last, count: null },
    skippedDates: c.skippedDates.filter((d) => d >= date),
    moved: c.moved.filter(fromDate),
  };
  return { before, after };
}

function byDate(a: MovedOccurrence, b: MovedOccurrence): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
