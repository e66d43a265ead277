/**
 * The writes of a sync, shared by its round loop (sync-run.ts) and the bulk first publish
 * (bulk-publish.ts): what both need of the engine, one PUT or DELETE read as an outcome, the
 * loop that runs a list of them a few at a time and folds each outcome into the records as it
 * lands, and the listing taken after the app's own writes.
 */
import { applyOutcome, type ActionOutcome, type SyncAction } from '../../core/sync/planner';
import type { SyncRecord } from '../../core/sync/sync-state';
import {
  deleteOne,
  listCollection,
  putObject,
  urlOf,
  type DavConnection,
  type ListingCache,
} from './caldav';
import { statusError } from './http';
import type { StoredSync } from './sync-store';

/** Parallel writes in any list of them: fast on a good server, gentle on a small one. */
const CONCURRENCY = 6;
/** Progress is reported after this many writes (and after the last). */
const PROGRESS_EVERY = 50;

/** What a sync's writes need of the engine: the calendar, its state and how to keep it. */
export type SyncDeps = {
  conn: DavConnection;
  calendarUrl: string;
  useSyncCollection: boolean;
  state: () => StoredSync;
  /** Replaces the records / listing and persists them (awaited before requests go out). */
  save: (patch: Partial<StoredSync>) => Promise<void>;
  progress: (done: number, total: number) => void;
};

async function runAction(
  conn: DavConnection,
  base: string,
  action: SyncAction,
): Promise<ActionOutcome> {
  const url = urlOf(action.href, base);
  if (action.type === 'put') {
    const res = await putObject(conn, url, action.ics, action.ifMatch);
    if (res.status >= 200 && res.status < 300) return { ok: true, etag: res.etag };
    if (res.status === 412) return { ok: false, status: 412 };
    if (res.status === 404 || res.status === 409) throw statusError(404, 'save an event');
    throw statusError(res.status, 'save events');
  }
  const status = await deleteOne(conn, url, action.ifMatch);
  if (status >= 200 && status < 300) return { ok: true, etag: null };
  if (status === 412 || status === 404) return { ok: false, status };
  throw statusError(status, 'delete events');
}

/** How a list of writes reports: progress from `done` of `total`, each outcome to `onDone`. */
export type WritesOptions = {
  /** Done before this list (the progress starts there); 0 unless given. */
  done?: number;
  /** Of how many (the progress ends there); `done` plus the list's length unless given. */
  total?: number;
  onDone?: (action: SyncAction, outcome: ActionOutcome) => void;
};

/**
 * Runs `actions` a few at a time, reporting progress as they land; stops at the first thrown
 * error after the running ones end. The records with every outcome folded in are saved and
 * returned.
 */
export async function runWrites(
  deps: SyncDeps,
  actions: SyncAction[],
  records: SyncRecord[],
  options: WritesOptions = {},
): Promise<SyncRecord[]> {
  let done = options.done ?? 0;
  const total = options.total ?? done + actions.length;
  deps.progress(done, total);
  let next = 0;
  let current = records;
  let failure: unknown = null;
  const worker = async (): Promise<void> => {
    while (failure === null && next < actions.length) {
      const action = actions[next++];
      if (!action) return;
      try {
        const outcome = await runAction(deps.conn, deps.calendarUrl, action);
        current = applyOutcome(current, action, outcome);
        options.onDone?.(action, outcome);
        done += 1;
        if (done % PROGRESS_EVERY === 0 || done === total) deps.progress(done, total);
      } catch (error) {
        // The request may or may not have landed: the record says "unknown" until a listing shows it.
        current = applyOutcome(current, action, { ok: false, status: 0 });
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, actions.length) }, worker));
  await deps.save({ records: current });
  if (failure !== null) throw failure;
  return current;
}

/**
 * Lists the calendar again after the app's own writes (which moved its sync token / ctag), starting
 * from the etags those writes returned, and keeps the listing so the next idle sync is one request.
 */
export async function relistAfterWrites(
  deps: SyncDeps,
  listing: ListingCache,
  etags: Record<string, string>,
): Promise<void> {
  const after = await listCollection(
    deps.conn,
    deps.calendarUrl,
    { ...listing, etags },
    deps.useSyncCollection,
  );
  await deps.save({ listing: after });
}
