/** What gap filling is given: one home week, its fixed work and the platforms to fill it with. */
import type {
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
  /** Client work; anything outside the week is ignored. */
  occurrences: readonly Occurrence[];
  /** Accepted sessions (locked or not, they are never moved). */
  sessions: readonly MicrotaskSession[];
  /**
   * Client income already planned this week in settings.currency. Accepted sessions' expected
   * earnings are added here, so accepting proposals moves the target as they promised.
   */
  committedIncome?: number;
  /** No proposals before this instant (e.g. now), when given. */
  notBefore?: Instant;
};
