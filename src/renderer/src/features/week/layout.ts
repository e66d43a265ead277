/**
 * Pure layout for the week grid: clips blocks to home-zone days, positions them by wall-clock
 * minute (so a 23 h day shows its missing hour and a 25 h day its repeated one) and assigns
 * side-by-side lanes to blocks that overlap.
 */
import { minuteOfDay } from '../../../../core/time';
import type { CalendarDay, IanaZone, Instant } from '../../../../core/types';

export type GridDay = { date: CalendarDay; start: Instant; end: Instant };

export type Positioned<T> = {
  item: T;
  day: CalendarDay;
  /** Minutes from the day's wall-clock midnight. */
  top: number;
  bottom: number;
  lane: number;
  lanes: number;
  /** The block continues from the previous day / into the next. */
  clippedStart: boolean;
  clippedEnd: boolean;
};

const MIN_HEIGHT = 15;

/** Splits each item across the days it touches and positions the pieces. */
export function layoutWeek<T extends { start: Instant; end: Instant }>(
  days: readonly GridDay[],
  items: readonly T[],
  zone: IanaZone,
): Positioned<T>[] {
  const out: Positioned<T>[] = [];
  for (const day of days) {
    const pieces: Positioned<T>[] = [];
    for (const item of items) {
      if (item.end <= day.start || item.start >= day.end) continue;
      const start = Math.max(item.start, day.start);
      const end = Math.min(item.end, day.end);
      const top = start === day.start ? 0 : minuteOfDay(start, zone);
      let bottom = end === day.end ? 24 * 60 : minuteOfDay(end, zone);
      // Inside a repeated (fall-back) hour the wall clock can run backwards: keep a visible block.
      if (bottom < top + MIN_HEIGHT) bottom = Math.min(24 * 60, top + MIN_HEIGHT);
      pieces.push({
        item,
        day: day.date,
        top,
        bottom,
        lane: 0,
        lanes: 1,
        clippedStart: item.start < day.start,
        clippedEnd: item.end > day.end,
      });
    }
    assignLanes(pieces);
    out.push(...pieces);
  }
  return out;
}

/** Greedy lanes per cluster of overlapping pieces (the classic calendar layout). */
function assignLanes<T>(pieces: Positioned<T>[]): void {
  pieces.sort((a, b) => a.top - b.top || b.bottom - a.bottom);
  let cluster: Positioned<T>[] = [];
  let clusterEnd = -1;
  const laneEnds: number[] = [];
  const flush = () => {
    const lanes = Math.max(1, laneEnds.length);
    for (const p of cluster) p.lanes = lanes;
    cluster = [];
    laneEnds.length = 0;
  };
  for (const piece of pieces) {
    if (piece.top >= clusterEnd) flush();
    let lane = laneEnds.findIndex((end) => end <= piece.top);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(piece.bottom);
    } else laneEnds[lane] = piece.bottom;
    piece.lane = lane;
    cluster.push(piece);
    clusterEnd = Math.max(clusterEnd, piece.bottom);
  }
  flush();
}

/**
 * React keys for a day's blocks that stay the same from week to week: what the block comes from
 * and where it sits. A weekly commitment keeps its element (and, drawn the same, needs no DOM
 * change at all) when the user moves to another week, and an added or removed one-off item does
 * not shift the keys of the others.
 */
export function withSlotKeys<T extends { kind: string; source: string }>(
  pieces: readonly Positioned<T>[],
): [string, Positioned<T>][] {
  const seen = new Map<string, number>();
  return pieces.map((p) => {
    const base = `${p.item.kind}:${p.item.source}@${p.top}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return [n === 0 ? base : `${base}#${n}`, p];
  });
}
