/**
 * Named live queries over the database. `undefined` means still loading; every hook re-renders
 * when its tables change.
 */
import { useLiveQuery } from 'dexie-react-hooks';
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

/** Accepted sessions that overlap [from, to). */
export function useSessions(from: number, to: number): MicrotaskSession[] | undefined {
  return useLiveQuery(
    () =>
      db.sessions
        .where('start')
        .between(from - 24 * 3_600_000, to)
        .filter((s) => s.end > from)
        .toArray(),
    [from, to],
  );
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
