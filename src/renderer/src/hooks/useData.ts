/**
 * Named live queries over the database, used where the data is used. `undefined` means still
 * loading; each hook re-renders when the tables or ranges it read change (Dexie's live queries),
 * and its result keeps its identity until then.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type {
  CalendarDay,
  Client,
  Commitment,
  Platform,
  Settings,
  TimeOff,
} from '../../../core/types';
import { db } from '../db/instance';
import { readSessions, readTimeOff } from '../db/queries';
import {
  sessionsWithin,
  startupSessionsRange,
  weekSessionsRange,
  type SessionsResult,
} from './week-range';

/** The settings, `null` before the first run is finished. */
export function useSettings(): Settings | null | undefined {
  return useLiveQuery(async () => (await db.settings.get('settings')) ?? null, []);
}

/** Everything the planner needs besides sessions. */
export type BaseData = {
  settings: Settings | null;
  clients: Client[];
  commitments: Commitment[];
  platforms: Platform[];
  /** Every time off, first day first (as readTimeOff orders it). */
  timeOff: TimeOff[];
};

/**
 * Settings, clients, commitments, platforms and time off, read in one transaction (one round
 * trip at start-up: the week is planned in the render that receives it, where reading time off
 * in a query of its own cost a render, a frame and a second round trip), and again when any of
 * the five tables changes.
 */
export function useBaseData(): BaseData | undefined {
  const tables = [db.settings, db.clients, db.commitments, db.platforms, db.timeOff];
  return useLiveQuery(
    () =>
      db.transaction('r', tables, async () => {
        const [settings, clients, commitments, platforms, timeOff] = await Promise.all([
          db.settings.get('settings'),
          db.clients.orderBy('name').toArray(),
          db.commitments.toArray(),
          db.platforms.orderBy('name').toArray(),
          readTimeOff(db),
        ]);
        return { settings: settings ?? null, clients, commitments, platforms, timeOff };
      }),
    [],
  );
}

/**
 * Accepted sessions that overlap [from, to), tagged with the range. While a new range loads,
 * the previous result is kept: compare `from`/`to` to know what it covers. An empty range
 * (`to <= from`) overlaps nothing and reads nothing.
 */
export function useSessions(from: number, to: number): SessionsResult | undefined {
  return useLiveQuery(
    async () => ({ from, to, list: await readSessions(db, from, to) }),
    [from, to],
  );
}

/**
 * The sessions around the moment the planner opened (see startupSessionsRange), read beside the
 * base data so the first week has them as soon as it has its settings.
 */
export function useStartupSessions(): SessionsResult | undefined {
  const [opened] = useState(() => Date.now());
  const { start, end } = startupSessionsRange(opened);
  return useSessions(start, end);
}

/**
 * As useSessions, but taken from `read` (a wider read already under way, e.g. useStartupSessions)
 * while it covers [from, to), so the table is not read twice; read for the range itself once it
 * does not (an app left open for days). Undefined while `read` loads.
 */
export function useSessionsWithin(
  read: SessionsResult | undefined,
  from: number,
  to: number,
): SessionsResult | undefined {
  const within = useMemo(() => {
    const list = sessionsWithin(read, from, to);
    return list && { from, to, list };
  }, [read, from, to]);
  const covered = within !== undefined;
  const own = useLiveQuery(
    async () =>
      read === undefined || covered ? null : { from, to, list: await readSessions(db, from, to) },
    [read === undefined, covered, from, to],
  );
  return within ?? own ?? undefined;
}

/** The sessions the week view at `weekStart` reads (see week-range.ts). */
export function useWeekSessions(
  weekStart: CalendarDay,
  settings: Settings,
): SessionsResult | undefined {
  const { start, end } = weekSessionsRange(weekStart, settings);
  return useSessions(start, end);
}

/** Number of accepted sessions per platform id. */
export function useSessionCounts(): Map<string, number> | undefined {
  return useLiveQuery(async () => {
    const counts = new Map<string, number>();
    await db.sessions.each((s) => {
      counts.set(s.platformId, (counts.get(s.platformId) ?? 0) + 1);
    });
    return counts;
  }, []);
}
