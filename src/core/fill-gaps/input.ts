/** What gap filling is given: one home week, its fixed work and the platforms to fill it with. */
import type {
  BusyTime,
  CalendarDay,
  Instant,
  MicrotaskSession,
  Occurrence,
  Platform,
  Settings,
} from '../types';

export type FillInput = {
  /** First day of the week, home zone. */
  weekStart: CalendarDay;
  /** Days in the plan (7 by default). */
  dayCount?: number;
  settings: Settings;
  platforms: readonly Platform[];
  /** Client work of the week and of the days around it (see contextDays). */
  occurrences: readonly Occurrence[];
  /** Accepted sessions (locked or not, they are never moved). */
  sessions: readonly MicrotaskSession[];
  /**
   * Client income already planned this week in settings.currency (other currencies converted at
   * settings.exchangeRates, none counted without a rate). Accepted sessions' expected
   * earnings are added here, so accepting proposals moves the target as they promised.
   */
  committedIncome?: number;
  /** No proposals before this instant (e.g. now), when given. */
  notBefore?: Instant;
  /**
   * From when `occurrences` and `sessions` hold all the work (by default 24 h before the week,
   * as planWeek gives them). Rest, streaks and weekly rest read that context; what lies further
   * back is unknown, and the streak and weekly-rest limits then assume the worst.
   */
  contextFrom?: Instant;
  /** The worker's days off (home-zone days): no proposals on them. */
  daysOff?: ReadonlySet<CalendarDay>;
  /**
   * Events of the worker's other calendars: never proposed over; those that count as work count
   * for the caps, rest and breaks like client work (the same context as `occurrences`).
   */
  busy?: readonly BusyTime[];
};
