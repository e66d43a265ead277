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

/** One drawn availability lane piece: a client's band, or the overflow of several ("+N"). */
export type BandPiece = {
  top: number;
  bottom: number;
  lane: number;
  /** The client's colour; null for an overflow piece (drawn neutral). */
  color: string | null;
  /** What runs down the band: the client's name, or "+N" for an overflow piece. */
  text: string;
  /** Everything it stands for, in words (its tooltip and accessible label). */
  label: string;
};

type Band = {
  top: number;
  bottom: number;
  item: { lane: number; color: string; name: string; label: string };
};

/**
 * Lanes for one day's availability bands, at most `maxLanes` of them so the lanes never crowd
 * the blocks out of the column: bands that do not overlap share a lane (one client's morning,
 * another's evening); when more than `maxLanes` would be needed, the last lane holds "+N"
 * pieces standing for the bands left over, each piece naming them all.
 */
export function laneBands(day: readonly Band[], maxLanes: number): BandPiece[] {
  const sorted = [...day].sort((a, b) => a.top - b.top || a.item.lane - b.item.lane);
  const all = pack(sorted, Infinity);
  if (all.lanes <= maxLanes) return all.placed;
  const kept = pack(sorted, maxLanes - 1);
  return [...kept.placed, ...overflow(kept.left, maxLanes - 1)];
}

/** Greedy first-fit of `bands` into at most `max` lanes; what does not fit is left over. */
function pack(bands: readonly Band[], max: number) {
  const ends: number[] = [];
  const placed: BandPiece[] = [];
  const left: Band[] = [];
  for (const b of bands) {
    let lane = ends.findIndex((end) => end <= b.top);
    if (lane === -1 && ends.length < max) lane = ends.push(b.bottom) - 1;
    if (lane === -1) {
      left.push(b);
      continue;
    }
    ends[lane] = b.bottom;
    placed.push({
      top: b.top,
      bottom: b.bottom,
      lane,
      color: b.item.color,
      text: b.item.name,
      label: `${b.item.name}: ${b.item.label}`,
    });
  }
  return { placed, left, lanes: ends.length };
}

/** The union of `left` as "+N" pieces in `lane`, N the bands each piece stands for. */
function overflow(left: readonly Band[], lane: number): BandPiece[] {
  const out: BandPiece[] = [];
  let group: Band[] = [];
  let end = -1;
  const flush = () => {
    const first = group[0];
    if (!first) return;
    const names = group.map((b) => `${b.item.name}: ${b.item.label}`);
    out.push({
      top: first.top,
      bottom: end,
      lane,
      color: null,
      text: `+${group.length}`,
      label: `${group.length} more client${group.length === 1 ? '' : 's'} available: ${names.join('; ')}`,
    });
    group = [];
  };
  for (const b of left) {
    if (b.top >= end) flush();
    group.push(b);
    end = Math.max(end, b.bottom);
  }
  flush();
  return out;
}
