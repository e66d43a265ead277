/**
 * Monthly rules reduced to integers: a month is an index (year × 12 + month − 1), and each month
 * in range yields at most one day ordinal, so expanding a year visits twelve months, not 365 days.
 */
import { dayFromOrdinal, dayOrdinal, weekdayOfOrdinal } from './time';
import type { MonthlyDay, Recurrence } from './types';

type MonthlyRule = Extract<Recurrence, { kind: 'monthly' }>;

/** A compiled monthly rule: ordinals of its first and last day, and its month cycle. */
export type MonthRule = {
  kind: 'month';
  first: number;
  last: number;
  on: MonthlyDay;
  interval: number;
  /** Month index of startDate: month 0 of the interval cycle. */
  month0: number;
};

/** Month index of a day ordinal. */
export function monthIndexOf(ord: number): number {
  const day = dayFromOrdinal(ord);
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

/** Months from the start of the cycle that `index` falls in (0 when it is a cycle month). */
function cyclePosition(rule: Pick<MonthRule, 'interval' | 'month0'>, index: number): number {
  return (((index - rule.month0) % rule.interval) + rule.interval) % rule.interval;
}

/** The first cycle month at or after `index`. */
function cycleMonthFrom(rule: Pick<MonthRule, 'interval' | 'month0'>, index: number): number {
  const behind = cyclePosition(rule, index);
  return behind === 0 ? index : index + rule.interval - behind;
}

function monthStart(index: number): number {
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayOrdinal(`${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-01`);
}

/** The ordinal of the rule's day in month `index`, or null when that month has no such day. */
export function dayInMonth(on: MonthlyDay, index: number): number | null {
  const start = monthStart(index);
  const length = monthStart(index + 1) - start;
  if (on.by === 'monthday') return on.day >= 1 && on.day <= length ? start + on.day - 1 : null;
  if (on.nth === -1) {
    const lastDay = start + length - 1;
    return lastDay - ((weekdayOfOrdinal(lastDay) - on.weekday + 7) % 7);
  }
  const firstMatch = start + ((on.weekday - weekdayOfOrdinal(start) + 7) % 7);
  return firstMatch + 7 * (on.nth - 1);
}

/**
 * Calls `visit` with each ordinal in [lo, hi] the rule produces (ignoring first/last), in order,
 * looking at the months in range only.
 */
export function monthOrdinals(
  rule: Pick<MonthRule, 'on' | 'interval' | 'month0'>,
  lo: number,
  hi: number,
  visit: (ord: number) => void,
): void {
  if (hi < lo) return;
  const to = monthIndexOf(hi);
  for (let m = cycleMonthFrom(rule, monthIndexOf(lo)); m <= to; m += rule.interval) {
    const ord = dayInMonth(rule.on, m);
    if (ord !== null && ord >= lo && ord <= hi) visit(ord);
  }
}

// A month cycle repeats within 400 years (the Gregorian cycle), so a rule that has produced
// nothing by then never will (the 30th of every February).
const CYCLE_MONTHS = 400 * 12;

/**
 * The ordinal of the first day on or after `from` the rule produces (ignoring last), or null
 * when it produces none.
 */
export function nextMonthOrdinal(rule: MonthRule, from: number): number | null {
  const start = Math.max(from, rule.first);
  let m = cycleMonthFrom(rule, monthIndexOf(start));
  for (let i = 0; i * rule.interval <= CYCLE_MONTHS; i++, m += rule.interval) {
    const ord = dayInMonth(rule.on, m);
    if (ord !== null && ord >= start) return ord;
  }
  return null;
}

/** Compiles a monthly rule; its COUNT becomes a last day by walking months, not days. */
export function compileMonthly(rec: MonthlyRule): MonthRule | null {
  const first = dayOrdinal(rec.startDate);
  if (!Number.isFinite(first)) return null;
  const interval = Math.max(1, Math.floor(rec.interval) || 1);
  const rule: MonthRule = {
    kind: 'month',
    first,
    last: Infinity,
    on: rec.on,
    interval,
    month0: monthIndexOf(first),
  };
  let last = rec.endDate === null ? Infinity : dayOrdinal(rec.endDate);
  if (Number.isNaN(last)) last = Infinity;
  if (rec.count !== null) last = Math.min(last, nthMonthOrdinal(rule, rec.count));
  rule.last = last;
  return rule;
}

/** Ordinal of the n-th day (1-based) the rule produces, or -Infinity when there is none. */
function nthMonthOrdinal(rule: MonthRule, n: number): number {
  let found = 0;
  let at: number | null = rule.first;
  while (at !== null) {
    at = nextMonthOrdinal(rule, at);
    if (at === null) break;
    found += 1;
    if (found >= n) return at;
    at += 1;
  }
  return -Infinity;
}

/** True when `ord` is a day the rule produces (ignoring first/last). */
export function isMonthOrdinal(rule: MonthRule, ord: number): boolean {
  const m = monthIndexOf(ord);
  if (cyclePosition(rule, m) !== 0) return false;
  return dayInMonth(rule.on, m) === ord;
}
