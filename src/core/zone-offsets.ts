/**
 * Offsets of IANA zones from UTC, from Intl (via @date-fns/tz), kept as tables of offset changes
 * per zone and UTC quarter: a conversion is a binary search, and Intl is asked only to build a
 * table. Tables can be exported and imported, so a session starts with the ones an earlier session
 * built (the zone data only changes with the runtime).
 */
import { tzOffset } from '@date-fns/tz';
import type { IanaZone, Instant } from './types';
import { DAY, MINUTE } from './units';

/**
 * A sorted list of offset changes covering one UTC quarter [from, to): offsets[i] applies from
 * starts[i] onwards (starts[0] lies a little before `from`). Quarters rather than years: a week
 * view touches one or two, so a cold start builds a quarter of the Intl look-ups per zone.
 */
type OffsetTable = { from: Instant; to: Instant; starts: Instant[]; offsets: number[] };

/** Per zone: every quarter built so far (by year × 4 + quarter), and the one used last. */
type ZoneCache = { quarters: Map<number, OffsetTable>; last: OffsetTable | null };

const zoneCaches = new Map<string, ZoneCache>();
// A week: offsets are sampled weekly and each change is bisected to the minute. Current IANA
// data has no zone that changes its offset and changes back within seven days; sampling every
// 12 hours instead made the first plan of a session spend ~60 ms in Intl per zone-year.
const SCAN_STEP = 7 * DAY;

function rawOffset(zone: IanaZone, instant: Instant): number {
  // tzOffset can return fractional minutes for historic LMT offsets; round to whole minutes.
  return Math.round(tzOffset(zone, new Date(instant)));
}

/** The quarter index (year × 4 + quarter) of an instant, in UTC. */
function quarterOf(instant: Instant): number {
  const d = new Date(instant);
  return d.getUTCFullYear() * 4 + Math.floor(d.getUTCMonth() / 3);
}

/** The first instant of a quarter index. */
function quarterStart(quarter: number): Instant {
  return Date.UTC(Math.floor(quarter / 4), (quarter % 4) * 3, 1);
}

function buildTable(zone: IanaZone, quarter: number): OffsetTable {
  // Scan a little beyond the quarter so conversions near its edges never need a second table.
  const periodStart = quarterStart(quarter);
  const periodEnd = quarterStart(quarter + 1);
  const from = periodStart - 2 * DAY;
  const to = periodEnd + 2 * DAY;
  const starts: Instant[] = [from];
  const offsets: number[] = [rawOffset(zone, from)];
  let prevT = from;
  let prevOff = offsets[0] as number;
  for (let step = from + SCAN_STEP; prevT < to; step += SCAN_STEP) {
    // The last sample lands exactly on `to`, so the margin after the year is always scanned.
    const t = Math.min(step, to);
    const off = rawOffset(zone, t);
    if (off !== prevOff) {
      // Bisect to the minute at which the new offset starts.
      let lo = prevT;
      let hi = t;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (rawOffset(zone, mid) === prevOff) lo = mid;
        else hi = mid;
      }
      starts.push(hi);
      offsets.push(off);
      prevOff = off;
    }
    prevT = t;
  }
  return { from: periodStart, to: periodEnd, starts, offsets };
}

function cacheOf(zone: string): ZoneCache {
  let cache = zoneCaches.get(zone);
  if (!cache) {
    cache = { quarters: new Map(), last: null };
    zoneCaches.set(zone, cache);
  }
  return cache;
}

function tableFor(zone: IanaZone, instant: Instant): OffsetTable {
  const cache = cacheOf(zone);
  const last = cache.last;
  if (last && instant >= last.from && instant < last.to) return last;
  const quarter = quarterOf(instant);
  let table = cache.quarters.get(quarter);
  if (!table) {
    table = buildTable(zone, quarter);
    cache.quarters.set(quarter, table);
  }
  cache.last = table;
  return table;
}

/** Offset of `zone` from UTC at `instant`, in minutes east (Manila → 480, New York → -300/-240). */
export function offsetMinutes(zone: IanaZone, instant: Instant): number {
  const { starts, offsets } = tableFor(zone, instant);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= instant) lo = mid;
    else hi = mid - 1;
  }
  return offsets[lo] as number;
}

/** The instants within [from, to) at which `zone` changes its offset, with the offsets around them. */
export function offsetChanges(
  zone: IanaZone,
  from: Instant,
  to: Instant,
): { at: Instant; before: number; after: number }[] {
  const out: { at: Instant; before: number; after: number }[] = [];
  for (let quarter = quarterOf(from); quarter <= quarterOf(to); quarter++) {
    const table = tableFor(zone, Date.UTC(Math.floor(quarter / 4), (quarter % 4) * 3, 15));
    const { starts, offsets } = table;
    for (let i = 1; i < starts.length; i++) {
      const at = starts[i] as number;
      // Each change is reported by the quarter it falls in (the tables overlap at the edges).
      if (at >= from && at < to && at >= table.from && at < table.to) {
        out.push({ at, before: offsets[i - 1] as number, after: offsets[i] as number });
      }
    }
  }
  return out;
}

/** Offset tables as plain data: what a session built, to start the next one with. */
export type OffsetTablesSnapshot = {
  zone: string;
  quarter: number;
  starts: number[];
  offsets: number[];
}[];

/** Every table built (or imported) so far. */
export function exportOffsetTables(): OffsetTablesSnapshot {
  const out: OffsetTablesSnapshot = [];
  for (const [zone, cache] of zoneCaches) {
    for (const [quarter, table] of cache.quarters) {
      out.push({ zone, quarter, starts: [...table.starts], offsets: [...table.offsets] });
    }
  }
  return out;
}

const MAX_OFFSET_MIN = 18 * 60;

function validEntry(entry: unknown): entry is OffsetTablesSnapshot[number] {
  if (typeof entry !== 'object' || entry === null) return false;
  const { zone, quarter, starts, offsets } = entry as Record<string, unknown>;
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
  if (!Number.isSafeInteger(quarter) || !Array.isArray(starts) || !Array.isArray(offsets)) {
    return false;
  }
  if (starts.length === 0 || starts.length !== offsets.length || starts.length > 64) return false;
  const from = quarterStart(quarter as number);
  if (starts[0] !== from - 2 * DAY) return false;
  for (let i = 0; i < starts.length; i++) {
    const at: unknown = starts[i];
    const offset: unknown = offsets[i];
    if (!Number.isSafeInteger(at) || !Number.isSafeInteger(offset)) return false;
    if (Math.abs(offset as number) > MAX_OFFSET_MIN) return false;
    if (i > 0 && (at as number) <= (starts[i - 1] as number)) return false;
  }
  return true;
}

/**
 * Adds tables an earlier session exported (tables already built here are kept). All or nothing:
 * false, and nothing added, when any entry is malformed. Only import what this same runtime
 * exported: another runtime may have other zone data.
 */
export function importOffsetTables(snapshot: unknown): boolean {
  if (!Array.isArray(snapshot) || !snapshot.every(validEntry)) return false;
  for (const entry of snapshot) {
    const cache = cacheOf(entry.zone);
    if (cache.quarters.has(entry.quarter)) continue;
    cache.quarters.set(entry.quarter, {
      from: quarterStart(entry.quarter),
      to: quarterStart(entry.quarter + 1),
      starts: [...entry.starts],
      offsets: [...entry.offsets],
    });
  }
  return true;
}
