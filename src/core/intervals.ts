/**
 * Interval algebra for the planner modules (fill-gaps, burnout, income, reminders, plan-week):
 * merge, subtract, measure and search lists of half-open [start, end) intervals in epoch ms.
 */
import type { Instant, Interval } from './types';

/** Merges sorted-or-not intervals into a sorted list of disjoint ones; `joinGap` also joins near ones. */
export function mergeIntervals<T extends Interval>(list: readonly T[], joinGap = 0): Interval[] {
  // Most callers pass lists already in start order: skip the copy and sort for them.
  const sorted = isSortedByStart(list)
    ? list
    : [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const it of sorted) {
    if (it.end <= it.start) continue;
    const last = out[out.length - 1];
    const joins = last && (joinGap > 0 ? it.start - last.end < joinGap : it.start <= last.end);
    if (last && joins) {
      if (it.end > last.end) last.end = it.end;
    } else {
      out.push({ start: it.start, end: it.end });
    }
  }
  return out;
}

/** Removes sorted disjoint `blocks` from sorted disjoint `from`. */
export function subtractIntervals(
  from: readonly Interval[],
  blocks: readonly Interval[],
): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const f of from) {
    let cur = f.start;
    while (j < blocks.length && (blocks[j] as Interval).end <= cur) j++;
    let k = j;
    while (cur < f.end && k < blocks.length && (blocks[k] as Interval).start < f.end) {
      const b = blocks[k] as Interval;
      if (b.start > cur) out.push({ start: cur, end: b.start });
      cur = Math.max(cur, b.end);
      k++;
    }
    if (cur < f.end) out.push({ start: cur, end: f.end });
  }
  return out;
}

/** Total length in ms of sorted disjoint intervals clipped to [from, to). */
export function coveredMs(list: readonly Interval[], from: Instant, to: Instant): number {
  let sum = 0;
  for (let i = firstEndingAfter(list, from); i < list.length; i++) {
    const it = list[i] as Interval;
    if (it.start >= to) break;
    const s = Math.max(it.start, from);
    const e = Math.min(it.end, to);
    if (e > s) sum += e - s;
  }
  return sum;
}

/**
 * First start and last end of the sorted disjoint intervals that start within [from, to), or
 * null: a day's work attributed to the day it starts on (a 23:00–01:00 block is the evening's).
 */
export function boundsStartingIn(
  list: readonly Interval[],
  from: Instant,
  to: Instant,
): Interval | null {
  let first: Instant | null = null;
  let last: Instant | null = null;
  for (let i = firstEndingAfter(list, from); i < list.length; i++) {
    const it = list[i] as Interval;
    if (it.start >= to) break;
    if (it.start < from) continue;
    first ??= it.start;
    last = Math.max(last ?? it.end, it.end);
  }
  return first === null || last === null ? null : { start: first, end: last };
}

/** Index of the first interval in a start-sorted list whose end is after `t` (binary search). */
export function firstEndingAfter(list: readonly Interval[], t: Instant): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Interval).end <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isSortedByStart(list: readonly Interval[]): boolean {
  for (let i = 1; i < list.length; i++) {
    if ((list[i] as Interval).start < (list[i - 1] as Interval).start) return false;
  }
  return true;
}
