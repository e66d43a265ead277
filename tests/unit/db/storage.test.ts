import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../../src/renderer/src/db/db';
import { SCHEMA_VERSION } from '../../../src/renderer/src/db/schema';
import {
  formatBytes,
  openDatabase,
  readStorageStatus,
  requestPersistentStorage,
  subscribeVersionChange,
  type DatabaseProblem,
} from '../../../src/renderer/src/db/storage';
import { V1_STORES, fakeDeps } from './helpers';

let counter = 0;
const uniqueName = (prefix: string) =>
  `${prefix}-${++counter}-${Math.random().toString(36).slice(2)}`;

/** A database as a future build (the next schema version, with a new table and index) leaves it. */
async function writeNewerDatabase(name: string): Promise<void> {
  const newer = new Dexie(name, fakeDeps);
  newer.version(1).stores(V1_STORES);
  newer.version(SCHEMA_VERSION + 1).stores({ clients: 'id, name, zone', invoices: 'id, clientId' });
  await newer.table('clients').put({ id: 'c1', name: 'From the future', zone: 'UTC', tier: 3 });
  await newer.table('invoices').put({ id: 'i1', clientId: 'c1' });
  newer.close();
}

async function readNewerDatabase(name: string) {
  const newer = new Dexie(name, fakeDeps);
  newer.version(1).stores(V1_STORES);
  newer.version(SCHEMA_VERSION + 1).stores({ clients: 'id, name, zone', invoices: 'id, clientId' });
  const result = {
    version: (await newer.open()).verno,
    clients: await newer.table('clients').toArray(),
    invoices: await newer.table('invoices').toArray(),
  };
  newer.close();
  return result;
}

describe('a database upgraded by a newer build', () => {
  it('gives a clear full-screen message and leaves the data untouched', async () => {
    const name = uniqueName('newer');
    await writeNewerDatabase(name);
    const outcome = await openDatabase(createDb(name, fakeDeps));
    expect(outcome).toMatchObject({
      ok: false,
      reason: 'newer-version',
      title: 'Your data is from a newer version of Hybrid Planner',
      reload: false,
    });
    if (!outcome.ok) {
      expect(outcome.message).toContain(
        `data version ${SCHEMA_VERSION + 1}; this version knows up to ${SCHEMA_VERSION}`,
      );
    }
    expect(await readNewerDatabase(name)).toEqual({
      version: SCHEMA_VERSION + 1,
      clients: [{ id: 'c1', name: 'From the future', zone: 'UTC', tier: 3 }],
      invoices: [{ id: 'i1', clientId: 'c1' }],
    });
  });

  it('is refused on any other opening path too (a query that auto-opens)', async () => {
    const name = uniqueName('newer-auto');
    await writeNewerDatabase(name);
    const db = createDb(name, fakeDeps);
    await expect(db.clients.toArray()).rejects.toThrow(/newer version of Hybrid Planner/);
    await expect(db.settings.get('settings')).rejects.toThrow(/newer version of Hybrid Planner/);
    expect((await readNewerDatabase(name)).clients).toHaveLength(1);
  });

  it('is recognised from the guard when the browser cannot list databases', async () => {
    const name = uniqueName('newer-nolist');
    await writeNewerDatabase(name);
    const factory = fakeDeps.indexedDB;
    // A factory without databases() (older engines): only the guard in schema.ts can tell.
    const withoutList = {
      open: factory.open.bind(factory),
      deleteDatabase: factory.deleteDatabase.bind(factory),
      cmp: factory.cmp.bind(factory),
    };
    const db = createDb(name, { indexedDB: withoutList, IDBKeyRange: fakeDeps.IDBKeyRange });
    const outcome = await openDatabase(db);
    expect(outcome).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(db.isOpen()).toBe(false);
  });

  it('opens this build’s own version normally', async () => {
    const db = createDb(uniqueName('same'), fakeDeps);
    expect(await openDatabase(db)).toEqual({ ok: true });
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
  });
});

describe('another window upgrades or deletes the database', () => {
  it('closes this connection for good and tells the UI to reload', async () => {
    const name = uniqueName('vc');
    const db = createDb(name, fakeDeps);
    await db.open();
    const seen: DatabaseProblem[] = [];
    const off = subscribeVersionChange(db, (problem) => seen.push(problem));

    const other = new Dexie(name, fakeDeps);
    other.version(1).stores(V1_STORES);
    other.version(SCHEMA_VERSION + 1).stores({ invoices: 'id' });
    await other.open(); // would be blocked if this window kept its connection open
    expect(seen).toEqual([expect.objectContaining({ reason: 'changed-elsewhere', reload: true })]);
    expect(db.isOpen()).toBe(false);
    // No quiet reopen of a database that now has a newer shape.
    await expect(db.clients.toArray()).rejects.toThrow();
    other.close();
    off();
  });

  it('reports a deletion as such', async () => {
    const name = uniqueName('vc-delete');
    const db = createDb(name, fakeDeps);
    await db.open();
    const seen: DatabaseProblem[] = [];
    subscribeVersionChange(db, (problem) => seen.push(problem));
    await new Dexie(name, fakeDeps).delete();
    expect(seen.map((p) => p.reason)).toEqual(['deleted-elsewhere']);
  });

  it('stops listening when unsubscribed', async () => {
    const name = uniqueName('vc-off');
    const db = createDb(name, fakeDeps);
    await db.open();
    const seen: DatabaseProblem[] = [];
    subscribeVersionChange(db, (problem) => seen.push(problem))();
    await new Dexie(name, fakeDeps).delete();
    expect(seen).toEqual([]);
  });
});

describe('storage', () => {
  const manager = (persisted: boolean, grant: boolean) => ({
    calls: [] as string[],
    async estimate() {
      return { usage: 1_572_864, quota: 10 * 1024 ** 3 };
    },
    async persisted() {
      this.calls.push('persisted');
      return persisted;
    },
    async persist() {
      this.calls.push('persist');
      return grant;
    },
  });

  it('asks for persistence only when not already granted', async () => {
    const granted = manager(true, false);
    expect(await requestPersistentStorage(granted)).toBe(true);
    expect(granted.calls).toEqual(['persisted']);
    const asked = manager(false, true);
    expect(await requestPersistentStorage(asked)).toBe(true);
    expect(asked.calls).toEqual(['persisted', 'persist']);
    expect(await requestPersistentStorage(manager(false, false))).toBe(false);
    expect(await requestPersistentStorage(null)).toBeNull();
  });

  it('reads usage, quota and persistence, and formats sizes', async () => {
    expect(await readStorageStatus(manager(true, true))).toEqual({
      usage: 1_572_864,
      quota: 10 * 1024 ** 3,
      persisted: true,
    });
    expect(await readStorageStatus(null)).toEqual({ usage: null, quota: null, persisted: null });
    expect([0, 1, 900, 1536, 1_572_864, 10 * 1024 ** 3].map(formatBytes)).toEqual([
      '0 bytes',
      '1 byte',
      '900 bytes',
      '1.5 KB',
      '1.5 MB',
      '10 GB',
    ]);
  });
});
