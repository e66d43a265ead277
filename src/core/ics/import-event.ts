/**
 * Reads one VEVENT (with its RECURRENCE-ID overrides) into a commitment draft in the event's own
 * zone, or into the reason it cannot be imported as it is.
 */
import { dayOf, MINUTE, toInstant, toWall } from '../time';
import type {
  CalendarDay,
  ClockTime,
  CommitmentKind,
  IanaZone,
  Instant,
  MovedOccurrence,
} from '../types';
import { eventLabel } from './import-check';
import { applyExtraDates } from './import-rdate';
import type { SeriesRead } from './import-rdate';
import { recurrenceFromRrule } from './import-rule';
import { durationMinutes, firstTime, props, recurValue, text, timeValues } from './jcal';
import type { JComp, TimeValue } from './jcal';
import type { CommitmentDraft, ImportedEvent, Organizer, SkippedEvent } from './types';
import { fileZoneInstant } from './vtimezone-read';
import type { YearSpan } from './vtimezone-read';
import { resolveTzid } from './zones';
import type { FileZones } from './zones';

/** What every event of one file is read with. */
export type ReadContext = {
  homeZone: IanaZone;
  /** X-WR-TIMEZONE (Google): the zone of floating times and of one-off UTC times. */
  calendarZone: IanaZone | null;
  /** The file's VTIMEZONE definitions and X-LIC-LOCATIONs. */
  file: FileZones;
};

/** One event's reading: the file's context and the years its occurrences span. */
type EventContext = ReadContext & { span: YearSpan };

/** A master read as a one-off: a changed occurrence whose series is not in the file. */
export type ReadOptions = { orphan?: boolean };

export type ReadResult = { ok: true; event: ImportedEvent } | { ok: false; skipped: SkippedEvent };

/** A start placed in a zone: the wall time the commitment keeps and the instant it means. */
type Placed = { zone: IanaZone; day: CalendarDay; time: ClockTime; instant: Instant };

class Refusal {
  constructor(readonly reason: string) {}
}

const KINDS: readonly CommitmentKind[] = ['call', 'work', 'deadline'];
// All-day events are read as time off (import-time-off.ts); a date here is inside a timed event.
const ALL_DAY = 'A timed event with an all-day date in it (an all-day change of a timed series).';
/** Events this planner exports that are not commitments: importing them would duplicate data. */
const OWN_NON_COMMITMENTS: Readonly<Record<string, string>> = {
  availability: 'A client availability band exported by this planner, not a commitment.',
  session: 'A microtask session exported by this planner, not a client commitment.',
};

/** The instant a wall time in a TZID means: by its IANA zone, or by the file's own rules. */
function tzInstant(
  t: Extract<TimeValue, { kind: 'local' }>,
  tzid: string,
  ctx: EventContext,
  notices: string[],
): { instant: Instant; zone: IanaZone | null } {
  const found = resolveTzid(tzid, ctx.file, ctx.span);
  if (found.ok === false) throw new Refusal(found.reason);
  if (found.notice && !notices.includes(found.notice)) notices.push(found.notice);
  if (found.ok === 'rules') {
    const [h, m] = t.time.split(':').map(Number);
    const local = Date.parse(`${t.day}T00:00:00Z`) + ((h ?? 0) * 60 + (m ?? 0)) * MINUTE;
    return { instant: fileZoneInstant(found.rules, local), zone: null };
  }
  return { instant: toInstant(t.day, t.time, found.zone), zone: found.zone };
}

/** The instant of a timed value (floating values read in `floatZone`). */
function instantOf(
  t: TimeValue,
  floatZone: IanaZone,
  ctx: EventContext,
  notices: string[],
): Instant {
  if (t.kind === 'date') throw new Refusal(ALL_DAY);
  if (t.kind === 'utc') return t.instant;
  if (t.tzid === null) return toInstant(t.day, t.time, floatZone);
  return tzInstant(t, t.tzid, ctx, notices).instant;
}

/** The day, in `zone`, of an EXDATE or RECURRENCE-ID value. */
function dayIn(t: TimeValue, zone: IanaZone, ctx: EventContext, notices: string[]): CalendarDay {
  if (t.kind === 'date') return t.day;
  if (t.kind === 'local' && t.tzid === null) return t.day;
  return dayOf(instantOf(t, zone, ctx, notices), zone);
}

/** Says that seconds were dropped: the planner keeps minutes, and the time moved earlier. */
function noteSeconds(t: TimeValue, placed: Placed, notices: string[]): void {
  if (t.kind === 'date' || t.seconds === 0) return;
  const ss = String(t.seconds).padStart(2, '0');
  notices.push(
    `The start has seconds (:${ss}); the planner keeps minutes, so it starts at ${placed.time}, ${t.seconds} s earlier.`,
  );
}

/** Places a DTSTART: a TZID keeps its zone; UTC keeps UTC for a series (that is its meaning). */
function place(t: TimeValue, recurring: boolean, ctx: EventContext, notices: string[]): Placed {
  if (t.kind === 'date') throw new Refusal(ALL_DAY);
  const fallback = ctx.calendarZone ?? ctx.homeZone;
  if (t.kind === 'local') {
    if (t.tzid === null) {
      notices.push(`No time zone given: the time is read in ${fallback}.`);
      return {
        zone: fallback,
        day: t.day,
        time: t.time,
        instant: toInstant(t.day, t.time, fallback),
      };
    }
    const { instant, zone } = tzInstant(t, t.tzid, ctx, notices);
    if (zone !== null) return { zone, day: t.day, time: t.time, instant };
    if (recurring) {
      throw new Refusal(
        `Its time zone "${t.tzid.trim()}" follows DST rules of its own: a repeating series cannot be kept at its times in any known zone.`,
      );
    }
    // A one-off placed by the file's own rules is kept at that instant in the calendar's zone.
    const wall = toWall(instant, fallback);
    return { zone: fallback, day: wall.date, time: wall.time, instant };
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

/** The years an event's occurrences span: from DTSTART to its UNTIL (at most ten years). */
function spanOf(t: TimeValue, rule: Record<string, unknown> | null): YearSpan {
  const from = t.kind === 'utc' ? new Date(t.instant).getUTCFullYear() : Number(t.day.slice(0, 4));
  if (!rule) return { from, to: from };
  const until = typeof rule.until === 'string' ? Number(rule.until.slice(0, 4)) : from + 1;
  return { from, to: Math.min(from + 10, Math.max(from, until)) };
}

/** Minutes from DTSTART to DTEND, or the DURATION, or 0 (RFC 5545 default for date-times). */
function durationOf(v: JComp, start: Placed, ctx: EventContext, notices: string[]): number {
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
  base: ReadContext,
  notices: string[],
): { draft: CommitmentDraft; start: Placed } {
  if ((text(v, 'status') ?? '').toUpperCase() === 'CANCELLED') {
    throw new Refusal('The event is cancelled.');
  }
  const own = OWN_NON_COMMITMENTS[text(v, 'x-hybrid-planner-kind') ?? ''];
  if (own) throw new Refusal(own);
  const rrules = props(v, 'rrule');
  if (rrules.length > 1) throw new Refusal('The event has several RRULEs; the planner holds one.');
  if (props(v, 'exrule').length > 0)
    throw new Refusal('The event removes dates by a rule (EXRULE).');
  const dtstart = firstTime(v, 'dtstart');
  if (!dtstart) throw new Refusal('The event has no valid DTSTART.');
  const rule = rrules[0] ? recurValue(rrules[0].values[0]) : null;
  if (rrules[0] && !rule) throw new Refusal('The event has an unreadable RRULE.');
  const ctx: EventContext = { ...base, span: spanOf(dtstart, rule) };
  const start = place(dtstart, rrules.length > 0, ctx, notices);
  noteSeconds(dtstart, start, notices);
  const durationMin = durationOf(v, start, ctx, notices);

  let recurrence: CommitmentDraft['recurrence'] = { kind: 'once', date: start.day };
  if (rule) {
    const read = recurrenceFromRrule(rule, start.day, start.time, start.zone);
    if (!read.ok) throw new Refusal(read.reason);
    recurrence = read.recurrence;
  }
  const skippedDates: CalendarDay[] = [];
  for (const t of timeValues(v, 'exdate')) {
    if (!t) throw new Refusal('The event has an invalid EXDATE.');
    skippedDates.push(dayIn(t, start.zone, ctx, notices));
  }
  const moved: MovedOccurrence[] = [];
  const seriesNotes = text(v, 'description') ?? '';
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
    noteSeconds(ostart, to, notices);
    const minutes = props(o, 'dtend').length + props(o, 'duration').length > 0;
    const move: MovedOccurrence = {
      date,
      to: { date: to.day, time: to.time, zone: to.zone },
      durationMin: minutes ? durationOf(o, to, ctx, notices) : durationMin,
    };
    // Calendar apps copy the series' DESCRIPTION into every override; only one that says
    // something else (the planner's export of an occurrence's own notes, or a note added to one
    // meeting elsewhere) is that occurrence's own. No DESCRIPTION under a described series is
    // a note cleared for that occurrence.
    const own = text(o, 'description') ?? '';
    if (own !== seriesNotes) move.notes = own;
    moved.push(move);
  }
  const series = {
    recurrence,
    zone: start.zone,
    start: start.time,
    durationMin,
    skippedDates,
    moved,
  };
  const extra = readExtraDates(v, series, ctx, notices);
  const kindText = text(v, 'x-hybrid-planner-kind');
  const kind = KINDS.find((k) => k === kindText) ?? 'call';
  const draft: CommitmentDraft = {
    icsUid: uid,
    title: text(v, 'summary') ?? '',
    notes: seriesNotes,
    kind,
    zone: start.zone,
    start: start.time,
    durationMin,
    recurrence,
    skippedDates: [...new Set(extra.skippedDates)].sort(),
    moved: extra.moved,
    reminderLeadMin: reminderLead(v),
  };
  return { draft, start };
}

/** The series with its RDATEs folded in as moves of skipped days (import-rdate.ts). */
function readExtraDates(
  v: JComp,
  series: SeriesRead,
  ctx: EventContext,
  notices: string[],
): { skippedDates: CalendarDay[]; moved: MovedOccurrence[] } {
  const values = timeValues(v, 'rdate');
  if (values.length === 0) return series;
  if (series.recurrence.kind === 'once') {
    throw new Refusal('The event adds extra dates (RDATE) to a single event; the planner cannot.');
  }
  const extras = values.map((t) => {
    if (!t) throw new Refusal('An extra date (RDATE) is a period; the planner holds single times.');
    const instant = instantOf(t, series.zone, ctx, notices);
    return { instant, wall: toWall(instant, series.zone) };
  });
  const folded = applyExtraDates(series, extras);
  if (!folded.ok) throw new Refusal(folded.reason);
  if (folded.notice) notices.push(folded.notice);
  return folded;
}

/** The ORGANIZER's e-mail (without "mailto:") and common name, or null. */
function organizerOf(v: JComp): Organizer | null {
  const prop = props(v, 'organizer')[0];
  if (!prop) return null;
  const value = typeof prop.values[0] === 'string' ? prop.values[0] : '';
  const email = /^mailto:(.+)$/i.exec(value.trim())?.[1]?.trim().toLowerCase() ?? null;
  const name = prop.params.cn?.trim() || null;
  return email === null && name === null ? null : { email, name };
}

/** Reads a master VEVENT and its overrides into an importable event or a skipped one. */
export function readEvent(
  v: JComp,
  uid: string,
  overrides: readonly JComp[],
  ctx: ReadContext,
  options?: ReadOptions,
): ReadResult {
  const notices: string[] = [];
  try {
    const { draft, start } = readDraft(v, uid, overrides, ctx, notices);
    if (options?.orphan) {
      notices.unshift(
        'A single changed occurrence of a series that is not in this file: imported as a one-off.',
      );
    }
    const event: ImportedEvent = {
      draft,
      start: start.instant,
      end: start.instant + draft.durationMin * MINUTE,
      startInZone: { date: start.day, time: start.time, zone: start.zone },
      startInHome: toWall(start.instant, ctx.homeZone),
      recurring: draft.recurrence.kind !== 'once',
      notices,
      adaptations: [],
      organizer: organizerOf(v),
    };
    return { ok: true, event };
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    const title = eventLabel(text(v, 'summary') ?? '', uid);
    return { ok: false, skipped: { uid, title, reason: e.reason } };
  }
}
