/** What the week grid draws: the view model the week model builds and the grid renders. */
import type { Instant } from '../../../../core/types';
import type { GridDay } from './layout';

export type BlockKind = 'commitment' | 'session' | 'proposal';

/** What became of a block of past work, when it was marked. */
export type BlockOutcome = { kind: 'done' | 'missed'; text: string };

export type GridBlock = {
  id: string;
  /**
   * What the block comes from, the same in every week: the commitment (for its occurrences), the
   * session, or the platform (for proposals).
   */
  source: string;
  kind: BlockKind;
  start: Instant;
  end: Instant;
  title: string;
  /** Short lines under the title (home and client times). */
  lines: string[];
  color: string;
  conflict: boolean;
  movable: boolean;
  locked: boolean;
  /** Full description for assistive technology and the tooltip. */
  description: string;
  /** Done or missed, once marked (plan against actual). */
  outcome?: BlockOutcome;
};

export type GridBand = {
  id: string;
  lane: number;
  start: Instant;
  end: Instant;
  color: string;
  label: string;
};

export type DayInfo = GridDay & { hours: number; today: boolean };
