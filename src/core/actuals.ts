/**
 * Plan against actual: what the hours, burnout and income rules count for work that was marked.
 * A missed occurrence counts nothing; one done with its actual minutes counts those minutes from
 * its start; one done as planned, or not marked, counts as planned. A session marked done with its
 * actual minutes counts them the same way. The week's figures come from these spans (plan-week),
 * so every total agrees; the grid still draws the planned blocks, with a mark.
 */
import { MINUTE } from './time';
import type { Instant, Interval, MicrotaskSession, Occurrence, WorkRecord } from './types';

/** Work records by occurrence id. */
export type WorkRecordIndex = ReadonlyMap<string, WorkRecord>;

const EMPTY: WorkRecordIndex = new Map();

/** Indexes work records by their occurrence id. */
export function indexWorkRecords(records: readonly WorkRecord[] | undefined): WorkRecordIndex {
  if (!records || records.length === 0) return EMPTY;
  return new Map(records.map((r) => [r.id, r]));
}

/** The occurrence id a record is kept under: `${commitmentId}@${originalDate}`. */
export function occurrenceId(commitmentId: string, originalDate: string): string {
  return `${commitmentId}@${originalDate}`;
}

/** The span of a piece of work with `actualMin` minutes worked from its start. */
function withActual<T extends Interval>(item: T, actualMin: number | null): T {
  if (actualMin === null) return item;
  const end: Instant = item.start + actualMin * MINUTE;
  return end === item.end ? item : { ...item, end };
}

/** Occurrences as worked: missed ones left out, done ones at their actual length. */
export function workedOccurrences(
  occurrences: readonly Occurrence[],
  records: WorkRecordIndex,
): readonly Occurrence[] {
  // The common case (nothing marked) keeps the planner's hot path free of copies.
  if (records.size === 0) return occurrences;
  const out: Occurrence[] = [];
  for (const o of occurrences) {
    const r = records.get(o.id);
    if (!r) out.push(o);
    else if (r.outcome === 'done') {
      // Zero minutes done is work that did not take place: nothing to count.
      if (r.actualMin !== 0) out.push(withActual(o, r.actualMin));
    }
  }
  return out;
}

/**
 * Sessions as worked: done ones with actual minutes at that length from their start. One done
 * with zero minutes stays (as an empty span) so its recorded earnings still count.
 */
function workedSessions(sessions: readonly MicrotaskSession[]): readonly MicrotaskSession[] {
  if (!sessions.some((s) => s.status === 'done' && s.actualMin !== null)) return sessions;
  const out: MicrotaskSession[] = [];
  for (const s of sessions) {
    out.push(s.status === 'done' ? withActual(s, s.actualMin) : s);
  }
  return out;
}

/** A week's planned work and its context's (the days around it the rules read), as planned. */
type PlannedWeek = {
  context: readonly Occurrence[];
  allSessions: readonly MicrotaskSession[];
  occurrences: readonly Occurrence[];
  sessions: readonly MicrotaskSession[];
};

/** The same work as done, for the hours, burnout and income of a week (see planWeek). */
export function workedWeek(
  workRecords: readonly WorkRecord[] | undefined,
  planned: PlannedWeek,
): PlannedWeek {
  const records = indexWorkRecords(workRecords);
  return {
    context: workedOccurrences(planned.context, records),
    allSessions: workedSessions(planned.allSessions),
    occurrences: workedOccurrences(planned.occurrences, records),
    sessions: workedSessions(planned.sessions),
  };
}
