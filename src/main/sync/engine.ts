/**
 * The sync engine of the desktop shell: connect and disconnect an account, keep the worker's
 * calendar choices, take the window's desired set (publish requests coalesce behind a short
 * debounce), run syncs one at a time, back off while the server cannot be reached, and report
 * status and incoming edits. State survives restarts (sync-store.ts), so work queued before a
 * quit goes out at the next start.
 */
import type {
  IncomingChange,
  PublishedItem,
  SyncBridge,
  SyncStatus,
} from '../../core/bridge/sync-contract';
import { acknowledge, choose, settleAcknowledged, waitingIncoming } from '../../core/sync/planner';
import { contentHash } from '../../core/sync/sync-state';
import { createAccountStore } from './account-store';
import { createCalendar, discover, type DavConnection } from './caldav';
import { davConnection, MAX_RESPONSE_BYTES } from './connection';
import { retriesByItself, SyncError } from './http';
import { createBusyReader } from './busy';
import { buildStatus, createPendingCounter } from './engine-status';
import { runSync } from './sync-run';
import { createSyncWriter, emptySync, readSync, type StoredSync } from './sync-store';
import { join } from 'node:path';

export type SyncEngineDeps = {
  /** userData: sync-state.json and sync-secret.bin live here. */
  dir: string;
  now: () => number;
  emitStatus: (status: SyncStatus) => void;
  emitIncoming: (changes: IncomingChange[]) => void;
  emitBusyChanged: (at: number) => void;
  fetchImpl?: typeof fetch;
  /** Publish requests within this many ms become one sync. */
  debounceMs?: number;
  timeoutMs?: number;
  maxResponseBytes?: number;
  log?: (message: string) => void;
  /** The worker's zone for all-day and floating busy events (default: the system's). */
  homeZone?: string;
};

/**
 * What main's handlers call: the bridge's requests (typed from the one contract), with status read
 * synchronously and the bridge's listeners replaced by the emit callbacks in the deps.
 */
export type SyncEngine = Omit<
  SyncBridge,
  'status' | 'onStatus' | 'onIncoming' | 'onBusyChanged'
> & {
  status(): SyncStatus;
  /** Sends incoming changes the window has not answered yet (after it reloads). */
  resendIncoming(): void;
  /** Stops timers; an unfinished sync finishes at the next start. */
  dispose(): void;
};

/** Publish requests this close together become one sync (the window debounces typing too). */
export const DEBOUNCE_MS = 800;
const BACKOFF_MIN_MS = 5_000;
const BACKOFF_MAX_MS = 10 * 60_000;

function hashAll(items: readonly PublishedItem[] | null): Map<string, string> {
  return new Map((items ?? []).map((item) => [item.uid, contentHash(item.ics)]));
}

/** Creates the engine and reads its saved state. */
export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const statePath = join(deps.dir, 'sync-state.json');
  const secrets = createAccountStore(join(deps.dir, 'sync-secret.bin'));
  const write = createSyncWriter(statePath);
  let state: StoredSync = readSync(statePath);
  // Hashing every desired item on every sync and status would dominate an idle sync of a big plan.
  let hashes = hashAll(state.desired);
  let running: Promise<void> | null = null;
  let again = false;
  let error: SyncError | null = null;
  let failures = 0;
  let nextRetryAt: number | null = null;
  let progress: { done: number; total: number } | null = null;
  let debounce: ReturnType<typeof setTimeout> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;
  let generation = 0;
  const log = deps.log ?? (() => undefined);

  const save = async (patch: Partial<StoredSync>): Promise<void> => {
    state = { ...state, ...patch };
    await write(state);
  };

  const connection = (serverUrl: string, username: string, password: string): DavConnection =>
    davConnection({
      serverUrl,
      username,
      password,
      fetchImpl: deps.fetchImpl,
      timeoutMs: deps.timeoutMs ?? 30_000,
      maxBytes: deps.maxResponseBytes ?? MAX_RESPONSE_BYTES,
    });

  function savedConnection(): DavConnection | null {
    const password = secrets.load();
    if (!state.account || password === null) return null;
    return connection(state.account.serverUrl, state.account.username, password);
  }

  const countPending = createPendingCounter();
  const pending = (): number => countPending(state, hashes);

  const status = (): SyncStatus =>
    buildStatus(state, {
      running: running !== null,
      error,
      progress,
      nextRetryAt,
      pending: pending(),
      busyProblems: busy.problems(),
    });

  const emit = (): void => {
    if (!disposed) deps.emitStatus(status());
  };

  function scheduleRetry(): void {
    failures += 1;
    const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** (failures - 1));
    nextRetryAt = deps.now() + delay;
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void sync();
    }, delay);
  }

  async function once(): Promise<void> {
    const conn = savedConnection();
    const url = state.config.publishTo;
    if (!state.account || !url || state.desired === null) return;
    if (!conn) {
      // The keyring was reset or the file removed: say so instead of silently doing nothing.
      throw new SyncError('auth', 'The saved app password can no longer be read. Connect again.');
    }
    const calendar = state.calendars.find((c) => c.url === url);
    // A disconnect or a new target during this run makes its later writes stale: drop them.
    const gen = generation;
    const result = await runSync({
      conn,
      calendarUrl: url,
      useSyncCollection: calendar?.syncCollection ?? false,
      state: () => state,
      save: (patch) => (gen === generation ? save(patch) : Promise.resolve()),
      hashes: () => hashes,
      progress: (done, total) => {
        progress = total > 20 ? { done, total } : null;
        emit();
      },
    });
    const did = result.created + result.updated + result.deleted + result.incoming.length;
    if (did > 0 || !state.lastSync) {
      await save({
        lastSync: {
          at: deps.now(),
          created: result.created,
          updated: result.updated,
          deleted: result.deleted,
          received: result.incoming.length,
        },
      });
    }
    if (result.incoming.length > 0) deps.emitIncoming(result.incoming);
    if (result.unreadable.length > 0) {
      log(`sync: ${result.unreadable.length} unreadable objects left alone`);
    }
  }

  /** Runs a sync now, or once more after the running one. Resolves when no sync is due. */
  async function sync(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      emit();
      do {
        again = false;
        try {
          await once();
          error = null;
          failures = 0;
          nextRetryAt = null;
        } catch (caught) {
          error =
            caught instanceof SyncError
              ? caught
              : new SyncError(
                  'server',
                  'Sync stopped on an unexpected problem; the app will try again.',
                );
          log(`sync: ${caught instanceof Error ? caught.message : String(caught)}`);
          if (retriesByItself(error) && !disposed) scheduleRetry();
          again = false;
        }
      } while (again && !disposed);
      progress = null;
    })();
    try {
      await running;
    } finally {
      running = null;
      emit();
    }
  }

  function debounced(): void {
    if (debounce) clearTimeout(debounce);
    debounce = setTimeout(() => {
      debounce = null;
      void sync();
    }, deps.debounceMs ?? DEBOUNCE_MS);
  }

  const busy = createBusyReader({
    state: () => state,
    connection: savedConnection,
    now: deps.now,
    homeZone: deps.homeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    fetchImpl: deps.fetchImpl,
    timeoutMs: deps.timeoutMs ?? 30_000,
    maxBytes: deps.maxResponseBytes ?? MAX_RESPONSE_BYTES,
  });
  // A calendar that starts or stops failing shows in the status at once.
  let problemsShown = JSON.stringify(busy.problems());
  const emitIfProblemsChanged = (): void => {
    const now = JSON.stringify(busy.problems());
    if (now === problemsShown) return;
    problemsShown = now;
    emit();
  };
  // Subscriptions refresh on their schedule; the window asks for busy time again on a change.
  const busyTimer = setInterval(() => {
    void busy.refresh().then((changed) => {
      emitIfProblemsChanged();
      if (changed && !disposed) deps.emitBusyChanged(deps.now());
    });
  }, 60_000);

  // A queue left by the last run goes out now.
  if (state.account && state.config.publishTo && state.desired !== null) debounced();

  return {
    status,
    async connect(input) {
      const conn = connection(input.serverUrl, input.username, input.password);
      try {
        const found = await discover(conn);
        await secrets.save(input.password);
        const same =
          state.account?.serverUrl === input.serverUrl && state.account.username === input.username;
        await save({
          ...(same ? state : emptySync()),
          account: { serverUrl: input.serverUrl, username: input.username },
          homeUrl: found.homeUrl,
          calendars: found.calendars,
        });
        error = null;
        emit();
        return { ok: true, status: status() };
      } catch (caught) {
        const message =
          caught instanceof SyncError ? caught.message : 'The server could not be reached.';
        return { ok: false, error: message };
      }
    },
    async disconnect() {
      generation += 1;
      await secrets.remove();
      await save(emptySync());
      error = null;
      emit();
      return status();
    },
    async configure(input) {
      const conn = savedConnection();
      let publishTo: string | null = null;
      const target = input.publishTo;
      if (target && 'url' in target) publishTo = target.url;
      // The window offers only writable calendars; a stale one would fail on every PUT.
      const readOnly = state.calendars.find((c) => c.url === publishTo && !c.writable);
      if (readOnly) {
        error = new SyncError(
          'forbidden',
          `“${readOnly.displayName}” is read-only for this account; the plan cannot be published there.`,
        );
        emit();
        return status();
      }
      const current = state.calendars.find((c) => c.url === state.config.publishTo);
      // Asking again for the calendar the app already made (the same name) keeps that one.
      if (target && 'create' in target && current?.displayName === target.create) {
        publishTo = current.url;
      } else if (target && 'create' in target) {
        try {
          if (!conn || !state.homeUrl) throw new SyncError('auth', 'Connect an account first.');
          const url = await createCalendar(conn, state.homeUrl, target.create);
          publishTo = url;
          const created = {
            url,
            displayName: target.create,
            color: null,
            writable: true,
            syncCollection: false,
          };
          const found = await discover(conn).then(
            (d) => d.calendars,
            () => [created],
          );
          await save({
            calendars: found.some((c) => c.url === url) ? found : [...found, created],
            ownCalendar: url,
          });
        } catch (caught) {
          error =
            caught instanceof SyncError
              ? caught
              : new SyncError('server', 'The calendar could not be created.');
          emit();
          return status();
        }
      }
      // The app never reads its own calendar back as someone else's busy time.
      const busyCalendars = input.busyCalendars.filter((c) => c.url !== publishTo);
      const moved = publishTo !== state.config.publishTo;
      if (moved) generation += 1;
      await save({
        config: { publishTo, busyCalendars, subscriptions: input.subscriptions },
        ...(moved ? { records: [], listing: { syncToken: null, ctag: null, etags: {} } } : {}),
      });
      emit();
      if (publishTo && state.desired !== null) debounced();
      deps.emitBusyChanged(deps.now());
      return status();
    },
    async publish(request) {
      hashes = hashAll(request.items);
      await save({
        desired: request.items,
        since: request.since ?? null,
        records: settleAcknowledged(state.records),
      });
      debounced();
      emit();
      return { pending: pending() };
    },
    async syncNow() {
      if (debounce) clearTimeout(debounce);
      debounce = null;
      await sync();
      return status();
    },
    async resolve(choice) {
      await save({ records: choose(state.records, choice.uid, choice.keep) });
      await sync();
      return status();
    },
    async busy(request) {
      const events = await busy.read(request);
      emitIfProblemsChanged();
      return events;
    },
    async applied(uids) {
      await save({ records: acknowledge(state.records, uids) });
    },
    resendIncoming() {
      const waiting = waitingIncoming(state.records);
      if (waiting.length > 0) deps.emitIncoming(waiting);
    },
    dispose() {
      disposed = true;
      if (debounce) clearTimeout(debounce);
      if (retryTimer) clearTimeout(retryTimer);
      clearInterval(busyTimer);
    },
  };
}
