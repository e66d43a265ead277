/**
 * All-day events (holidays, out-of-office, birthdays) read as offers of time off: the days they
 * cover, as calendar days (DTEND;VALUE=DATE is the day after the last), with what the preview
 * must say about them. Whose time off it is the user decides in the preview; an event this
 * planner exported says whose it was, so a re-import of its own file changes nothing.
 */
import { addDays, diffDays } from '../time';
import type { TimeOffOwner } from '../types';
import { MAX_TIME_OFF_DAYS } from '../validate/time-off';
import { eventLabel } from './import-check';
import { durationMinutes, firstTime, props, text } from './jcal';
import type { JComp } from './jcal';
import type { SkippedEvent, TimeOffOffer } from './types';

export type TimeOffRead = { ok: true; offer: TimeOffOffer } | { ok: false; skipped: SkippedEvent };

/** Whether a VEVENT is an all-day event (its DTSTART is a DATE). */
export function isAllDay(v: JComp): boolean {
  return firstTime(v, 'dtstart')?.kind === 'date';
}

/** The owner an exported event names (X-HYBRID-PLANNER-OWNER), or null. */
function ownerHint(v: JComp): TimeOffOwner | null {
  const value = text(v, 'x-hybrid-planner-owner') ?? '';
  if (value === 'worker') return { kind: 'worker' };
  const clientId = /^client:(.{1,64})$/.exec(value)?.[1];
  return clientId ? { kind: 'client', clientId } : null;
}

/** The last day (inclusive) of an all-day event starting on `first`, or a refusal reason. */
function lastDay(v: JComp, first: string): string | { reason: string } {
  const end = firstTime(v, 'dtend');
  if (end) {
    if (end.kind !== 'date') return { reason: 'It starts on a date but ends at a time.' };
    // DTEND is exclusive; an end on the start day itself (seen in the wild) means one day.
    return end.day <= first ? first : addDays(end.day, -1);
  }
  const duration = props(v, 'duration')[0];
  if (duration) {
    const minutes = durationMinutes(duration.values[0]);
    if (minutes === null || minutes < 0) return { reason: 'The event has an invalid DURATION.' };
    return addDays(first, Math.max(1, Math.ceil(minutes / 1440)) - 1);
  }
  // RFC 5545: a DATE start without an end lasts that one day.
  return first;
}

/** Reads an all-day VEVENT into an offer of time off, or the reason it cannot be one. */
export function readTimeOff(v: JComp, uid: string): TimeOffRead {
  const untitled = (text(v, 'x-hybrid-planner-untitled') ?? '').toUpperCase() === 'TRUE';
  const label = untitled ? '' : (text(v, 'summary')?.trim() ?? '');
  const refuse = (reason: string): TimeOffRead => ({
    ok: false,
    skipped: { uid, title: eventLabel(label, uid), reason },
  });
  if ((text(v, 'status') ?? '').toUpperCase() === 'CANCELLED') {
    return refuse('The event is cancelled.');
  }
  const start = firstTime(v, 'dtstart');
  if (start?.kind !== 'date') return refuse('The event has no valid DTSTART.');
  const last = lastDay(v, start.day);
  if (typeof last !== 'string') return refuse(last.reason);
  if (diffDays(start.day, last) >= MAX_TIME_OFF_DAYS) {
    return refuse(`It lasts more than ${MAX_TIME_OFF_DAYS} days: too long to be time off.`);
  }
  const notices: string[] = [];
  if (props(v, 'rrule').length + props(v, 'rdate').length > 0) {
    // Time off is a range of days, not a series: the first one is offered, the user adds more.
    notices.push('It repeats: only its first days are offered; add later ones in the editor.');
  }
  const cut = label.slice(0, 200);
  if (cut !== label) notices.push('The title was cut to 200 characters.');
  return {
    ok: true,
    offer: {
      icsUid: uid.slice(0, 500),
      label: cut,
      startDate: start.day,
      endDate: last,
      notices,
      owner: ownerHint(v),
    },
  };
}
