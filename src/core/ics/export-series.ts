/**
 * Writes one weekly or monthly commitment as a recurring VEVENT in its own zone (DTSTART;TZID +
 * RRULE + EXDATE) and one RECURRENCE-ID override per moved occurrence, so a calendar app
 * recomputes every occurrence across DST exactly as the planner does (recurrence.ts: WKST=MO week
 * parity, months without the day skipped, COUNT counting skipped days, the RFC 5545 gap/overlap
 * policy).
 */
import { expandCommitment, isRuleDay, lastRuleDay, nextRuleDay } from '../recurrence';
import { addDays, clockToMinutes, dayOf, DAY, MINUTE, offsetChanges, toInstant } from '../time';
import type { CalendarDay, Commitment, Instant, Recurrence } from '../types';
import { localStamp, minutesDuration, paramValue, utcStamp } from './format';
import type { LineWriter } from './format';

/** A rule that repeats: what writeSeries writes. */
export type SeriesRule = Exclude<Recurrence, { kind: 'once' }>;

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** RFC 5545 weekday order from WKST=MO, so BYDAY lists read the same in every export. */
const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];

/**
 * What every event of a series shares, written by the caller: `props` right after BEGIN (UID,
 * DTSTAMP, texts; `notes` for an occurrence with notes of its own, else the commitment's), `tail`
 * just before END (a VALARM must follow all properties).
 */
export type EventParts = {
  props: (out: LineWriter, notes?: string) => void;
  tail: (out: LineWriter) => void;
};

/** The part of the series to write: its first and last rule day, and whether a span clipped it. */
type SeriesSpan = { first: CalendarDay; last: CalendarDay | null; clipped: boolean };

/** Records which zone-local years an export writes, so each VTIMEZONE covers them. */
export type ZoneYears = (zone: string, day: CalendarDay) => void;

/**
 * The first rule day on or after startDate whose occurrence overlaps [from, ∞) (any, when `from`
 * is null). Rule days come in time order, so the first one starting at or after `from` ends it.
 */
function firstDayFrom(c: Commitment, rule: SeriesRule, from: Instant | null): CalendarDay | null {
  const margin = Math.ceil(Math.max(0, c.durationMin) / 1440) + 1;
  let day = from === null ? rule.startDate : addDays(dayOf(from, c.zone), -margin);
  if (day < rule.startDate) day = rule.startDate;
  for (let d = nextRuleDay(c, day); d !== null; d = nextRuleDay(c, addDays(d, 1))) {
    if (from === null) return d;
    const at = toInstant(d, c.start, c.zone);
    if (at + c.durationMin * MINUTE > from || (c.durationMin === 0 && at >= from)) return d;
  }
  return null;
}

/** The span of the series an export covers, or null when no occurrence falls in it. */
function seriesSpan(
  c: Commitment,
  rule: SeriesRule,
  range: { start: Instant; end: Instant } | null,
): SeriesSpan | null {
  const ruleLast = lastRuleDay(c);
  const first = firstDayFrom(c, rule, range ? range.start : null);
  if (first === null || (ruleLast !== null && first > ruleLast)) return null;
  if (!range) return { first, last: ruleLast, clipped: false };
  if (toInstant(first, c.start, c.zone) >= range.end) return null;
  const rangeLast = dayOf(range.end - 1, c.zone);
  const last = ruleLast !== null && ruleLast < rangeLast ? ruleLast : rangeLast;
  return { first, last, clipped: true };
}

/** FREQ and its BYxxx parts: the weekdays from WKST=MO, or the month day or nth weekday. */
function frequency(rule: SeriesRule): string {
  if (rule.kind === 'monthly') {
    const { on } = rule;
    return on.by === 'monthday'
      ? `FREQ=MONTHLY;BYMONTHDAY=${on.day}`
      : `FREQ=MONTHLY;BYDAY=${on.nth}${BYDAY[on.weekday] ?? ''}`;
  }
  const days = MONDAY_FIRST.filter((d) => rule.weekdays.includes(d as 0)).map((d) => BYDAY[d]);
  return `FREQ=WEEKLY;WKST=MO;BYDAY=${days.join(',')}`;
}

/** The RRULE value: COUNT when the user's count is what ends an unclipped series, else UNTIL. */
function rrule(c: Commitment, rule: SeriesRule, span: SeriesSpan, range: Instant | null): string {
  let value = frequency(rule);
  if (rule.interval > 1) value += `;INTERVAL=${Math.floor(rule.interval)}`;
  const countEnds = rule.count !== null && (rule.endDate === null || span.last !== rule.endDate);
  if (!span.clipped && countEnds) return `${value};COUNT=${rule.count}`;
  if (span.last === null) return value;
  // UNTIL is inclusive and must be UTC when DTSTART has a TZID (RFC 5545 §3.3.10): the last
  // moment of the last day in the commitment's zone, or just before the range ends.
  let until = toInstant(addDays(span.last, 1), '00:00', c.zone) - 1000;
  if (range !== null && range - 1000 < until) until = range - 1000;
  return `${value};UNTIL=${utcStamp(until)}`;
}

/**
 * Rule days in the span whose wall time does not exist (spring-forward gap) or happens twice
 * (fall-back overlap). RFC 5545 reads the first with the offset before the gap and the second as
 * the earlier instant, as the planner does; ical.js (Thunderbird) reads both an hour off. An
 * explicit override in UTC makes every app agree. An open-ended series is checked up to `horizon`.
 */
function dstDays(
  c: Commitment,
  span: SeriesSpan,
  horizon: Instant,
  inSpan: (d: CalendarDay) => boolean,
): CalendarDay[] {
  const from = toInstant(span.first, '00:00', c.zone);
  const to = span.last === null ? horizon : toInstant(span.last, '00:00', c.zone) + 2 * DAY;
  const startMin = clockToMinutes(c.start);
  const out: CalendarDay[] = [];
  for (const t of offsetChanges(c.zone, from, to)) {
    // The affected wall times start at the later of the two wall clocks at the change.
    const wall = new Date(t.at + Math.min(t.before, t.after) * MINUTE).toISOString();
    const windowStart = clockToMinutes(wall.slice(11, 16));
    const day = wall.slice(0, 10);
    const inWindow =
      startMin >= windowStart && startMin < windowStart + Math.abs(t.after - t.before);
    if (inWindow && inSpan(day)) out.push(day);
  }
  return out;
}

/** Writes the series and its overrides; returns false when nothing of it falls in the range. */
export function writeSeries(
  out: LineWriter,
  c: Commitment,
  rule: SeriesRule,
  range: { start: Instant; end: Instant } | null,
  parts: EventParts,
  zoneYears: ZoneYears,
  horizon: Instant,
): boolean {
  if (rule.kind === 'weekly' && rule.weekdays.length === 0) return false;
  const span = seriesSpan(c, rule, range);
  if (!span) return false;
  const tz = `;TZID=${paramValue(c.zone)}`;
  const inSpan = (d: CalendarDay): boolean =>
    d >= span.first && (span.last === null || d <= span.last) && isRuleDay(c, d);
  zoneYears(c.zone, span.first);
  if (span.last !== null) zoneYears(c.zone, span.last);

  out.raw('BEGIN:VEVENT');
  parts.props(out);
  out.prop(`DTSTART${tz}`, localStamp(span.first, c.start));
  out.prop('DURATION', minutesDuration(c.durationMin));
  out.prop('RRULE', rrule(c, rule, span, range ? range.end : null));
  const exdates = [...new Set(c.skippedDates)].filter(inSpan).sort();
  if (exdates.length > 0) {
    out.prop(`EXDATE${tz}`, exdates.map((d) => localStamp(d, c.start)).join(','));
  }
  parts.tail(out);
  out.raw('END:VEVENT');

  const skipped = new Set(c.skippedDates);
  const moves = [...c.moved].filter((m) => inSpan(m.date) && !skipped.has(m.date));
  moves.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const m of moves) {
    zoneYears(m.to.zone, m.to.date);
    out.raw('BEGIN:VEVENT');
    // An occurrence given notes of its own says them in its override's DESCRIPTION.
    parts.props(out, m.notes);
    out.prop(`RECURRENCE-ID${tz}`, localStamp(m.date, c.start));
    out.prop(`DTSTART;TZID=${paramValue(m.to.zone)}`, localStamp(m.to.date, m.to.time));
    out.prop('DURATION', minutesDuration(m.durationMin));
    parts.tail(out);
    out.raw('END:VEVENT');
  }
  const moved = new Set(moves.map((m) => m.date));
  for (const day of dstDays(c, span, horizon, inSpan)) {
    if (skipped.has(day) || moved.has(day)) continue;
    out.raw('BEGIN:VEVENT');
    parts.props(out);
    out.prop(`RECURRENCE-ID${tz}`, localStamp(day, c.start));
    out.prop('DTSTART', utcStamp(toInstant(day, c.start, c.zone)));
    out.prop('DURATION', minutesDuration(c.durationMin));
    parts.tail(out);
    out.raw('END:VEVENT');
  }
  return true;
}

/** Writes a one-off commitment (after its move or skip, if any) as single UTC events. */
export function writeOnce(
  out: LineWriter,
  c: Commitment,
  range: { start: Instant; end: Instant },
  parts: EventParts,
): boolean {
  const occurrences = expandCommitment(c, range);
  for (const occ of occurrences) {
    out.raw('BEGIN:VEVENT');
    parts.props(out);
    out.prop('DTSTART', utcStamp(occ.start));
    out.prop('DTEND', utcStamp(occ.end));
    parts.tail(out);
    out.raw('END:VEVENT');
  }
  return occurrences.length > 0;
}
