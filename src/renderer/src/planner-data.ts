/** What the planner's views are drawn from: the stored records, the shown week and the clock. */
import type { Client, Commitment, Platform, Settings, TimeOff } from '../../core/types';

export type PlannerData = {
  settings: Settings;
  clients: Client[];
  commitments: Commitment[];
  platforms: Platform[];
  /** Every time off (clients' days away and the worker's days off), first day first. */
  timeOff: TimeOff[];
  /** The first day of the shown week, home zone. */
  weekStart: string;
  now: number;
};
