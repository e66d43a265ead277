/**
 * planWeek ties the core together for the week view: occurrences placed in absolute time, client
 * availability bands, microtask proposals, burnout warnings and their summary, DST notices for
 * the week, income and the per-day and weekly totals against the caps. The week's context (the
 * days around it the rules read) is said here once, for the plan and for whoever reads its data.
 */
import {
  analyzeBurnout,
  summarizeBurnout,
  type BurnoutSummary,
  type BurnoutWarning,
} from './burnout';
import { burnoutItems } from './burnout/work-items';
import { activeClients } from './active-clients';
import { workedWeek } from './actuals';
import { fillGapsExplained, type Unplaced } from './fill-gaps';
import { clientIncomeIn, projectIncome, type Income } from './income';
import { availabilityBands, homeDays, type AvailabilityBand } from './availability';
import { coveredMs, mergeIntervals } from './intervals';
import { cachedDaySpan } from './day-spans';
import type {
  BusyTime,
  CalendarDay,
  Client,
  Commitment,
  IanaZone,
  Instant,
  Interval,
  MicrotaskSession,
  Occurrence,
  Platform,
  Proposal,
  Settings,
  TimeOff,
  WorkRecord,
} from './types';
import { plannedWork } from './planned-time';
import { expandCommitments } from './recurrence';
import {
  awayTest,
  clientTimeOff,
  coversDay,
  timeOffFlags,
  workerTimeOff,
  type TimeOffFlag,
} from './time-off';
import { dstShifts, type DstShift } from './dst-shifts';
import { MINUTE, addDays, dayOf } from './time';

export type WeekInput = {
  /** First day of the week in the home zone. */
  weekStart: CalendarDay;
  settings: Settings;
  clients: readonly Client[];
  commitments: readonly Commitment[];
  platforms: readonly Platform[];
  /** Accepted sessions (any range; the week's are used). */
  sessions: readonly MicrotaskSession[];
  /** When given, no proposals are made before it. */
  now?: Instant;
  /** Clients' days away and the worker's days off (none when absent). */
  timeOff?: readonly TimeOff[];
  /** Events of the worker's other calendars (calendar sync), any range; none when absent. */
  busy?: readonly BusyTime[];
  /** What became of past occurrences (done, with actual minutes, or missed); none when absent. */
  workRecords?: readonly WorkRecord[];
};

export type PlanDay = {
  day: CalendarDay;
  start: Instant;
  end: Instant;
  /** 23, 24 or 25 around DST changes. */
  hours: number;
  clientMin: number;
  microtaskMin: number;
  proposedMin: number;
  /** client + accepted microtasks (proposals apart). */
  plannedMin: number;
  capMin: number;
};

export type { AvailabilityBand } from './availability';

export type { DstShift } from './dst-shifts';

export type WeekTotals = {
  clientMin: number;
  microtaskMin: number;
  proposedMin: number;
  plannedMin: number;
  weeklyCapMin: number;
  /** Cap left after client work and accepted sessions (negative when over). */
  capLeftMin: number;
};

export type WeekPlan = {
  weekStart: CalendarDay;
  homeZone: string;
  range: Interval;
  days: PlanDay[];
  occurrences: Occurrence[];
  sessions: MicrotaskSession[];
  availability: AvailabilityBand[];
  proposals: Proposal[];
  /** Platforms without a proposal this week, each with why (switched off, quiet hours, …). */
  unplaced: Unplaced[];
  warnings: BurnoutWarning[];
  summary: BurnoutSummary;
  dstShifts: DstShift[];
  /** The week's commitments that fall on a client's time off or the worker's day off. */
  timeOffFlags: TimeOffFlag[];
  income: Income;
  totals: WeekTotals;
};

/**
 * Days before the week that the rules read: the burnout streak rule's threshold plus one (a
 * streak of working days that started last week counts), and at least two (rest before the
 * first day, runs of work crossing midnight).
 */
export function leadDays(settings: Settings): number {
  return Math.max(2, settings.burnout.maxConsecutiveDays + 1);
}

/** Days after the week that the rules read: rest and runs of work across its last midnight. */
const TRAIL_DAYS = 1;

/**
 * The span a week's plan reads (home zone): from `leadDays` before the week to the end of its
 * `TRAIL_DAYS`. Sessions and occurrences overlapping it are everything the plan depends on.
 */
export function weekContext(weekStart: CalendarDay, settings: Settings): Interval {
  const zone = settings.homeZone;
  return {
    start: cachedDaySpan(addDays(weekStart, -leadDays(settings)), zone).start,
    end: cachedDaySpan(addDays(weekStart, 6 + TRAIL_DAYS), zone).end,
  };
}

/** The plan of one week (home zone), with everything the week view shows. */
export function planWeek(input: WeekInput): WeekPlan {
  const zone = input.settings.homeZone;
  const range = weekContext(input.weekStart, input.settings);
  return planExpandedWeek(input, {
    occurrences: expand(input.commitments, range, zone),
    availability: weekAvailability(input.clients, input.weekStart, zone, 7, input.timeOff),
  });
}

/** What planExpandedWeek takes already computed: expanded occurrences and availability bands. */
export type WeekExpansion = {
  /** Start-sorted occurrences covering at least the week's context (`weekContext`). */
  occurrences: readonly Occurrence[];
  /** Start-sorted bands covering at least the week (bands are cut at home midnights). */
  availability: readonly AvailabilityBand[];
};

/**
 * expandCommitments over the commitments that can touch the range: a year of one-off items
 * would otherwise each be visited for every week planned. Days are compared as strings with two
 * days of slack for zone differences; moved occurrences keep their commitment in.
 */
function expand(list: readonly Commitment[], range: Interval, zone: string): Occurrence[] {
  const from = addDays(dayOf(range.start, zone), -2);
  const to = addDays(dayOf(range.end, zone), 2);
  const touches = (c: Commitment): boolean => {
    if (c.moved.some((m) => m.to.date >= from && m.to.date <= to)) return true;
    const r = c.recurrence;
    if (r.kind === 'once') return r.date >= from && r.date <= to;
    return r.startDate <= to && (r.endDate === null || r.endDate >= from);
  };
  return expandCommitments(list.filter(touches), range);
}

function byStart(a: MicrotaskSession, b: MicrotaskSession): number {
  return a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Items of a start-sorted list that overlap [from, to) (the list's items are short: < 2 days). */
function slice<T extends Interval>(sorted: readonly T[], from: Instant, to: Instant): T[] {
  let lo = 0;
  let hi = sorted.length;
  const earliest = from - 2 * 24 * 60 * MINUTE;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as T).start < earliest) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const it = sorted[i] as T;
    if (it.start >= to) break;
    if (it.end > from) out.push(it);
  }
  return out;
}

/**
 * One week's plan from commitments already expanded (and bands already computed) over a span
 * that covers it, so a caller planning many weeks expands once and slices.
 */
export function planExpandedWeek(input: WeekInput, expansion: WeekExpansion): WeekPlan {
  const { settings, weekStart } = input;
  const zone = settings.homeZone;
  const range = {
    start: cachedDaySpan(weekStart, zone).start,
    end: cachedDaySpan(addDays(weekStart, 6), zone).end,
  };
  const inWeek = <T extends Interval>(x: T): boolean =>
    x.start >= range.start && x.start < range.end;
  const contextRange = weekContext(weekStart, settings);
  const context = slice(expansion.occurrences, contextRange.start, contextRange.end);
  const allSessions = input.sessions
    .filter((x) => x.end > contextRange.start && x.start < contextRange.end)
    .sort(byStart);
  const occurrences = context.filter(inWeek);
  const sessions = allSessions.filter(inWeek);
  const busy = (input.busy ?? []).filter(
    (b) => b.end > contextRange.start && b.start < contextRange.end,
  );
  // Hours, burnout and income count work as it was done (actuals.ts); the grid, gap filling and
  // DST notices keep the plan, since a missed call still held its place in the day.
  const worked = workedWeek(input.workRecords, { context, allSessions, occurrences, sessions });
  const base = {
    clients: input.clients,
    platforms: input.platforms,
    occurrences: worked.occurrences,
    sessions: worked.sessions,
  };
  const committed = clientIncomeIn(
    projectIncome({ ...base, sessions: [], proposals: [] }),
    settings.currency,
    settings.exchangeRates,
  );
  // Gap filling reads the same context as burnout (rest, runs of days, weekly rest), so its
  // limits are exact rather than assuming the worst of the days it was not shown.
  const { proposals, unplaced } = fillGapsExplained({
    weekStart,
    settings,
    platforms: input.platforms,
    occurrences: context,
    sessions: allSessions,
    contextFrom: contextRange.start,
    committedIncome: committed,
    ...(input.now === undefined ? {} : { notBefore: input.now }),
    daysOff: daysOffIn(input.timeOff ?? [], weekStart),
    busy,
  });
  const items = burnoutItems(worked.context, worked.allSessions, proposals, input.platforms, busy);
  const warnings = analyzeBurnout(items, {
    homeZone: zone,
    thresholds: settings.burnout,
    weekStart,
  });
  const days = planDays(input, worked.occurrences, worked.sessions, proposals);
  return {
    weekStart,
    homeZone: zone,
    range,
    days,
    occurrences,
    sessions,
    // Bands are cut at home midnights, so a range's bands slice into weeks without clipping.
    availability: slice(expansion.availability, range.start, range.end),
    proposals,
    unplaced,
    warnings,
    summary: summarizeBurnout(warnings),
    dstShifts: dstShifts(zone, range, occurrences),
    timeOffFlags: timeOffFlags(occurrences, input.timeOff ?? [], input.clients, zone),
    income: projectIncome({ ...base, proposals }),
    totals: weekTotals(days, settings),
  };
}

function planDays(
  input: WeekInput,
  occ: readonly Occurrence[],
  sessions: readonly MicrotaskSession[],
  proposals: Proposal[],
): PlanDay[] {
  const zone = input.settings.homeZone;
  const client = mergeIntervals(occ);
  const micro = mergeIntervals(sessions);
  const proposed = mergeIntervals(proposals);
  const all = plannedWork(occ, sessions);
  const out: PlanDay[] = [];
  for (let i = 0; i < 7; i++) {
    const day = addDays(input.weekStart, i);
    const { start, end } = cachedDaySpan(day, zone);
    const min = (list: Interval[]): number => coveredMs(list, start, end) / MINUTE;
    out.push({
      day,
      start,
      end,
      hours: (end - start) / (60 * MINUTE),
      clientMin: min(client),
      microtaskMin: min(micro),
      proposedMin: min(proposed),
      plannedMin: min(all),
      capMin: input.settings.dailyCapMin,
    });
  }
  return out;
}

function weekTotals(days: PlanDay[], settings: Settings): WeekTotals {
  const sum = (f: (d: PlanDay) => number): number => days.reduce((s, d) => s + f(d), 0);
  const plannedMin = sum((d) => d.plannedMin);
  return {
    clientMin: sum((d) => d.clientMin),
    microtaskMin: sum((d) => d.microtaskMin),
    proposedMin: sum((d) => d.proposedMin),
    plannedMin,
    weeklyCapMin: settings.weeklyCapMin,
    capLeftMin: settings.weeklyCapMin - plannedMin,
  };
}

/**
 * Every active client's availability bands (availability.ts) over `days` home days, in time
 * order, without the days each client is away (their time off, in their zone).
 */
export function weekAvailability(
  clients: readonly Client[],
  firstDay: CalendarDay,
  homeZone: IanaZone,
  days = 7,
  timeOff: readonly TimeOff[] = [],
): AvailabilityBand[] {
  const out: AvailabilityBand[] = [];
  // The week's home days once, for every client's bands.
  const home = homeDays(firstDay, homeZone, days);
  for (const c of activeClients(clients)) {
    if (c.availability.length === 0) continue;
    const away = awayTest(clientTimeOff(timeOff, c.id));
    for (const b of availabilityBands(c, home, away)) out.push(b);
  }
  return out.sort(byBandOrder);
}

/** The worker's days off among the week's seven home days. */
function daysOffIn(timeOff: readonly TimeOff[], weekStart: CalendarDay): Set<CalendarDay> {
  const mine = workerTimeOff(timeOff);
  const out = new Set<CalendarDay>();
  for (let i = 0; i < 7 && mine.length > 0; i++) {
    const day = addDays(weekStart, i);
    if (mine.some((t) => coversDay(t, day))) out.add(day);
  }
  return out;
}

function byBandOrder(a: AvailabilityBand, b: AvailabilityBand): number {
  return a.start - b.start || (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0);
}
