/**
 * Writes the schedule as an RFC 5545 calendar.
 *
 * Written by hand, not with ical-generator 10.2 (checked against its source, src/tools.ts and
 * src/calendar.ts): once a calendar zone is set, which is the only way to get its VTIMEZONE
 * generator hook, it formats DTSTAMP and RRULE UNTIL in that zone without the Z (both must be
 * UTC); native Dates under an event zone are written in the host's local time, so the output
 * depends on the machine; NAME and X-WR-CALNAME are written unescaped (a newline in the name
 * injects properties); it builds no VTIMEZONE itself; and it folds with a new TextEncoder per
 * character. What the planner needs is small (format.ts, vtimezone.ts), so owning it is simpler
 * than working around those.
 *
 * Decisions: DTSTAMP is the record's updatedAt (UTC), not the export time, so exporting unchanged
 * data twice gives byte-identical files and a re-import only updates what changed; UIDs are the
 * imported icsUid or derived from record ids; recurring commitments keep their own zone, one-off
 * items and sessions are written in UTC. Nothing reads the host zone or the clock.
 */
import { activeClients } from '../active-clients';
import { addDays, clockToMinutes, DAY, dayOf, toInstant, weekdayOf } from '../time';
import type { CalendarDay, Client, Commitment, Instant, MicrotaskSession, TimeOff } from '../types';
import { cleanText, LineWriter, localStamp, minutesDuration, paramValue, utcStamp } from './format';
import { writeOnce, writeSeries } from './export-series';
import type { EventParts } from './export-series';
import type { IcsExportInput, IcsRange } from './types';
import { buildVtimezone } from './vtimezone';

export const PRODID = '-//Hybrid Planner//Hybrid Planner 0.1//EN';
const UID_DOMAIN = 'hybrid-planner';
const GAP_HORIZON_YEARS = 10;
const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

type Span = { start: Instant; end: Instant };

/** The span of `weeks` weeks starting on `firstDay` in `zone` (this week: weeks = 1). */
export function icsRangeForWeeks(firstDay: CalendarDay, weeks: number, zone: string): IcsRange {
  return {
    kind: 'span',
    start: toInstant(firstDay, '00:00', zone),
    end: toInstant(addDays(firstDay, 7 * weeks), '00:00', zone),
  };
}

/** The UID a commitment is exported with: its imported UID, or one derived from its id. */
export function commitmentUid(c: Commitment): string {
  return c.icsUid ?? `${c.id}@${UID_DOMAIN}`;
}

function stampOf(updatedAt: Instant, now: Instant): string {
  return utcStamp(Number.isFinite(updatedAt) && updatedAt > 0 ? updatedAt : now);
}

function alarm(out: LineWriter, leadMin: number, text: string): void {
  out.raw('BEGIN:VALARM');
  out.prop('ACTION', 'DISPLAY');
  out.prop('TRIGGER', minutesDuration(-Math.max(0, leadMin)));
  out.text('DESCRIPTION', text);
  out.raw('END:VALARM');
}

/** Tracks the years written in each zone so every VTIMEZONE covers them. */
class ZoneSpans {
  readonly years = new Map<string, { min: number; max: number }>();
  note = (zone: string, day: CalendarDay): void => {
    const year = Number(day.slice(0, 4));
    const known = this.years.get(zone);
    if (!known) this.years.set(zone, { min: year, max: year });
    else {
      if (year < known.min) known.min = year;
      if (year > known.max) known.max = year;
    }
  };
}

function commitmentParts(
  c: Commitment,
  input: IcsExportInput,
  clientName: string | undefined,
): EventParts {
  const uid = commitmentUid(c);
  const stamp = stampOf(c.updatedAt, input.now);
  const lead = c.reminderLeadMin ?? input.defaultReminderLeadMin;
  return {
    props: (out, notes = c.notes) => {
      out.text('UID', uid);
      out.prop('DTSTAMP', stamp);
      out.text('SUMMARY', c.title);
      if (cleanText(notes) !== '') out.text('DESCRIPTION', notes);
      if (clientName !== undefined) out.text('CATEGORIES', clientName);
      out.prop('X-HYBRID-PLANNER-KIND', c.kind);
    },
    tail: (out) => {
      if (input.content.alarms) alarm(out, lead, c.title);
    },
  };
}

function writeCommitments(out: LineWriter, input: IcsExportInput, zones: ZoneSpans): void {
  const names = new Map(input.clients.map((cl) => [cl.id, cl.name]));
  const span: Span | null = input.range.kind === 'span' ? input.range : null;
  // Open-ended series get explicit DST-gap overrides this far ahead (VTIMEZONE rules cover more).
  const horizon = input.now + GAP_HORIZON_YEARS * 366 * DAY;
  for (const c of input.commitments) {
    const parts = commitmentParts(c, input, names.get(c.clientId));
    if (c.recurrence.kind !== 'once') {
      writeSeries(out, c, c.recurrence, span, parts, zones.note, horizon);
    } else if (span) {
      writeOnce(out, c, span, parts);
    }
  }
}

/** The UID an accepted session is exported with. */
export function sessionUid(s: MicrotaskSession): string {
  return `session-${s.id}@${UID_DOMAIN}`;
}

function writeSessions(out: LineWriter, input: IcsExportInput, span: Span): void {
  const names = new Map(input.platforms.map((p) => [p.id, p.name]));
  const overlapping = (s: MicrotaskSession): boolean => s.start < span.end && s.end > span.start;
  for (const s of input.sessions.filter(overlapping)) {
    const title = names.get(s.platformId) ?? 'Microtasks';
    out.raw('BEGIN:VEVENT');
    out.text('UID', sessionUid(s));
    out.prop('DTSTAMP', stampOf(s.updatedAt, input.now));
    out.prop('DTSTART', utcStamp(s.start));
    out.prop('DTEND', utcStamp(s.end));
    out.text('SUMMARY', title);
    if (cleanText(s.note) !== '') out.text('DESCRIPTION', s.note);
    out.prop('X-HYBRID-PLANNER-KIND', 'session');
    if (input.content.alarms) alarm(out, input.defaultReminderLeadMin, title);
    out.raw('END:VEVENT');
  }
}

/** The first day on or after `from` that falls on one of `weekdays`. */
function firstWeekday(from: CalendarDay, weekdays: Set<number>): CalendarDay {
  let day = from;
  while (!weekdays.has(weekdayOf(day))) day = addDays(day, 1);
  return day;
}

/** Each client's availability: one transparent weekly event per distinct window. */
function writeAvailability(
  out: LineWriter,
  input: IcsExportInput,
  span: Span | null,
  zones: ZoneSpans,
): void {
  for (const client of activeClients(input.clients)) {
    for (const [key, weekdays] of windowsByTime(client)) {
      const [start, end] = key.split('-') as [string, string];
      const from = dayOf(span ? span.start : input.now, client.zone);
      const first = firstWeekday(from, weekdays);
      if (span && toInstant(first, start, client.zone) >= span.end) continue;
      zones.note(client.zone, first);
      const days = [1, 2, 3, 4, 5, 6, 0].filter((d) => weekdays.has(d)).map((d) => BYDAY[d]);
      let rule = `FREQ=WEEKLY;WKST=MO;BYDAY=${days.join(',')}`;
      if (span) rule += `;UNTIL=${utcStamp(span.end - 1000)}`;
      const title = `${client.name}: available`;
      out.raw('BEGIN:VEVENT');
      out.text('UID', `availability-${client.id}-${key.replace(/:/g, '')}@${UID_DOMAIN}`);
      out.prop('DTSTAMP', stampOf(client.updatedAt, input.now));
      out.prop(`DTSTART;TZID=${paramValue(client.zone)}`, localStamp(first, start));
      out.prop('DURATION', minutesDuration(clockToMinutes(end) - clockToMinutes(start)));
      out.prop('RRULE', rule);
      out.text('SUMMARY', title);
      out.text('CATEGORIES', client.name);
      out.prop('TRANSP', 'TRANSPARENT');
      out.prop('X-HYBRID-PLANNER-KIND', 'availability');
      out.raw('END:VEVENT');
    }
  }
}

/** The UID time off is exported with: its imported UID, or one derived from its id. */
export function timeOffUid(t: TimeOff): string {
  return t.icsUid ?? `timeoff-${t.id}@${UID_DOMAIN}`;
}

/**
 * Time off as all-day events (DTEND the day after the last), transparent: days away are not
 * busy time. A span keeps the time off whose days (the owner's) touch its days.
 */
function writeTimeOff(out: LineWriter, input: IcsExportInput, span: Span | null): void {
  const clients = new Map(input.clients.map((c) => [c.id, c]));
  for (const t of input.timeOff ?? []) {
    const client = t.owner.kind === 'client' ? clients.get(t.owner.clientId) : undefined;
    if (t.owner.kind === 'client' && !client) continue;
    const zone = client?.zone ?? input.homeZone ?? 'UTC';
    if (span && (t.endDate < dayOf(span.start, zone) || t.startDate > dayOf(span.end - 1, zone)))
      continue;
    const title = t.label || (client ? `${client.name}: away` : 'Day off');
    out.raw('BEGIN:VEVENT');
    out.text('UID', timeOffUid(t));
    out.prop('DTSTAMP', stampOf(t.updatedAt, input.now));
    out.prop('DTSTART;VALUE=DATE', t.startDate.replace(/-/g, ''));
    out.prop('DTEND;VALUE=DATE', addDays(t.endDate, 1).replace(/-/g, ''));
    out.text('SUMMARY', title);
    if (client) out.text('CATEGORIES', client.name);
    out.prop('TRANSP', 'TRANSPARENT');
    out.prop('X-HYBRID-PLANNER-KIND', 'time-off');
    out.text('X-HYBRID-PLANNER-OWNER', client ? `client:${client.id}` : 'worker');
    // Other calendars need a title; this one says it was made up, so a re-import keeps none.
    if (!t.label) out.prop('X-HYBRID-PLANNER-UNTITLED', 'TRUE');
    out.raw('END:VEVENT');
  }
}

/** Windows grouped by their 'HH:mm-HH:mm' times, each with the weekdays it applies to. */
function windowsByTime(client: Client): Map<string, Set<number>> {
  const map = new Map<string, Set<number>>();
  for (const w of client.availability) {
    if (clockToMinutes(w.end) <= clockToMinutes(w.start)) continue;
    const key = `${w.start}-${w.end}`;
    map.set(key, (map.get(key) ?? new Set<number>()).add(w.weekday));
  }
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Writes the chosen range and content as an iCalendar text (CRLF, folded, host-zone independent). */
export function toIcs(input: IcsExportInput): string {
  const events = new LineWriter();
  const zones = new ZoneSpans();
  const span: Span | null = input.range.kind === 'span' ? input.range : null;
  if (input.content.commitments) writeCommitments(events, input, zones);
  if (input.content.sessions && span) writeSessions(events, input, span);
  if (input.content.availability) writeAvailability(events, input, span, zones);
  if (input.content.timeOff) writeTimeOff(events, input, span);

  const out = new LineWriter();
  out.raw('BEGIN:VCALENDAR');
  out.prop('VERSION', '2.0');
  out.prop('PRODID', PRODID);
  out.prop('CALSCALE', 'GREGORIAN');
  // A calendar object stored on a CalDAV server must not carry METHOD (RFC 4791 §4.1), and the
  // collection, not each object, has the name.
  if (!input.calendarObject) {
    out.prop('METHOD', 'PUBLISH');
    out.text('NAME', input.calendarName);
    out.text('X-WR-CALNAME', input.calendarName);
  }
  const zoneNames = [...zones.years.keys()].sort();
  for (const zone of zoneNames) {
    const { min, max } = zones.years.get(zone) ?? { min: 0, max: 0 };
    out.raw(buildVtimezone(zone, min - 1, max));
  }
  out.append(events);
  out.raw('END:VCALENDAR');
  return out.toString();
}
