/**
 * The events the app publishes to its CalDAV calendar, one calendar object per UID, written by
 * the ICS export itself (one record per call), so a synced calendar and an exported file carry
 * the same UIDs and the same content: recurring commitments as whole series in their client's
 * zone with their VTIMEZONE and overrides, one-off commitments, accepted sessions, and time off
 * as all-day events.
 *
 * Series are never clipped to a span: a clipped RRULE would change every day as the span moves,
 * and the engine would rewrite every event daily. Only records that ended before `since` are
 * left out (the past need not be sent again and again); each item says when it ends, so the
 * engine can tell one that aged out (kept on the server as it is) from one that was deleted.
 */
import type { PublishedItem, PublishedKind } from '../bridge/sync-contract';
import { commitmentUid, sessionUid, timeOffUid, toIcs } from '../ics/export';
import type { IcsContent, IcsExportInput, IcsRange } from '../ics/types';
import { expandCommitment } from '../recurrence';
import { addDays, startOfDay } from '../time';
import type { Commitment, Instant, TimeOff } from '../types';

/** What the window passes: the export's records and settings, without a range or a choice. */
export type PublishInput = Omit<IcsExportInput, 'range' | 'content' | 'calendarName'> & {
  /** Commitments, sessions and time off that ended before this instant are not published. */
  since: Instant;
  /** Write a VALARM per event, as the export's option does. */
  alarms: boolean;
};

// Latest instant a JS Date can hold: an open-ended span for the one-off records.
const FAR_FUTURE = 8.64e15;
const NOTHING: IcsContent = {
  commitments: false,
  sessions: false,
  availability: false,
  alarms: false,
};

/** The one VCALENDAR of a single record, written by the export. */
function calendarOf(
  input: PublishInput,
  range: IcsRange,
  records: Pick<IcsExportInput, 'commitments' | 'sessions' | 'timeOff'>,
  content: Partial<IcsContent>,
): string {
  return toIcs({
    ...input,
    ...records,
    calendarName: '',
    calendarObject: true,
    range,
    content: { ...NOTHING, ...content, alarms: input.alarms },
  });
}

/** Whether the text holds an event (a series entirely before `since`, say, writes none). */
function hasEvent(ics: string): boolean {
  return ics.includes('BEGIN:VEVENT');
}

/**
 * When a published one-off commitment's occurrence ends (a moved one included). It was written
 * because it ends after `since`, so the span the export read holds it, and a walk from the
 * epoch would cost a planner's worth of days per one-off.
 */
function onceEnd(c: Commitment, since: Instant): Instant | null {
  const all = expandCommitment(c, { start: since, end: FAR_FUTURE });
  return all.length === 0 ? null : Math.max(...all.map((o) => o.end));
}

/** When time off ends: the midnight after its last day in its owner's zone, as the export reads it. */
function timeOffEnd(t: TimeOff, input: PublishInput): Instant {
  const owner = t.owner;
  const client =
    owner.kind === 'client' ? input.clients.find((c) => c.id === owner.clientId) : undefined;
  return startOfDay(addDays(t.endDate, 1), client?.zone ?? input.homeZone ?? 'UTC');
}

/** The items to publish for a plan, sorted by UID; UIDs are unique (first record wins). */
export function publishedItems(input: PublishInput): PublishedItem[] {
  const recent: IcsRange = { kind: 'span', start: input.since, end: FAR_FUTURE };
  const none = { commitments: [], sessions: [], timeOff: [] };
  const items = new Map<string, PublishedItem>();
  const add = (uid: string, kind: PublishedKind, ics: string, end: () => Instant | null): void => {
    if (!items.has(uid) && hasEvent(ics)) items.set(uid, { uid, kind, ics, end: end() });
  };
  for (const c of input.commitments) {
    const once = c.recurrence.kind === 'once';
    const range = once ? recent : { kind: 'recurring' as const };
    const ics = calendarOf(input, range, { ...none, commitments: [c] }, { commitments: true });
    // A series is never clipped, so it never ages out; only a one-off ends.
    add(commitmentUid(c), 'commitment', ics, () => (once ? onceEnd(c, input.since) : null));
  }
  for (const s of input.sessions) {
    const ics = calendarOf(input, recent, { ...none, sessions: [s] }, { sessions: true });
    add(sessionUid(s), 'session', ics, () => s.end);
  }
  for (const t of input.timeOff ?? []) {
    const ics = calendarOf(input, recent, { ...none, timeOff: [t] }, { timeOff: true });
    add(timeOffUid(t), 'time-off', ics, () => timeOffEnd(t, input));
  }
  return [...items.values()].sort((a, b) => (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0));
}
