/**
 * Plans of many consecutive weeks for the year benchmark (plan-year-heavy): the commitments are
 * expanded once for the whole range and the bands computed once, then each week is planned from
 * its slice (planExpandedWeek), which keeps a year cheap. Benchmark code: the app plans one week
 * at a time.
 */
import {
  planExpandedWeek,
  weekAvailability,
  weekContext,
  type WeekInput,
  type WeekPlan,
} from '../../src/core/plan-week';
import { expandCommitments } from '../../src/core/recurrence';
import { addDays } from '../../src/core/time';

export type PlanRangeOptions = {
  /** false: plans carry no client bands (a third of a year's cost; only the week view draws them). */
  availability?: boolean;
};

/** Plans of `weeks` consecutive weeks from `input.weekStart`, expanding commitments once. */
export function planRange(input: WeekInput, weeks: number, options?: PlanRangeOptions): WeekPlan[] {
  const zone = input.settings.homeZone;
  const last = addDays(input.weekStart, 7 * (weeks - 1));
  const range = {
    start: weekContext(input.weekStart, input.settings).start,
    end: weekContext(last, input.settings).end,
  };
  const occurrences = expandCommitments(input.commitments, range);
  const availability =
    options?.availability === false
      ? []
      : weekAvailability(input.clients, input.weekStart, zone, 7 * weeks);
  return Array.from({ length: weeks }, (_, w) =>
    planExpandedWeek(
      { ...input, weekStart: addDays(input.weekStart, 7 * w) },
      { occurrences, availability },
    ),
  );
}

/** 52 weekly plans from `input.weekStart`, without availability bands. */
export function planYear(input: WeekInput): WeekPlan[] {
  return planRange(input, 52, { availability: false });
}
