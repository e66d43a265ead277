/**
 * Start-up, outside React: opens the database and starts one live read of everything the first
 * week needs, as soon as it is called. Called while the rest of the JavaScript is still being
 * evaluated, IndexedDB does its work in parallel, and React's first render already has the data
 * instead of opening, then reading, then planning in a waterfall of effects and re-renders.
 */
import Dexie from 'dexie';
import { addDays, DAY, diffDays, startOfDay } from '../../../core/time';
import type { Client, Commitment, MicrotaskSession, Platform, Settings } from '../../../core/types';
import type { PlannerDb } from './db';
import {
  browserIdb,
  NEARBY_MS,
  startFirstRead,
  takeFirstRead,
  type BaseRows,
  type IdbDeps,
} from './first-read';
import {
  openDatabase,
  requestPersistentStorage,
  subscribeVersionChange,
  type DatabaseProblem,
} from './storage';

/** Accepted sessions overlapping a range, tagged with the range they were read for. */
export type SessionsResult = { from: number; to: number; list: MicrotaskSession[] };

/** Everything the planner needs before it can draw a week, read in one transaction. */
export type BaseData = {
  settings: Settings | null;
  clients: Client[];
  commitments: Commitment[];
  platforms: Platform[];
  /**
   * Sessions within 17 days of the read: the current week and the next are drawn without another
   * round trip to IndexedDB.
   */
  sessions: SessionsResult;
};

export type BootState =
  | { kind: 'opening' }
  | { kind: 'problem'; problem: DatabaseProblem }
  | { kind: 'ready'; data: BaseData };

/** The start-up state as an external store (for `useSyncExternalStore`). */
export type BootStore = {
  get(): BootState;
  subscribe(listener: () => void): () => void;
};

/** The span a week's plan reads: a week of context on each side (rest periods, streaks). */
export function weekContextRange(weekStart: string, zone: string): { from: number; to: number } {
  return {
    from: startOfDay(addDays(weekStart, -8), zone),
    to: startOfDay(addDays(weekStart, 9), zone),
  };
}

const PAGE_WEEKS = 4;
const EPOCH_MONDAY = '1970-01-05';

/**
 * The span of the week view's live session read: pages of PAGE_WEEKS weeks, each read with a
 * page's margin on either side. The shown week's and its neighbours' context ranges always lie
 * inside it, and it changes only when the user crosses into another page.
 */
export function sessionsPage(weekStart: string, zone: string): { from: number; to: number } {
  const week = Math.floor(diffDays(EPOCH_MONDAY, weekStart) / 7);
  const first = week - (((week % PAGE_WEEKS) + PAGE_WEEKS) % PAGE_WEEKS);
  return {
    from: weekContextRange(addDays(EPOCH_MONDAY, 7 * (first - PAGE_WEEKS)), zone).from,
    to: weekContextRange(addDays(EPOCH_MONDAY, 7 * (first + 2 * PAGE_WEEKS - 1)), zone).to,
  };
}

/** Accepted sessions overlapping [from, to). */
export function readSessions(db: PlannerDb, from: number, to: number): Promise<MicrotaskSession[]> {
  // Sessions are shorter than a day, so starts from a day before `from` cover every overlap.
  return db.sessions
    .where('start')
    .between(from - DAY, to)
    .filter((s) => s.end > from)
    .toArray();
}

/** The base data from the rows read, with the sessions narrowed to the current week's context. */
function toBaseData(rows: BaseRows, now: number): BaseData {
  // The sessions read cover the current week's context and the next week's, in any zone.
  return { ...rows, sessions: { from: now - NEARBY_MS, to: now + NEARBY_MS, list: rows.sessions } };
}

/**
 * Settings, clients, commitments, platforms and the sessions around the current week in one
 * transaction. The sessions are read alongside the settings (over a span that covers the week in
 * any zone) rather than after them, so the whole read is one round trip.
 */
export async function readBaseData(db: PlannerDb, now = Date.now()): Promise<BaseData> {
  const rows = await db.transaction(
    'r',
    [db.settings, db.clients, db.commitments, db.platforms, db.sessions],
    async () => {
      const [settings, clients, commitments, platforms, sessions] = await Promise.all([
        db.settings.get('settings'),
        db.clients.orderBy('name').toArray(),
        db.commitments.toArray(),
        db.platforms.orderBy('name').toArray(),
        readSessions(db, now - NEARBY_MS, now + NEARBY_MS),
      ]);
      return { settings: settings ?? null, clients, commitments, platforms, sessions };
    },
  );
  return toBaseData(rows, now);
}

/**
 * The first read, straight from IndexedDB where that is safe (see first-read.ts), else null:
 * the one preread.ts started ahead of the app's bundle, or a new one.
 */
async function readFirst(deps: IdbDeps | null, name: string): Promise<BaseData | null> {
  if (!deps) return null;
  const { now, rows } = await (takeFirstRead(name) ?? startFirstRead(deps, name));
  return rows ? toBaseData(rows, now) : null;
}

/**
 * Opens `db` and keeps the base data live: the store is 'opening', then 'ready' with data read
 * again after every committed write, or 'problem' when the data cannot be used (a newer build's
 * data, another window upgrading or deleting it, no storage). The first problem is final.
 * `deps` are the IndexedDB globals; `directRead: false` reads through Dexie only.
 */
export function startBoot(
  db: PlannerDb,
  deps: IdbDeps | null = browserIdb(),
  { directRead = true }: { directRead?: boolean } = {},
): BootStore {
  let state: BootState = { kind: 'opening' };
  const listeners = new Set<() => void>();
  const set = (next: BootState) => {
    if (state.kind === 'problem') return;
    state = next;
    for (const listener of listeners) listener();
  };
  const fail = (problem: DatabaseProblem) => set({ kind: 'problem', problem });

  subscribeVersionChange(db, fail);
  const opened = openDatabase(db, deps ? { indexedDB: deps.indexedDB } : {});
  void opened.then((outcome) => {
    if (!outcome.ok) fail(outcome);
    // Asked once the app works; browsers that prompt do so for an app the user is using.
    else void requestPersistentStorage();
  });
  // Reads through Dexie wait for the open and its check for a newer build's data.
  const throughDexie = async () => ((await opened).ok ? readBaseData(db) : null);

  // Reads that finish out of order: only the newest one's data is shown.
  let latest = 0;
  const load = async (read: () => Promise<BaseData | null>) => {
    const ticket = ++latest;
    try {
      const data = await read();
      if (data && ticket === latest) set({ kind: 'ready', data });
    } catch (error) {
      fail(readProblem(error));
    }
  };
  // Every committed write to this database (from this window or another) reads again.
  const prefix = `idb://${db.name}/`;
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some((key) => key.startsWith(prefix))) void load(throughDexie);
  });
  // The first read goes straight to IndexedDB, started at once beside the open, and is shown as
  // soon as it arrives (it only reads a database at exactly this build's schema version); where
  // it cannot run, the first data comes through Dexie once the database is open.
  void load(async () => (await readFirst(directRead ? deps : null, db.name)) ?? throughDexie());

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function readProblem(error: unknown): DatabaseProblem {
  return {
    reason: 'unavailable',
    title: 'The planner cannot read its data',
    message: `Reading your data failed (${error instanceof Error ? error.message : String(error)}). Reload to try again; nothing has been changed.`,
    reload: true,
  };
}
