/**
 * Turns an RRULE into the planner's weekly recurrence, or says why it cannot: the planner repeats
 * on chosen weekdays every N weeks until a day or a count, nothing else. A rule it cannot hold
 * exactly is refused with the reason, never approximated.
 */
import { addDays, toWall, weekdayOf } from '../time';
import type { CalendarDay, ClockTime, IanaZone, Recurrence, Weekday } from '../types';
import { timeValue } from './jcal';

export type RuleResult = { ok: true; recurrence: Recurrence } | { ok: false; reason: string };

const WEEKDAY_CODES: Readonly<Record<string, Weekday>> = {
  SU: 0,
  MO: 1,
  TU: 2,
  WE: 3,
  TH: 4,
  FR: 5,
  SA: 6,
};
const SUPPORTED_PARTS = new Set(['freq', 'interval', 'byday', 'until', 'count', 'wkst']);
const FREQ_WORDS: Readonly<Record<string, string>> = {
  SECONDLY: 'every few seconds',
  MINUTELY: 'every few minutes',
  HOURLY: 'hourly',
  YEARLY: 'yearly',
};

function refuse(reason: string): RuleResult {
  return { ok: false, reason };
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function positiveInt(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}

/** The last day (event zone) an UNTIL allows an occurrence starting at `start` on. */
function untilDay(value: unknown, start: ClockTime, zone: IanaZone): CalendarDay | null {
  const t = timeValue(value, null);
  if (!t) return null;
  if (t.kind === 'date') return t.day;
  // A floating UNTIL is read in the event's zone (RFC 5545 §3.3.10).
  const wall = t.kind === 'utc' ? toWall(t.instant, zone) : { date: t.day, time: t.time };
  return wall.time >= start ? wall.date : addDays(wall.date, -1);
}

/**
 * Reads an RRULE (jCal recur object) for an event starting on `startDate` at `start` in `zone`.
 */
export function weeklyFromRrule(
  rule: Record<string, unknown>,
  startDate: CalendarDay,
  start: ClockTime,
  zone: IanaZone,
): RuleResult {
  const unsupported = Object.keys(rule).filter((k) => !SUPPORTED_PARTS.has(k));
  if (unsupported.length > 0) {
    const parts = unsupported.map((k) => k.toUpperCase()).join(', ');
    return refuse(`The rule uses ${parts}, which the planner cannot repeat exactly.`);
  }
  const freq = typeof rule.freq === 'string' ? rule.freq.toUpperCase() : '';
  const interval = rule.interval === undefined ? 1 : positiveInt(rule.interval);
  if (interval === null) return refuse('The rule has an invalid INTERVAL.');
  if (freq !== 'WEEKLY' && freq !== 'DAILY') {
    if (freq === 'MONTHLY') return refuse('Monthly rules are not supported yet.');
    const word = FREQ_WORDS[freq];
    return refuse(
      word
        ? `The event repeats ${word}; the planner only repeats on weekdays every N weeks.`
        : 'The rule has no valid FREQ.',
    );
  }
  if (freq === 'DAILY' && interval > 1) {
    return refuse(`The event repeats every ${interval} days; the planner repeats by weekday.`);
  }

  const weekdays: Weekday[] = [];
  for (const code of asList(rule.byday)) {
    const day = typeof code === 'string' ? WEEKDAY_CODES[code.toUpperCase()] : undefined;
    if (day === undefined) {
      return refuse(`BYDAY=${String(code)} picks a position in the month; the planner cannot.`);
    }
    if (!weekdays.includes(day)) weekdays.push(day);
  }
  if (weekdays.length === 0) {
    // No BYDAY: DAILY means every day, WEEKLY the weekday of DTSTART.
    if (freq === 'DAILY') weekdays.push(0, 1, 2, 3, 4, 5, 6);
    else weekdays.push(weekdayOf(startDate));
  }
  weekdays.sort((a, b) => a - b);

  // WKST decides which weeks count for INTERVAL only when several weekdays are picked.
  const wkst = typeof rule.wkst === 'string' ? rule.wkst.toUpperCase() : 'MO';
  if (interval > 1 && weekdays.length > 1 && wkst !== 'MO') {
    return refuse(`Weeks in this rule start on ${wkst}; the planner counts weeks from Monday.`);
  }

  let count: number | null = null;
  if (rule.count !== undefined) {
    count = positiveInt(rule.count);
    if (count === null) return refuse('The rule has an invalid COUNT.');
  }
  let endDate: CalendarDay | null = null;
  if (rule.until !== undefined) {
    endDate = untilDay(rule.until, start, zone);
    if (endDate === null) return refuse('The rule has an invalid UNTIL.');
    if (endDate < startDate) return refuse('The rule ends before it starts.');
  }
  return {
    ok: true,
    recurrence: { kind: 'weekly', weekdays, interval, startDate, endDate, count },
  };
}
