/**
 * Reads one VEVENT (with its RECURRENCE-ID overrides) into a commitment draft in the event's own
 * zone, or into the reason it cannot be imported as it is.
 */
import { dayOf, MINUTE, toInstant, toWall } from '../time';
import type { CalendarDay, ClockTime, CommitmentKind, IanaZone, Instant } from '../types';
import { weeklyFromRrule } from './import-rule';
import { durationMinutes, firstTime, props, recurValue, text, timeValues } from './jcal';
import type { JComp, TimeValue } from './jcal';
import type { CommitmentDraft, ImportedEvent, SkippedEvent } from './types';
import { resolveTzid } from './zones';

/** What every event of one file is read with. */
export type ReadContext = {
  homeZone: IanaZone;
  /** X-WR-TIMEZONE (Google): the zone of floating times and of one-off UTC times. */
  calendarZone: IanaZone | null;
  /** TZID → X-LIC-LOCATION from the file's VTIMEZONEs. */
  locations: ReadonlyMap<string, string>;
};

export type ReadResult = { ok: true; event: ImportedEvent } | { ok: false; skipped: SkippedEvent };

/** A start placed in a zone: the wall time the commitment keeps and the instant it means. */
type Placed = { zone: IanaZone; day: CalendarDay; time: ClockTime; instant: Instant };

class Refusal {
  constructor(readonly reason: string) {}
}

const KINDS: readonly CommitmentKind[] = ['call', 'work', 'deadline'];
const MAX_DURATION_MIN = 7 * 1440;
/** Events this planner exports that are not commitments: importing them would duplicate data. */
const OWN_NON_COMMITMENTS: Readonly<Record<string, string>> = {
  availability: 'A client availability band exported by this planner, not a commitment.',
  session: 'A microtask session exported by this planner, not a client commitment.',
};

function zoneOf(tzid: string, ctx: ReadContext, notices: string[]): IanaZone {
  const found = resolveTzid(tzid, ctx.locations);
  if (!found.ok) throw new Refusal(found.reason);
  if (found.notice && !notices.includes(found.notice)) notices.push(found.notice);
  return found.zone;
}

/** The instant of a timed value (floating values read in `floatZone`). */
function instantOf(
  t: TimeValue,
  floatZone: IanaZone,
  ctx: ReadContext,
  notices: string[],
): Instant {
  if (t.kind === 'date')
    throw new Refusal('All-day events are not imported: commitments have a time.');
  if (t.kind === 'utc') return t.instant;
  const zone = t.tzid === null ? floatZone : zoneOf(t.tzid, ctx, notices);
  return toInstant(t.day, t.time, zone);
}

/** The day, in `zone`, of an EXDATE or RECURRENCE-ID value. */
function dayIn(t: TimeValue, zone: IanaZone, ctx: ReadContext, notices: string[]): CalendarDay {
  if (t.kind === 'date') return t.day;
  if (t.kind === 'local' && t.tzid === null) return t.day;
  return dayOf(instantOf(t, zone, ctx, notices), zone);
}

/** Places a DTSTART: a TZID keeps its zone; UTC keeps UTC for a series (that is its meaning). */
function place(t: TimeValue, recurring: boolean, ctx: ReadContext, notices: string[]): Placed {
  if (t.kind === 'date')
    throw new Refusal('All-day events are not imported: commitments have a time.');
  const fallback = ctx.calendarZone ?? ctx.homeZone;
  if (t.kind === 'local') {
    if (t.tzid === null) notices.push(`No time zone given: the time is read in ${fallback}.`);
    const zone = t.tzid === null ? fallback : zoneOf(t.tzid, ctx, notices);
    return { zone, day: t.day, time: t.time, instant: toInstant(t.day, t.time, zone) };
  }
  if (!recurring) {
    // A one-off in UTC is shown in the calendar's zone when the wall time reads back exactly.
    const wall = toWall(t.instant, fallback);
    if (toInstant(wall.date, wall.time, fallback) === t.instant) {
      return { zone: fallback, day: wall.date, time: wall.time, instant: t.instant };
    }
  } else {
    notices.push('The series is defined in UTC: it keeps the same UTC time across DST changes.');
  }
  const wall = toWall(t.instant, 'UTC');
  return { zone: 'UTC', day: wall.date, time: wall.time, instant: t.instant };
}

/** Minutes from DTSTART to DTEND, or the DURATION, or 0 (RFC 5545 default for date-times). */
function durationOf(v: JComp, start: Placed, ctx: ReadContext, notices: string[]): number {
  const end = firstTime(v, 'dtend');
  let minutes = 0;
  if (end)
    minutes = Math.round((instantOf(end, start.zone, ctx, notices) - start.instant) / MINUTE);
  else if (props(v, 'duration').length > 0) {
    const d = durationMinutes(props(v, 'duration')[0]?.values[0]);
    if (d === null) throw new Refusal('The event has an invalid DURATION.');
    minutes = d;
  }
  if (minutes < 0) throw new Refusal('The event ends before it starts.');
  if (minutes > MAX_DURATION_MIN) throw new Refusal('The event lasts more than a week.');
  return minutes;
}

/** The reminder lead of the first VALARM that triggers before the start, in minutes. */
function reminderLead(v: JComp): number | null {
  for (const alarm of v.comps.filter((c) => c.name === 'valarm')) {
    const trigger = props(alarm, 'trigger')[0];
    if (!trigger || trigger.type !== 'duration' || trigger.params.related === 'END') continue;
    const minutes = durationMinutes(trigger.values[0]);
    if (minutes !== null && minutes <= 0) return -minutes;
  }
  return null;
}

function readDraft(
  v: JComp,
  uid: string,
  overrides: readonly JComp[],
  ctx: ReadContext,
  notices: string[],
): { draft: CommitmentDraft; start: Placed } {
  if ((text(v, 'status') ?? '').toUpperCase() === 'CANCELLED') {
    throw new Refusal('The event is cancelled.');
  }
  const own = OWN_NON_COMMITMENTS[text(v, 'x-hybrid-planner-kind') ?? ''];
  if (own) throw new Refusal(own);
  const rrules = props(v, 'rrule');
  if (rrules.length > 1) throw new Refusal('The event has several RRULEs; the planner holds one.');
  if (props(v, 'rdate').length > 0) throw new Refusal('The event adds single dates (RDATE).');
  if (props(v, 'exrule').length > 0)
    throw new Refusal('The event removes dates by a rule (EXRULE).');
  const dtstart = firstTime(v, 'dtstart');
  if (!dtstart) throw new Refusal('The event has no valid DTSTART.');
  const start = place(dtstart, rrules.length > 0, ctx, notices);
  const durationMin = durationOf(v, start, ctx, notices);

  let recurrence: CommitmentDraft['recurrence'] = { kind: 'once', date: start.day };
  const rule = rrules[0] ? recurValue(rrules[0].values[0]) : null;
  if (rrules[0] && !rule) throw new Refusal('The event has an unreadable RRULE.');
  if (rule) {
    const read = weeklyFromRrule(rule, start.day, start.time, start.zone);
    if (!read.ok) throw new Refusal(read.reason);
    recurrence = read.recurrence;
  }
  const skippedDates: CalendarDay[] = [];
  for (const t of timeValues(v, 'exdate')) {
    if (!t) throw new Refusal('The event has an invalid EXDATE.');
    skippedDates.push(dayIn(t, start.zone, ctx, notices));
  }
  const moved: CommitmentDraft['moved'] = [];
  for (const o of overrides) {
    const rid = firstTime(o, 'recurrence-id');
    if (!rid) throw new Refusal('A changed occurrence has an invalid RECURRENCE-ID.');
    if ((props(o, 'recurrence-id')[0]?.params.range ?? '').toUpperCase() === 'THISANDFUTURE') {
      throw new Refusal(
        'A change applies to this and all later occurrences (RANGE=THISANDFUTURE).',
      );
    }
    const date = dayIn(rid, start.zone, ctx, notices);
    if ((text(o, 'status') ?? '').toUpperCase() === 'CANCELLED') {
      skippedDates.push(date);
      continue;
    }
    const ostart = firstTime(o, 'dtstart') ?? rid;
    const to = place(ostart, false, ctx, notices);
    const minutes = props(o, 'dtend').length + props(o, 'duration').length > 0;
    moved.push({
      date,
      to: { date: to.day, time: to.time, zone: to.zone },
      durationMin: minutes ? durationOf(o, to, ctx, notices) : durationMin,
    });
  }
  const kindText = text(v, 'x-hybrid-planner-kind');
  const kind = KINDS.find((k) => k === kindText) ?? 'call';
  const draft: CommitmentDraft = {
    icsUid: uid,
    title: text(v, 'summary') ?? '',
    notes: text(v, 'description') ?? '',
    kind,
    zone: start.zone,
    start: start.time,
    durationMin,
    recurrence,
    skippedDates: [...new Set(skippedDates)].sort(),
    moved,
    reminderLeadMin: reminderLead(v),
  };
  return { draft, start };
}

/** Reads a master VEVENT and its overrides into an importable event or a skipped one. */
export function readEvent(
  v: JComp,
  uid: string,
  overrides: readonly JComp[],
  ctx: ReadContext,
): ReadResult {
  const notices: string[] = [];
  try {
    const { draft, start } = readDraft(v, uid, overrides, ctx, notices);
    const event: ImportedEvent = {
      draft,
      start: start.instant,
      end: start.instant + draft.durationMin * MINUTE,
      startInZone: { date: start.day, time: start.time, zone: start.zone },
      startInHome: toWall(start.instant, ctx.homeZone),
      recurring: draft.recurrence.kind === 'weekly',
      notices,
    };
    return { ok: true, event };
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    return { ok: false, skipped: { uid, title: text(v, 'summary') ?? '', reason: e.reason } };
  }
}
