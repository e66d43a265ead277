/**
 * The database's place in the browser: opening it safely (a database a newer build upgraded is
 * refused with a clear message, never written), noticing when another window upgrades or deletes
 * it, persistent storage and how much space is used.
 */
import type Dexie from 'dexie';
import { NewerDatabaseError, SCHEMA_VERSION, installedSchemaVersion } from './schema';

/** Something that stops the app from using its data, said for a full-screen message. */
export type DatabaseProblem = {
  reason: 'newer-version' | 'changed-elsewhere' | 'deleted-elsewhere' | 'unavailable';
  title: string;
  message: string;
  /** Whether reloading the window is the way out. */
  reload: boolean;
};

export type OpenOutcome = { ok: true } | ({ ok: false } & DatabaseProblem);

/** The message for data a newer build has upgraded. */
function newerVersionProblem(installedVersion: number): DatabaseProblem {
  return {
    reason: 'newer-version',
    title: 'Your data is from a newer version of Hybrid Planner',
    message: `It was last opened by a newer version (data version ${installedVersion}; this version knows up to ${SCHEMA_VERSION}). To keep it safe, this older version will not open it. Install the latest Hybrid Planner and open it there; your data is untouched.`,
    reload: false,
  };
}

/** The message when another window upgraded (`newVersion` > 0) or deleted (null) the data. */
function versionChangeProblem(newVersion: number | null): DatabaseProblem {
  if (newVersion === null || newVersion === 0) {
    return {
      reason: 'deleted-elsewhere',
      title: 'The planner’s data was removed in another window',
      message: 'This window has stopped using it. Reload to start again.',
      reload: true,
    };
  }
  return {
    reason: 'changed-elsewhere',
    title: 'Hybrid Planner was updated in another window',
    message:
      'This window has stopped using your data so the update can finish. Reload to continue; nothing you saved is lost.',
    reload: true,
  };
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/**
 * Opens the database, or says in words why it cannot be used. A database a newer build upgraded
 * is refused by the guard in schema.ts, which every opening path runs before any read or write
 * (tests/unit/db/storage.test.ts checks it is left untouched); looking it up first with
 * `indexedDB.databases()` cost a round trip to the browser before every start for the same
 * answer. A window without IndexedDB gets Dexie's MissingAPIError, reported as unavailable.
 */
export async function openDatabase(db: Dexie): Promise<OpenOutcome> {
  try {
    await db.open();
    return { ok: true };
  } catch (error) {
    const newer = findNewerError(error);
    if (newer) return { ok: false, ...newerVersionProblem(newer.installedVersion) };
    // Older engines refuse a lower version themselves; the version on disk is then unknown.
    if (errorName(error) === 'VersionError') {
      return { ok: false, ...newerVersionProblem(SCHEMA_VERSION + 1) };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, ...unavailable(detail) };
  }
}

/** The guard's error, as thrown or as the `inner` of the error Dexie wraps it in. */
function findNewerError(error: unknown): NewerDatabaseError | null {
  if (error instanceof NewerDatabaseError) return error;
  const inner =
    typeof error === 'object' && error !== null && 'inner' in error ? error.inner : null;
  return inner instanceof NewerDatabaseError ? inner : null;
}

function unavailable(detail: string): DatabaseProblem {
  return {
    reason: 'unavailable',
    title: 'The planner cannot open its data',
    message: `This window has no working storage (${detail.slice(0, 200)}). If this is a private window, open the planner in a normal one.`,
    reload: true,
  };
}

/**
 * Calls `listener` when another window upgrades or deletes the database. The connection here is
 * closed first, without auto-reopen: the other window is not blocked, and this one can never
 * quietly reopen a database that now has a newer shape (or recreate a deleted one empty).
 */
export function subscribeVersionChange(
  db: Dexie,
  listener: (problem: DatabaseProblem) => void,
): () => void {
  const handler = (event: IDBVersionChangeEvent) => {
    db.close();
    listener(
      versionChangeProblem(
        event.newVersion === null ? null : installedSchemaVersion(event.newVersion),
      ),
    );
  };
  db.on('versionchange', handler);
  return () => db.on.versionchange.unsubscribe(handler);
}

/** Storage use and whether the browser may evict it; null where the browser does not say. */
export type StorageStatus = {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
};

/** The part of the browser's StorageManager the app uses. */
export type StorageApi = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;

function defaultStorage(): StorageApi | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

/** Asks the browser to keep the data even when space runs low; true when granted. */
export async function requestPersistentStorage(
  storage: StorageApi | null = defaultStorage(),
): Promise<boolean | null> {
  if (!storage) return null;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return null;
  }
}

/** How much space the data uses, the quota, and whether storage is persistent. */
export async function readStorageStatus(
  storage: StorageApi | null = defaultStorage(),
): Promise<StorageStatus> {
  if (!storage) return { usage: null, quota: null, persisted: null };
  const [estimate, persisted] = await Promise.all([
    storage.estimate().catch(() => null),
    storage.persisted().catch(() => null),
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}

/** "1.2 MB" for a byte count (binary units, as file managers show them). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${Math.round(value)} ${value === 1 ? 'byte' : 'bytes'}`;
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
