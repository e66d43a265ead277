/**
 * Busy time from another calendar's text: every event read by the ICS import (zone matching,
 * weekly and monthly rules, overrides, EXDATEs) and expanded by the planner's own recurrence
 * code, so busy time and imported commitments never disagree; all-day events are busy for the
 * whole days in the worker's zone. What the import cannot read is left out, never guessed. Each
 * event carries its own calendar data, so it can be imported as a commitment (busy-source.ts).
 */
import type { BusyEvent } from '../bridge/sync-contract';
import { parseIcsWithJcal } from '../ics/import';
import { expandCommitment } from '../recurrence';
import { addDays, toInstant } from '../time';
import type { Commitment, IanaZone, Instant } from '../types';
import { eventSources } from './busy-source';

/** Where the text came from and the span wanted. */
export type BusyOptions = {
  source: string;
  countsAsWork: boolean;
  homeZone: IanaZone;
  from: Instant;
  to: Instant;
};

/** The busy events of one calendar text that overlap [from, to), sorted by start. */
export function busyEvents(text: string, options: BusyOptions): BusyEvent[] {
  const { result: parsed, jcal } = parseIcsWithJcal(text, { homeZone: options.homeZone });
  if (!parsed.ok) return [];
  const range = { start: options.from, end: options.to };
  const out: BusyEvent[] = [];
  const source = eventSources(jcal);
  const push = (
    uid: string,
    title: string,
    start: Instant,
    end: Instant,
    allDay: boolean,
  ): void => {
    if (end <= options.from || start >= options.to) return;
    out.push({
      id: `${options.source}|${uid}|${start}`,
      source: options.source,
      title,
      start,
      end,
      allDay,
      countsAsWork: options.countsAsWork,
      uid,
      ics: source(uid),
    });
  };
  for (const event of parsed.preview.events) {
    const c: Commitment = {
      ...event.draft,
      id: event.draft.icsUid,
      clientId: '',
      createdAt: 0,
      updatedAt: 0,
    };
    for (const o of expandCommitment(c, range))
      push(c.icsUid ?? c.id, c.title, o.start, o.end, false);
  }
  for (const t of parsed.preview.timeOff) {
    const start = toInstant(t.startDate, '00:00', options.homeZone);
    const end = toInstant(addDays(t.endDate, 1), '00:00', options.homeZone);
    push(t.icsUid, t.label, start, end, true);
  }
  return out.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
}
