/**
 * Between the grid's blocks (instants) and the gesture model's slots (wall minutes of a grid
 * day): where a block sits, the instants a changed slot stands for, and the label a slot shows.
 * Wall times go through the core's DST policy, so a slot on a 23- or 25-hour day means the same
 * instant the grid draws there.
 */
import { addDays, minuteOfDay, minutesToClock, resolveWallTime } from '../../../../core/time';
import type { IanaZone, Instant } from '../../../../core/types';
import { formatClock } from '../../format';
import { DAY_MIN, type Slot } from './gesture';
import type { GridDay } from './layout';

const MIN_MS = 60_000;

/** The slot of a block that starts inside the shown days, else null. */
export function slotOf(
  block: { start: Instant; end: Instant },
  days: readonly GridDay[],
  zone: IanaZone,
): Slot | null {
  const dayIndex = days.findIndex((d) => block.start >= d.start && block.start < d.end);
  if (dayIndex < 0) return null;
  const startMin = minuteOfDay(block.start, zone);
  return { dayIndex, startMin, endMin: startMin + Math.round((block.end - block.start) / MIN_MS) };
}

/** The instant of `minute` (which may run past midnight) on the grid day `dayIndex`. */
function wallAt(days: readonly GridDay[], dayIndex: number, minute: number, zone: IanaZone) {
  const first = days[0];
  if (!first) return null;
  const dayShift = Math.floor(minute / DAY_MIN);
  const date = addDays(first.date, dayIndex + dayShift);
  const time = minutesToClock(minute - dayShift * DAY_MIN);
  return resolveWallTime({ date, time, zone }).instant;
}

/**
 * The instants `block` takes in `slot`: a moved block keeps its real length; a resized one keeps
 * the edge that was not dragged exactly as it was.
 */
export function instantsOf(
  block: { start: Instant; end: Instant },
  from: Slot,
  slot: Slot,
  days: readonly GridDay[],
  zone: IanaZone,
): { start: Instant; end: Instant } | null {
  const startMoved = slot.dayIndex !== from.dayIndex || slot.startMin !== from.startMin;
  const sameLength = slot.endMin - slot.startMin === from.endMin - from.startMin;
  const start = startMoved ? wallAt(days, slot.dayIndex, slot.startMin, zone) : block.start;
  if (start === null) return null;
  if (sameLength) return { start, end: start + (block.end - block.start) };
  const endKept = slot.dayIndex === from.dayIndex && slot.endMin === from.endMin;
  const end = endKept ? block.end : wallAt(days, slot.dayIndex, slot.endMin, zone);
  return end === null || end <= start ? null : { start, end };
}

/** The instants a slot on the grid stands for (a new block sketched there). */
export function spanOf(
  slot: Slot,
  days: readonly GridDay[],
  zone: IanaZone,
): { start: Instant; end: Instant } | null {
  const start = wallAt(days, slot.dayIndex, slot.startMin, zone);
  const end = wallAt(days, slot.dayIndex, slot.endMin, zone);
  return start === null || end === null || end <= start ? null : { start, end };
}

/** "15:15–15:45" (or in the 12-hour clock) for a slot. */
export function slotLabel(slot: Slot, clock: '12h' | '24h'): string {
  const at = (minute: number) => formatClock(minutesToClock(minute % DAY_MIN), clock);
  return `${at(slot.startMin)}–${at(slot.endMin)}`;
}
