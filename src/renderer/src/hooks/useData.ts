/**
 * Named live queries over the database. `undefined` means still loading; every hook re-renders
 * when its tables change.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, dayOf, startOfDay, startOfWeek } from '../../../core/time';
import type { Client, Commitment, MicrotaskSession, Platform, Settings } from '../../../core/types';
import { db } from '../db/instance';

/** The settings, `null` before the first run is finished. */
export function useSettings(): Settings | null | undefined {
  return useLiveQuery(async () => (await db.settings.get('settings')) ?? null, []);
}

/** All clients, archived included, by name. */
export function useClients(): Client[] | undefined {
  return useLiveQuery(() => db.clients.orderBy('name').toArray(), []);
}

/** All commitments. */
export function useCommitments(): Commitment[] | undefined {
  return useLiveQuery(() => db.commitments.toArray(), []);
}

/** All platforms, by name. */
export function usePlatforms(): Platform[] | undefined {
  return useLiveQuery(() => db.platforms.orderBy('name').toArray(), []);
}

/** Accepted sessions overlapping a range, tagged with the range they were read for. */
export type SessionsResult = { from: number; to: number; list: MicrotaskSession[] };

/**
 * Accepted sessions that overlap [from, to). While a new range loads, the previous result is
 * kept (Dexie's hook remembers it), so compare `from`/`to` to know whether it is current.
 */
export function useSessions(from: number, to: number): SessionsResult | undefined {
  return useLiveQuery(async () => ({ from, to, list: await readSessions(from, to) }), [from, to]);
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

/** Everything the planner needs before it can draw a week, read in one transaction. */
export type BaseData = {
  settings: Settings | null;
  clients: Client[];
  commitments: Commitment[];
  platforms: Platform[];
  /** Sessions around the current week, so the first week is drawn without a second round trip. */
  sessions: SessionsResult | null;
};

/** The span a week's plan reads: a week of context on each side (rest periods, streaks). */
export function weekContextRange(weekStart: string, zone: string): { from: number; to: number } {
  return {
    from: startOfDay(addDays(weekStart, -8), zone),
    to: startOfDay(addDays(weekStart, 9), zone),
  };
}

function readSessions(from: number, to: number): Promise<MicrotaskSession[]> {
  // Sessions are shorter than a day, so starts from a day before `from` cover every overlap.
  return db.sessions
    .where('start')
    .between(from - 24 * 3_600_000, to)
    .filter((s) => s.end > from)
    .toArray();
}

/**
 * Settings, clients, commitments and platforms in one live query: one IndexedDB round trip and
 * one render at start-up instead of a waterfall of separate queries.
 */
export function useBaseData(): BaseData | undefined {
  return useLiveQuery(
    () =>
      db.transaction(
        'r',
        [db.settings, db.clients, db.commitments, db.platforms, db.sessions],
        async () => {
          const settingsRead = db.settings.get('settings');
          const [settings, clients, commitments, platforms] = await Promise.all([
            settingsRead,
            db.clients.orderBy('name').toArray(),
            db.commitments.toArray(),
            db.platforms.orderBy('name').toArray(),
          ]);
          let sessions: SessionsResult | null = null;
          if (settings) {
            const zone = settings.homeZone;
            const week = startOfWeek(dayOf(Date.now(), zone), settings.weekStart);
            const { from, to } = weekContextRange(week, zone);
            sessions = { from, to, list: await readSessions(from, to) };
          }
          return { settings: settings ?? null, clients, commitments, platforms, sessions };
        },
      ),
    [],
  );
}
