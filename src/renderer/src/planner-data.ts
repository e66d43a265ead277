/** What the planner's views are drawn from: the stored records, the shown week and the clock. */
import type { Client, Commitment, Platform, Settings } from '../../core/types';

export type PlannerData = {
  settings: Settings;
  clients: Client[];
  commitments: Commitment[];
  platforms: Platform[];
  /** The first day of the shown week, home zone. */
  weekStart: string;
  now: number;
};
