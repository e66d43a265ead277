/**
 * Turns an RRULE into the planner's recurrence, or says why it cannot: the planner repeats on
 * chosen weekdays every N weeks, or monthly on a day of the month or the nth weekday every N
 * months, until a day or a count. A rule it cannot hold exactly is refused with the reason, never
 * approximated.
 */
import { dayInMonth, monthIndexOf } from '../recurrence-month';
import { addDays, dayOrdinal, toWall, weekdayOf } from '../time';
import type {
  CalendarDay,
  ClockTime,
  IanaZone,
  MonthlyDay,
  Recurrence,
  WeekOfMonth,
  Weekday,
} from '../types';
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
const SUPPORTED_PARTS = new Set([
  'freq',
  'interval',
  'byday',
  'bymonthday',
  'bysetpos',
  'until',
  'count',
  'wkst',
]);
const WEEKS_OF_MONTH: readonly WeekOfMonth[] = [1, 2, 3, 4, -1];
const NTH_WORDS: Readonly<Record<string, string>> = { '5': 'fifth', '-2': 'second-to-last' };
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

/** A whole number, from a number or a numeric string (BYMONTHDAY=15 arrives either way). */
function integer(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
}

/** The position a BYDAY or BYSETPOS picks, if the planner can hold it. */
function weekOfMonth(n: number): WeekOfMonth | RuleResult {
  const found = WEEKS_OF_MONTH.find((w) => w === n);
  if (found !== undefined) return found;
  const word = NTH_WORDS[String(n)] ?? `position ${n}`;
  return refuse(
    `The rule picks the ${word} weekday of the month; the planner holds first to fourth, or last.`,
  );
}

/** Reads BYMONTHDAY, or BYDAY with an ordinal, or one BYDAY with a BYSETPOS, into a month day. */
function monthlyDay(
  rule: Record<string, unknown>,
  startDate: CalendarDay,
): MonthlyDay | RuleResult {
  const monthDays = asList(rule.bymonthday);
  const days = asList(rule.byday);
  const setPos = asList(rule.bysetpos);
  if (monthDays.length > 0) {
    if (days.length > 0 || setPos.length > 0) {
      return refuse('The rule combines BYMONTHDAY with BYDAY or BYSETPOS; the planner cannot.');
    }
    const day = monthDays.length === 1 ? integer(monthDays[0]) : null;
    if (day === null || day < 1 || day > 31) {
      return refuse(
        `BYMONTHDAY=${monthDays.join(',')}: the planner repeats on one day of the month, counted from its start.`,
      );
    }
    return { by: 'monthday', day };
  }
  if (days.length === 0) {
    if (setPos.length > 0) return refuse('The rule has BYSETPOS without BYDAY.');
    return { by: 'monthday', day: Number(startDate.slice(8, 10)) };
  }
  const parsed = days.length === 1 ? /^([+-]?\d{1,2})?([A-Za-z]{2})$/.exec(String(days[0])) : null;
  const weekday = parsed ? WEEKDAY_CODES[(parsed[2] ?? '').toUpperCase()] : undefined;
  if (!parsed || weekday === undefined || (parsed[1] !== undefined) === setPos.length > 0) {
    return refuse(
      `BYDAY=${days.join(',')}${setPos.length > 0 ? `;BYSETPOS=${setPos.join(',')}` : ''}: the planner repeats on one weekday of the month (the first to fourth, or last).`,
    );
  }
  const n = integer(parsed[1] ?? (setPos.length === 1 ? setPos[0] : null));
  if (n === null) return refuse(`BYSETPOS=${setPos.join(',')} picks several days of the month.`);
  const nth = weekOfMonth(n);
  return typeof nth === 'number' ? { by: 'weekday', nth, weekday } : nth;
}

/** The ending of a rule: COUNT and UNTIL, checked. */
function ending(
  rule: Record<string, unknown>,
  startDate: CalendarDay,
  start: ClockTime,
  zone: IanaZone,
): { endDate: CalendarDay | null; count: number | null } | RuleResult {
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
  return { endDate, count };
}

function monthlyFromRrule(
  rule: Record<string, unknown>,
  interval: number,
  startDate: CalendarDay,
  end: { endDate: CalendarDay | null; count: number | null },
): RuleResult {
  const on = monthlyDay(rule, startDate);
  if ('ok' in on) return on;
  // RFC 5545 counts a DTSTART the rule does not give as an extra first occurrence; readers
  // differ on it, and the planner cannot hold an added date, so it is said.
  const ord = dayOrdinal(startDate);
  if (dayInMonth(on, monthIndexOf(ord)) !== ord) {
    return refuse(`The series starts on ${startDate}, a day its monthly rule does not give.`);
  }
  return { ok: true, recurrence: { kind: 'monthly', on, interval, startDate, ...end } };
}

/**
 * Reads an RRULE (jCal recur object) for an event starting on `startDate` at `start` in `zone`.
 */
export function recurrenceFromRrule(
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
  if (freq !== 'WEEKLY' && freq !== 'DAILY' && freq !== 'MONTHLY') {
    const word = FREQ_WORDS[freq];
    return refuse(
      word
        ? `The event repeats ${word}; the planner repeats weekly or monthly.`
        : 'The rule has no valid FREQ.',
    );
  }
  const end = ending(rule, startDate, start, zone);
  if ('ok' in end) return end;
  if (freq === 'MONTHLY') return monthlyFromRrule(rule, interval, startDate, end);
  if (rule.bymonthday !== undefined || rule.bysetpos !== undefined) {
    const part = rule.bymonthday !== undefined ? 'BYMONTHDAY' : 'BYSETPOS';
    return refuse(`The rule uses ${part} in a ${freq.toLowerCase()} rule; the planner cannot.`);
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
  return { ok: true, recurrence: { kind: 'weekly', weekdays, interval, startDate, ...end } };
}
