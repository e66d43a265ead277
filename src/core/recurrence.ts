/**
 * Expands commitments into occurrences placed in absolute time.
 *
 * A rule is defined in the commitment's own zone and is never pre-converted: each occurrence's
 * wall time is resolved through time.ts, so a 09:00 New York call stays at 09:00 New York time
 * across both zones' DST changes, and a wall time in a DST gap or overlap is flagged.
 *
 * Speed matters (the planner expands 150 weekly commitments per week, or per year): a rule is
 * compiled once into day ordinals and a weekday mask, the days of the range are walked directly,
 * week parity is arithmetic, and a COUNT limit is turned into a last day without enumerating.
 * A monthly rule visits the months of the range, one day each (recurrence-month.ts).
 */
import type {
  CalendarDay,
  Commitment,
  Interval,
  MonthlyDay,
  MovedOccurrence,
  Occurrence,
  Recurrence,
  WallTime,
  WeekOfMonth,
  Weekday,
} from './types';
import {
  DAY,
  MINUTE,
  clockToMinutes,
  dayFromOrdinal,
  dayOrdinal,
  dayOrdinalAt,
  resolveLocalMs,
  resolveWallTime,
  weekdayOfOrdinal,
} from './time';
import type { ResolvedInstant } from './time';
import {
  compileMonthly,
  isMonthOrdinal,
  monthOrdinals,
  nextMonthOrdinal,
} from './recurrence-month';
import type { MonthRule } from './recurrence-month';
import { WEEKDAY_SHORT, formatDayLong, ordinalWord, weekdayLongName } from './format';

/**
 * Weeks for "every N weeks" start on Monday, counted from the week of startDate: the RFC 5545
 * default (WKST=MO), so an exported RRULE without WKST means the same thing.
 */
const RECURRENCE_WEEK_START: Weekday = 1;

type WeeklyRule = Extract<Recurrence, { kind: 'weekly' }>;

/** A weekly rule reduced to integers: every test on a day is a few comparisons. */
type WeekRule = {
  kind: 'week';
  /** Ordinal of the first and last day the rule may produce (last may be Infinity). */
  first: number;
  last: number;
  /** mask[weekday] is true when the rule produces that weekday. */
  mask: boolean[];
  interval: number;
  /** Ordinal of the Monday of startDate's week: week 0 of the interval cycle. */
  week0: number;
};

type CompiledRule = WeekRule | MonthRule;

const NEVER: CompiledRule = { kind: 'week', first: 1, last: 0, mask: [], interval: 1, week0: 0 };
const compiled = new WeakMap<Recurrence, CompiledRule>();

function compile(rec: Recurrence): CompiledRule {
  let rule = compiled.get(rec);
  if (!rule) {
    if (rec.kind === 'once') rule = compileOnce(rec.date);
    else if (rec.kind === 'weekly') rule = compileWeekly(rec);
    else rule = compileMonthly(rec) ?? NEVER;
    compiled.set(rec, rule);
  }
  return rule;
}

function compileOnce(date: CalendarDay): CompiledRule {
  const ord = dayOrdinal(date);
  if (!Number.isFinite(ord)) return NEVER;
  return {
    kind: 'week',
    first: ord,
    last: ord,
    mask: [true, true, true, true, true, true, true],
    interval: 1,
    week0: ord,
  };
}

function compileWeekly(rec: WeeklyRule): CompiledRule {
  const first = dayOrdinal(rec.startDate);
  if (!Number.isFinite(first)) return NEVER;
  const mask = [false, false, false, false, false, false, false];
  for (const wd of rec.weekdays) mask[wd] = true;
  const interval = Math.max(1, Math.floor(rec.interval) || 1);
  const week0 = first - weekOffset(weekdayOfOrdinal(first));
  let last = rec.endDate === null ? Infinity : dayOrdinal(rec.endDate);
  if (Number.isNaN(last)) last = Infinity;
  if (rec.count !== null)
    last = Math.min(last, nthDay({ first, mask, interval, week0 }, rec.count));
  return { kind: 'week', first, last, mask, interval, week0 };
}

/** Position of a weekday in a recurrence week (Monday first: Mon 0 … Sun 6). */
function weekOffset(weekday: Weekday): number {
  return (weekday - RECURRENCE_WEEK_START + 7) % 7;
}

/**
 * Ordinal of the n-th day (1-based) the rule produces, ignoring endDate, computed without
 * enumerating: the partial first week, then whole active weeks of `perWeek` days each.
 */
function nthDay(rule: Omit<WeekRule, 'last' | 'kind'>, n: number): number {
  if (n < 1) return -Infinity;
  const offsets = [0, 1, 2, 3, 4, 5, 6].filter((o) => rule.mask[(o + 1) % 7]);
  if (offsets.length === 0) return -Infinity;
  const startOffset = rule.first - rule.week0;
  const firstWeek = offsets.filter((o) => o >= startOffset);
  if (n <= firstWeek.length) return rule.week0 + (firstWeek[n - 1] as number);
  const k = n - firstWeek.length - 1;
  const weeks = 1 + Math.floor(k / offsets.length);
  return rule.week0 + weeks * 7 * rule.interval + (offsets[k % offsets.length] as number);
}

function producesOrdinal(rule: CompiledRule, ord: number): boolean {
  if (!(ord >= rule.first && ord <= rule.last)) return false;
  if (rule.kind === 'month') return isMonthOrdinal(rule, ord);
  if (!rule.mask[weekdayOfOrdinal(ord)]) return false;
  return Math.floor((ord - rule.week0) / 7) % rule.interval === 0;
}

/** Calls `visit` with each ordinal in [lo, hi] the rule produces, in order. */
function ruleOrdinals(
  rule: CompiledRule,
  lo: number,
  hi: number,
  visit: (ord: number) => void,
): void {
  const from = Math.max(lo, rule.first);
  const to = Math.min(hi, rule.last);
  if (rule.kind === 'month') {
    monthOrdinals(rule, from, to, visit);
    return;
  }
  for (let ord = from; ord <= to; ord++) if (producesOrdinal(rule, ord)) visit(ord);
}

/** The first day on or after `from` the rule produces, or null when there is none. */
export function nextRuleDay(c: Commitment, from: CalendarDay): CalendarDay | null {
  const rule = compile(c.recurrence);
  const start = Math.max(dayOrdinal(from), rule.first);
  let found: number | null = null;
  if (rule.kind === 'month') found = nextMonthOrdinal(rule, start);
  else {
    // A weekly rule produces a day in every active week, so one cycle of weeks is enough.
    const stop = start + 7 * rule.interval + 7;
    for (let ord = start; ord <= stop && found === null; ord++) {
      if (producesOrdinal(rule, ord)) found = ord;
    }
  }
  return found !== null && found <= rule.last ? dayFromOrdinal(found) : null;
}

/** True when the rule produces `day` (before skipped dates and moves are applied). */
export function isRuleDay(c: Pick<Commitment, 'recurrence'>, day: CalendarDay): boolean {
  return producesOrdinal(compile(c.recurrence), dayOrdinal(day));
}

/** Days in [from, to] (commitment zone, inclusive) that the rule produces, before skips and moves. */
export function occurrenceDaysInRange(
  c: Commitment,
  from: CalendarDay,
  to: CalendarDay,
): CalendarDay[] {
  const out: CalendarDay[] = [];
  ruleOrdinals(compile(c.recurrence), dayOrdinal(from), dayOrdinal(to), (ord) => {
    out.push(dayFromOrdinal(ord));
  });
  return out;
}

/** The last day the rule can produce (endDate or the count-th day), or null when it never ends. */
export function lastRuleDay(c: Commitment): CalendarDay | null {
  const { first, last } = compile(c.recurrence);
  if (last === Infinity) return null;
  if (last < first) return null;
  return dayFromOrdinal(last);
}

/** True when an occurrence belongs in the range: it overlaps it, or is zero-length inside it. */
function inRange(start: number, end: number, range: Interval): boolean {
  if (start >= range.end) return false;
  return end > range.start || (end === start && start >= range.start);
}

function makeOccurrence(
  c: Commitment,
  originalDate: CalendarDay,
  wall: WallTime,
  r: ResolvedInstant,
  durationMin: number,
  moved: boolean,
): Occurrence {
  return {
    id: `${c.id}@${originalDate}`,
    commitmentId: c.id,
    clientId: c.clientId,
    title: c.title,
    kind: c.kind,
    originalDate,
    wall,
    start: r.instant,
    end: r.instant + durationMin * MINUTE,
    resolution: r.resolution,
    shiftMin: r.shiftMin,
    moved,
    reminderLeadMin: c.reminderLeadMin,
  };
}

/** What expansion needs from a commitment, prepared once per commitment object. */
type Prepared = {
  source: Pick<Commitment, 'recurrence' | 'skippedDates' | 'moved' | 'start' | 'durationMin'>;
  rule: CompiledRule;
  skipped: Set<CalendarDay> | null;
  moves: Map<CalendarDay, MovedOccurrence> | null;
  startMs: number;
  marginDays: number;
};

// Keyed by the commitment object. Records are treated as immutable (an edit stores a new object),
// and the fields used are compared by identity, so a replaced field is never served stale.
const prepared = new WeakMap<Commitment, Prepared>();

function prepare(c: Commitment): Prepared {
  const hit = prepared.get(c);
  if (hit && sameSource(hit.source, c)) return hit;
  const moves = new Map<CalendarDay, MovedOccurrence>();
  for (const m of c.moved) moves.set(m.date, m);
  const p: Prepared = {
    source: {
      recurrence: c.recurrence,
      skippedDates: c.skippedDates,
      moved: c.moved,
      start: c.start,
      durationMin: c.durationMin,
    },
    rule: compile(c.recurrence),
    skipped: c.skippedDates.length > 0 ? new Set(c.skippedDates) : null,
    moves: moves.size > 0 ? moves : null,
    startMs: clockToMinutes(c.start) * MINUTE,
    // An occurrence may start on an earlier day and run into the range: its duration, plus
    // one day for a shift out of a DST gap.
    marginDays: Math.ceil(Math.max(0, c.durationMin) / 1440) + 1,
  };
  prepared.set(c, p);
  return p;
}

function sameSource(a: Prepared['source'], c: Commitment): boolean {
  return (
    a.recurrence === c.recurrence &&
    a.skippedDates === c.skippedDates &&
    a.moved === c.moved &&
    a.start === c.start &&
    a.durationMin === c.durationMin
  );
}

/** Every occurrence of `c` that overlaps `range` (a zero-length one when it starts inside it). */
export function expandCommitment(c: Commitment, range: Interval): Occurrence[] {
  const { rule, skipped, moves, startMs, marginDays } = prepare(c);
  if (rule.last < rule.first || range.end <= range.start) return [];
  const out: Occurrence[] = [];
  // Walk only the commitment-zone days that can reach the range.
  const lo = dayOrdinalAt(range.start, c.zone) - marginDays;
  const hi = dayOrdinalAt(range.end, c.zone);
  ruleOrdinals(rule, lo, hi, (ord) => {
    const date = dayFromOrdinal(ord);
    if (skipped?.has(date) || moves?.has(date)) return;
    // Resolve from the ordinal directly: the rule's wall time is this day at c.start.
    const r = resolveLocalMs(ord * DAY + startMs, c.zone);
    const wall = { date, time: c.start, zone: c.zone };
    const occ = makeOccurrence(c, date, wall, r, c.durationMin, false);
    if (inRange(occ.start, occ.end, range)) out.push(occ);
  });
  if (moves) {
    addMoved(c, rule, moves, skipped, range, out);
    out.sort(byStart);
  }
  return out;
}

/** Moved occurrences can land in the range from anywhere, so each is checked on its own. */
function addMoved(
  c: Commitment,
  rule: CompiledRule,
  moves: Map<CalendarDay, MovedOccurrence>,
  skipped: Set<CalendarDay> | null,
  range: Interval,
  out: Occurrence[],
): void {
  for (const m of moves.values()) {
    // A move of a day the rule no longer produces (edited rule) or that is skipped is stale.
    if (skipped?.has(m.date) || !producesOrdinal(rule, dayOrdinal(m.date))) continue;
    const occ = makeOccurrence(c, m.date, m.to, resolveWallTime(m.to), m.durationMin, true);
    if (inRange(occ.start, occ.end, range)) out.push(occ);
  }
}

function byStart(a: Occurrence, b: Occurrence): number {
  return a.start - b.start || (a.originalDate < b.originalDate ? -1 : 1);
}

function byId(a: Commitment, b: Commitment): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Occurrences of every commitment in the list that overlap `range`, ordered by start, then
 * commitment id, then original date (whatever the order of `list`).
 */
export function expandCommitments(list: readonly Commitment[], range: Interval): Occurrence[] {
  const out: Occurrence[] = [];
  for (const c of [...list].sort(byId)) {
    for (const occ of expandCommitment(c, range)) out.push(occ);
  }
  // The sort is stable, so equal starts keep the commitment-id order built above: a numeric
  // comparison is enough, and it is what keeps a year of occurrences fast to order.
  return out.sort((a, b) => a.start - b.start);
}

/** A short English description for the UI: 'Mon, Wed every 2 weeks from 2 Mar 2026'. */
export function describeRecurrence(c: Commitment): string {
  const rec = c.recurrence;
  if (rec.kind === 'once') return `Once on ${formatDayLong(rec.date)}`;
  const interval = Math.max(1, Math.floor(rec.interval) || 1);
  let text: string;
  if (rec.kind === 'monthly') text = describeMonthly(rec.on, interval);
  else {
    const days = describeWeekdays(rec.weekdays);
    const every = interval > 1 ? ` every ${interval} weeks` : days === 'Every day' ? '' : ' weekly';
    text = `${days}${every}`;
  }
  text += ` from ${formatDayLong(rec.startDate)}`;
  if (rec.endDate !== null) text += ` until ${formatDayLong(rec.endDate)}`;
  if (rec.count !== null) text += `, ${rec.count} ${rec.count === 1 ? 'time' : 'times'}`;
  if (c.skippedDates.length > 0) text += `, ${c.skippedDates.length} skipped`;
  return text;
}

function describeWeekdays(weekdays: readonly Weekday[]): string {
  const set = new Set(weekdays);
  if (set.size === 7) return 'Every day';
  if (set.size === 5 && !set.has(0) && !set.has(6)) return 'Mon–Fri';
  const ordered = [...set].sort((a, b) => weekOffset(a) - weekOffset(b));
  return ordered.length === 0 ? 'No days' : ordered.map((d) => WEEKDAY_SHORT[d]).join(', ');
}

const NTH_WORDS: Readonly<Record<WeekOfMonth, string>> = {
  1: 'First',
  2: 'Second',
  3: 'Third',
  4: 'Fourth',
  [-1]: 'Last',
};

/** 'The 15th of every month', 'First Monday every 2 months'. */
function describeMonthly(on: MonthlyDay, interval: number): string {
  const day =
    on.by === 'monthday'
      ? `The ${ordinalWord(on.day)}`
      : `${NTH_WORDS[on.nth]} ${weekdayLongName(on.weekday)}`;
  return interval > 1 ? `${day} every ${interval} months` : `${day} of every month`;
}
