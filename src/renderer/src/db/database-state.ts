/**
 * Whether the app may use its database: opening, open, or a problem that stops it (a newer
 * build's data, another window upgrading or deleting it, no storage, a read that failed). An
 * external store for `useSyncExternalStore`, so it is tested without React; the first problem
 * is final, as the connection is closed and must not quietly reopen.
 */
import Dexie from 'dexie';
import {
  openDatabase,
  requestPersistentStorage,
  subscribeVersionChange,
  type DatabaseProblem,
  type StorageApi,
} from './storage';

export type DatabaseState =
  { kind: 'opening' } | { kind: 'open' } | { kind: 'problem'; problem: DatabaseProblem };

/** The database's state as an external store. */
export type DatabaseStore = {
  get(): DatabaseState;
  subscribe(listener: () => void): () => void;
  /** Reports a read that failed while the app was using the data. */
  fail(error: unknown): void;
};

type Options = {
  /** The browser's storage manager (null: none); asked for persistence once the data is open. */
  storage?: StorageApi | null;
};

/** Starts opening `db` at once and follows what becomes of it. */
export function watchDatabase(db: Dexie, options: Options = {}): DatabaseStore {
  let state: DatabaseState = { kind: 'opening' };
  const listeners = new Set<() => void>();
  const set = (next: DatabaseState) => {
    if (state.kind === 'problem') return;
    state = next;
    for (const listener of listeners) listener();
  };
  const problem = (found: DatabaseProblem) => set({ kind: 'problem', problem: found });

  subscribeVersionChange(db, problem);
  void openDatabase(db).then((outcome) => {
    if (!outcome.ok) return problem(outcome);
    set({ kind: 'open' });
    // Asked once the app works; browsers that prompt do so for an app the user is using.
    void requestPersistentStorage(options.storage);
  });

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fail: (error) => problem(readProblem(error)),
  };
}

/**
 * True for an error from IndexedDB or Dexie (a read that failed), false for anything else (a
 * bug in the app is not reported as a problem with the user's data).
 */
export function isReadFailure(error: unknown): boolean {
  return error instanceof Dexie.DexieError || error instanceof DOMException;
}

/** The message for a read of the data that failed. */
function readProblem(error: unknown): DatabaseProblem {
  return {
    reason: 'unavailable',
    title: 'The planner cannot read its data',
    message: `Reading your data failed (${error instanceof Error ? error.message : String(error)}). Reload to try again; nothing has been changed.`,
    reload: true,
  };
}
