/**
 * Keeps the core's time-zone offset tables between sessions, in localStorage. Building them asks
 * Intl for a formatter per zone, the largest part of planning the first week of a session; with
 * the tables of the last session the first plan asks Intl for nothing it has seen before. Keyed by
 * the runtime (its user agent names the browser or Electron version, whose zone data they hold),
 * and validated by the core on the way in: a stale or damaged cache is simply rebuilt.
 */
import { exportOffsetTables, importOffsetTables } from '../../core/time';

const KEY = 'hybrid-planner:offset-tables';
// A few zones over a few years of browsing; beyond this the oldest-built tables are dropped.
const MAX_TABLES = 600;

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Loads the tables saved by this runtime, if any; true when they were taken. */
export function restoreOffsetTables(
  runtime: string,
  storage: Storage | null = defaultStorage(),
): boolean {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return false;
    const saved: unknown = JSON.parse(raw);
    if (typeof saved !== 'object' || saved === null) return false;
    const { runtime: savedBy, tables } = saved as Record<string, unknown>;
    return savedBy === runtime && importOffsetTables(tables);
  } catch {
    return false;
  }
}

/** Saves every table built or loaded so far, for the next session of this runtime. */
export function saveOffsetTables(
  runtime: string,
  storage: Storage | null = defaultStorage(),
): void {
  try {
    const tables = exportOffsetTables().slice(-MAX_TABLES);
    storage?.setItem(KEY, JSON.stringify({ runtime, tables }));
  } catch {
    // Full or unavailable storage: the next session builds its tables again.
  }
}
