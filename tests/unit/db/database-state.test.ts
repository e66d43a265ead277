/**
 * The database gate's store: opening, then open (and persistence asked for), or the problem that
 * stops the app: data from a newer build, another window upgrading or deleting the database, no
 * working storage, or a read that failed while the app was in use. The first problem is final.
 * Also the sessions and time-off reads the live queries run.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { sampleWeek } from '../../../src/core/sample-week';
import { DAY } from '../../../src/core/time';
import {
  isReadFailure,
  watchDatabase,
  type DatabaseState,
  type DatabaseStore,
} from '../../../src/renderer/src/db/database-state';
import { readSessions, readTimeOff } from '../../../src/renderer/src/db/queries';
import { createDb } from '../../../src/renderer/src/db/db';
import { SCHEMA_VERSION } from '../../../src/renderer/src/db/schema';
import { fakeDeps, freshDb } from './helpers';

const sample = sampleWeek({ weekStart: '2026-11-23', now: Date.UTC(2026, 10, 24, 3, 0) });

/** Resolves with the first state that passes `test`. */
function until(store: DatabaseStore, test: (state: DatabaseState) => boolean) {
  return new Promise<DatabaseState>((resolve) => {
    const check = () => {
      const state = store.get();
      if (!test(state)) return;
      off();
      resolve(state);
    };
    const off = store.subscribe(check);
    check();
  });
}

const settled = (store: DatabaseStore) => until(store, (s) => s.kind !== 'opening');
const reason = (state: DatabaseState) =>
  state.kind === 'problem' ? state.problem.reason : state.kind;

/** A storage manager that records what it is asked; `asked` resolves at the persist request. */
function storageManager() {
  const calls: string[] = [];
  let done = () => {};
  const asked = new Promise<void>((resolve) => (done = resolve));
  return {
    calls,
    asked,
    estimate: async () => ({ usage: 0, quota: 0 }),
    persisted: async () => {
      calls.push('persisted');
      return false;
    },
    persist: async () => {
      calls.push('persist');
      done();
      return true;
    },
  };
}

describe('the database store', () => {
  it('goes from opening to open and then asks for persistent storage', async () => {
    const db = freshDb('gate');
    const storage = storageManager();
    const store = watchDatabase(db, { storage });
    expect(store.get().kind).toBe('opening');
    expect(await settled(store)).toEqual({ kind: 'open' });
    expect(db.isOpen()).toBe(true);
    await storage.asked;
    expect(storage.calls).toEqual(['persisted', 'persist']);
    db.close();
  });

  it('reports data from a newer build and never opens it', async () => {
    const db = freshDb('gate-newer');
    const newer = new Dexie(db.name, fakeDeps);
    newer.version(1).stores({ settings: 'id', clients: 'id, name' });
    newer.version(SCHEMA_VERSION + 1).stores({ invoices: 'id' });
    await newer.open();
    newer.close();
    const storage = storageManager();
    const store = watchDatabase(db, { storage });
    expect(reason(await settled(store))).toBe('newer-version');
    expect(db.isOpen()).toBe(false);
    expect(storage.calls).toEqual([]);
  });

  it('reports a window without working storage', async () => {
    // An IndexedDB that refuses every open, as a browser with storage disabled does.
    const broken = {
      open: () => {
        throw new DOMException('storage is disabled', 'InvalidStateError');
      },
    };
    const db = createDb('gate-none', { indexedDB: broken, IDBKeyRange: fakeDeps.IDBKeyRange });
    const state = await settled(watchDatabase(db, { storage: null }));
    expect(state.kind === 'problem' ? state.problem : null).toMatchObject({
      reason: 'unavailable',
      title: 'The planner cannot open its data',
      reload: true,
    });
  });

  it('reports another window upgrading the database, and stays stopped', async () => {
    const db = freshDb('gate-upgraded');
    const store = watchDatabase(db, { storage: null });
    await settled(store);
    const other = new Dexie(db.name, fakeDeps);
    other.version(1).stores({ settings: 'id' });
    other.version(SCHEMA_VERSION + 1).stores({ invoices: 'id' });
    await other.open(); // would be blocked if this window kept its connection open
    expect(reason(store.get())).toBe('changed-elsewhere');
    store.fail(new Error('a later read'));
    expect(reason(store.get())).toBe('changed-elsewhere');
    other.close();
  });

  it('reports another window deleting the database', async () => {
    const db = freshDb('gate-deleted');
    const store = watchDatabase(db, { storage: null });
    await settled(store);
    await new Dexie(db.name, fakeDeps).delete();
    expect(reason(store.get())).toBe('deleted-elsewhere');
  });

  it('reports a read that failed while the app was in use (from the gate)', async () => {
    const db = freshDb('gate-read');
    const store = watchDatabase(db, { storage: null });
    await settled(store);
    // A read that fails, as the gate's error boundary receives it from a live query.
    db.close();
    const failure: unknown = await db.sessions.toArray().catch((error: unknown) => error);
    expect(isReadFailure(failure)).toBe(true);
    store.fail(failure);
    const state = store.get();
    expect(state.kind === 'problem' ? state.problem : null).toMatchObject({
      reason: 'unavailable',
      title: 'The planner cannot read its data',
      reload: true,
    });
    if (state.kind === 'problem')
      expect(state.problem.message).toMatch(/Reading your data failed \(.*closed/i);
  });

  it("tells a failed read from a bug in the app, which is not the data's problem", () => {
    expect(isReadFailure(new DOMException('gone', 'UnknownError'))).toBe(true);
    expect(isReadFailure(new TypeError('x is undefined'))).toBe(false);
  });
});

describe('the sessions read', () => {
  it('gives every session that overlaps the range, one that starts before it included', async () => {
    const db = freshDb('sessions');
    const [first, ...others] = sample.sessions;
    if (!first) throw new Error('the sample week has no sessions');
    // Ends where the range starts: no overlap.
    const before = {
      ...first,
      id: 'before',
      start: first.start - 3_600_000,
      end: first.start + 60_000,
    };
    await db.sessions.bulkPut([first, before, ...others]);
    // The range starts inside the first session.
    const from = first.start + 60_000;
    const to = from + 3 * DAY;
    const ids = (await readSessions(db, from, to)).map((s) => s.id);
    const expected = [first, ...others].filter((s) => s.end > from && s.start < to);
    expect(ids.sort()).toEqual(expected.map((s) => s.id).sort());
    expect(ids).toContain(first.id);
    expect(ids).not.toContain('before');
    db.close();
  });

  it('reads nothing for an empty range, so it needs no transaction at all', async () => {
    const db = freshDb('sessions-empty');
    await db.sessions.bulkPut(sample.sessions);
    // A closed database refuses every read: only a read that never happens can succeed.
    db.close();
    await expect(readSessions(db, 0, 0)).resolves.toEqual([]);
    const at = sample.sessions[0]?.start ?? 0;
    await expect(readSessions(db, at, at)).resolves.toEqual([]);
    await expect(readSessions(db, at, at + DAY)).rejects.toThrow();
  });
});

describe('the time-off read', () => {
  it('gives every time off, first day first (the order the settings list shows)', async () => {
    const db = freshDb('time-off');
    const away = (id: string, startDate: string) => ({
      id,
      owner: { kind: 'worker' as const },
      startDate,
      endDate: startDate,
      label: id,
      icsUid: null,
      createdAt: 0,
      updatedAt: 0,
    });
    // Ids in the opposite order to the days, so the table's own order is not the answer.
    await db.timeOff.bulkPut([
      away('a', '2026-03-09'),
      away('b', '2026-01-05'),
      away('c', '2026-02-02'),
    ]);
    expect((await readTimeOff(db)).map((t) => t.id)).toEqual(['b', 'c', 'a']);
    db.close();
  });
});
