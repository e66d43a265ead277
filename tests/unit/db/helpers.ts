/**
 * Shared helpers for database tests: a fresh fake-indexeddb database per test, full table dumps
 * to compare before and after, and seeding without the app's validation.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { BackupData } from '../../../src/core/backup';
import { allTables } from '../../../src/renderer/src/db/backup-io';
import { createDb, type PlannerDb } from '../../../src/renderer/src/db/db';

let counter = 0;

/** A new, empty database with a name no other test uses. */
export function freshDb(prefix = 'test'): PlannerDb {
  counter++;
  return createDb(`${prefix}-${counter}-${Math.random().toString(36).slice(2)}`, {
    indexedDB,
    IDBKeyRange,
  });
}

/** The stores exactly as schema version 1 declared them (copied, never imported). */
export const V1_STORES = {
  settings: 'id',
  clients: 'id, name',
  commitments: 'id, clientId, icsUid',
  platforms: 'id, name',
  sessions: 'id, platformId, start',
};

/** Options for opening a raw Dexie on the same fake IndexedDB. */
export const fakeDeps = { indexedDB, IDBKeyRange };

const byId = <T extends { id: string }>(rows: T[]): T[] =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Every table, sorted by id: two dumps are equal exactly when the databases hold the same data. */
export async function dump(db: PlannerDb): Promise<BackupData> {
  return {
    settings: (await db.settings.get('settings')) ?? null,
    clients: byId(await db.clients.toArray()),
    commitments: byId(await db.commitments.toArray()),
    platforms: byId(await db.platforms.toArray()),
    sessions: byId(await db.sessions.toArray()),
    timeOff: byId(await db.timeOff.toArray()),
    workRecords: byId(await db.workRecords.toArray()),
  };
}

/** The same data with each table sorted by id (to compare with a dump). */
export function sorted(data: BackupData): BackupData {
  return {
    settings: data.settings,
    clients: byId(data.clients),
    commitments: byId(data.commitments),
    platforms: byId(data.platforms),
    sessions: byId(data.sessions),
    timeOff: byId(data.timeOff),
    workRecords: byId(data.workRecords),
  };
}

/** Writes `data` as it is, in one transaction (test setup, not an app write path). */
export async function seed(db: PlannerDb, data: BackupData): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    if (data.settings) await db.settings.put(data.settings);
    await db.clients.bulkPut(data.clients);
    await db.commitments.bulkPut(data.commitments);
    await db.platforms.bulkPut(data.platforms);
    await db.sessions.bulkPut(data.sessions);
    await db.timeOff.bulkPut(data.timeOff);
    await db.workRecords.bulkPut(data.workRecords);
  });
}
