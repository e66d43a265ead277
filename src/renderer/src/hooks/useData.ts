/**
 * Named live queries over the database. `undefined` means still loading; every hook re-renders
 * when its tables change.
 */
import { liveQuery } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Client, Commitment, Platform, Settings } from '../../../core/types';
import { readSessions, type SessionsResult } from '../db/boot';
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

/**
 * Accepted sessions that overlap [from, to), live. While a new range loads, the previous result
 * is kept, so compare `from`/`to` to know whether it is current. Until `enabled` nothing is
 * subscribed or read (the result is undefined): the first picture of the week needs no Dexie
 * work beyond the start-up read.
 */
export function useSessions(from: number, to: number, enabled = true): SessionsResult | undefined {
  const [result, setResult] = useState<SessionsResult | undefined>(undefined);
  useEffect(() => {
    if (!enabled) return;
    const subscription = liveQuery(() => readSessions(db, from, to)).subscribe({
      next: (list) => setResult({ from, to, list }),
      error: (error: unknown) => console.error('Sessions could not be read:', error),
    });
    return () => subscription.unsubscribe();
  }, [from, to, enabled]);
  return result;
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
