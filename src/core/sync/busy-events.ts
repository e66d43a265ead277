/**
 * Busy time from another calendar's text: every event read by the ICS import (zone matching,
 * weekly and monthly rules, overrides, EXDATEs) and expanded by the planner's own recurrence
 * code, so busy time and imported commitments never disagree; all-day events are busy for the
 * whole days in the worker's zone. What the import cannot read is left out, never guessed. Each
 * event carries its own calendar data, so it can be imported as a commitment (busy-source.ts).
 *
 * Reading a text (readBusy) is the costly part and does not depend on the span, so a
 * caller that asks one text for many spans (a subscription, week after week) reads it once and
 * expands the result for each span (busyIn).
 */
import type { BusyEvent } from '../bridge/sync-contract';
import { parseIcsWithJcal } from '../ics/import';
import { expandCommitment } from '../recurrence';
import { addDays, toInstant } from '../time';
import type { Commitment, IanaZone, Instant } from '../types';
import { eventSources } from './busy-source';

/** Where the events go and the span wanted. */
export type BusySpan = {
  source: string;
  countsAsWork: boolean;
  from: Instant;
  to: Instant;
};

/** Where the text came from, the span wanted and the worker's zone. */
export type BusyOptions = BusySpan & { homeZone: IanaZone };

/** One day off of the calendar, as the instants it covers in the worker's zone. */
type DayOff = { uid: string; label: string; start: Instant; end: Instant };

/** A calendar text as read once, ready to expand for any span; empty when it cannot be read. */
export type BusyRead = {
  readonly commitments: readonly Commitment[];
  readonly daysOff: readonly DayOff[];
  /** The calendar data of an event by its UID (busy-source.ts), cut out on first asking. */
  readonly source: (uid: string) => string | null;
};

const UNREADABLE: BusyRead = { commitments: [], daysOff: [], source: () => null };

/** Reads a calendar text for busy time: its events and days off as the ICS import reads them. */
export function readBusy(text: string, options: { homeZone: IanaZone }): BusyRead {
  const { result: parsed, jcal } = parseIcsWithJcal(text, { homeZone: options.homeZone });
  if (!parsed.ok) return UNREADABLE;
  const commitments = parsed.preview.events.map((event): Commitment => ({
    ...event.draft,
    id: event.draft.icsUid,
    clientId: '',
    createdAt: 0,
    updatedAt: 0,
  }));
  const daysOff = parsed.preview.timeOff.map((t) => ({
    uid: t.icsUid,
    label: t.label,
    start: toInstant(t.startDate, '00:00', options.homeZone),
    end: toInstant(addDays(t.endDate, 1), '00:00', options.homeZone),
  }));
  return { commitments, daysOff, source: eventSources(jcal) };
}

/** The busy events of a read calendar that overlap [from, to), sorted by start. */
export function busyIn(read: BusyRead, span: BusySpan): BusyEvent[] {
  const range = { start: span.from, end: span.to };
  const out: BusyEvent[] = [];
  const push = (
    uid: string,
    title: string,
    start: Instant,
    end: Instant,
    allDay: boolean,
  ): void => {
    if (end <= span.from || start >= span.to) return;
    out.push({
      id: `${span.source}|${uid}|${start}`,
      source: span.source,
      title,
      start,
      end,
      allDay,
      countsAsWork: span.countsAsWork,
      uid,
      ics: read.source(uid),
    });
  };
  for (const c of read.commitments) {
    for (const o of expandCommitment(c, range))
      push(c.icsUid ?? c.id, c.title, o.start, o.end, false);
  }
  for (const d of read.daysOff) push(d.uid, d.label, d.start, d.end, true);
  return out.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
}

/** The busy events of one calendar text that overlap [from, to), sorted by start. */
export function busyEvents(text: string, options: BusyOptions): BusyEvent[] {
  return busyIn(readBusy(text, options), options);
}
