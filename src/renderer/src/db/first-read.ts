/**
 * The start-up read straight from IndexedDB. At start-up the main thread is busy evaluating the
 * app, and Dexie's first transaction, with its own promise machinery, then took ~200 ms on the
 * reference machine where the same read directly costs ~25 ms. This read is the only one that
 * bypasses Dexie, and it only reads: it runs when the database already exists at exactly the
 * schema version this build declares (so the stores and indexes are the ones in schema.ts), and
 * otherwise answers null and the caller reads through Dexie as everywhere else.
 */
import type { Client, Commitment, MicrotaskSession, Platform, Settings } from '../../../core/types';
import { SCHEMA_VERSION, installedSchemaVersion } from './schema';

// Kept free of the core's modules: this file also runs from its own small script (preread.ts).
const DAY = 24 * 3_600_000;

// The current week's context range lies within 16 days of now in any zone (a week start is at
// most 6 days back, its context 8 days before and 9 after, and a zone at most 14 hours away).
export const NEARBY_MS = 17 * DAY;

/** The IndexedDB globals the read uses (tests pass fake-indexeddb's). */
export type IdbDeps = { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };

/** The tables of the start-up read, as stored. */
export type BaseRows = {
  settings: Settings | null;
  clients: Client[];
  commitments: Commitment[];
  platforms: Platform[];
  /** Sessions that start in [from − 1 day, to) and end after `from`. */
  sessions: MicrotaskSession[];
};

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name);
    // Only reached if the database vanished since it was listed: never create it here.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => {
      if (open.error?.name === 'AbortError') resolve(null);
      else reject(open.error ?? new Error('IndexedDB open failed'));
    };
  });
}

/**
 * Reads the start-up tables of `name` directly, or null when the database is missing, at another
 * schema version, or the browser cannot list databases.
 */
export async function readBaseRows(
  deps: IdbDeps,
  name: string,
  sessionsFrom: number,
  sessionsTo: number,
): Promise<BaseRows | null> {
  const factory = deps.indexedDB;
  if (typeof factory.databases !== 'function') return null;
  const info = (await factory.databases()).find((d) => d.name === name);
  if (info?.version === undefined || installedSchemaVersion(info.version) !== SCHEMA_VERSION) {
    return null;
  }
  const db = await openExisting(factory, name);
  if (!db) return null;
  try {
    if (installedSchemaVersion(db.version) !== SCHEMA_VERSION) return null;
    const tx = db.transaction(['settings', 'clients', 'commitments', 'platforms', 'sessions']);
    const [settings, clients, commitments, platforms, sessions] = await Promise.all([
      request<Settings | undefined>(tx.objectStore('settings').get('settings')),
      request<Client[]>(tx.objectStore('clients').index('name').getAll()),
      request<Commitment[]>(tx.objectStore('commitments').getAll()),
      request<Platform[]>(tx.objectStore('platforms').index('name').getAll()),
      request<MicrotaskSession[]>(
        tx
          .objectStore('sessions')
          .index('start')
          .getAll(deps.IDBKeyRange.bound(sessionsFrom - DAY, sessionsTo, false, true)),
      ),
    ]);
    return {
      settings: settings ?? null,
      clients,
      commitments,
      platforms,
      sessions: sessions.filter((s) => s.end > sessionsFrom),
    };
  } finally {
    db.close();
  }
}

/** A first read under way: the rows (or null) and the instant its session range is centred on. */
export type FirstRead = Promise<{ now: number; rows: BaseRows | null }>;

let pending: { name: string; read: FirstRead } | null = null;

/**
 * Starts the first read of `name` with the sessions within 17 days of now (they cover the current
 * week's context in any zone), for `takeFirstRead` to pick up. Never rejects: a failed read is
 * null, and the caller reads through Dexie.
 */
export function startFirstRead(deps: IdbDeps, name: string): FirstRead {
  const now = Date.now();
  const read = readBaseRows(deps, name, now - NEARBY_MS, now + NEARBY_MS)
    .catch(() => null)
    .then((rows) => ({ now, rows }));
  pending = { name, read };
  return read;
}

/** The first read of `name` started earlier (once), or null. */
export function takeFirstRead(name: string): FirstRead | null {
  if (pending?.name !== name) return null;
  const taken = pending.read;
  pending = null;
  return taken;
}

/** The browser's IndexedDB, or null where there is none. */
export function browserIdb(): IdbDeps | null {
  return typeof indexedDB === 'undefined' ? null : { indexedDB, IDBKeyRange };
}
