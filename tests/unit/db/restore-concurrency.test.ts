/**
 * Restores that other windows and wrong clocks cannot spoil: a merge planned and written in one
 * transaction keeps an edit made meanwhile, a record stamped in the far future cannot win every
 * later merge, and Replace keeps a safety copy of what it removes.
 */
import type { DBCore, DBCoreTable } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseBackup, planRestore, type BackupData } from '../../../src/core/backup';
import type { DailyBackupRequest } from '../../../src/core/bridge/contract';
import type { Client } from '../../../src/core/types';
import {
  maybeWriteDailyBackup,
  restoreBackup,
  writeSafetyBackup,
} from '../../../src/renderer/src/db/backup-io';
import { createDb, type PlannerDb } from '../../../src/renderer/src/db/db';
import { SCHEMA_VERSION } from '../../../src/renderer/src/db/schema';
import { clientArb } from '../arbitraries';
import { dump, fakeDeps, freshDb, seed } from './helpers';

const NOW = Date.UTC(2026, 10, 23, 2);
const HOUR = 60 * 60 * 1000;
const YEAR_2200 = Date.UTC(2199, 11, 31);
/** A file made half an hour before the restore. */
const AT_NOW = { now: NOW, exportedAt: NOW - HOUR / 2 };

function sampleClient(seedValue: number, updatedAt: number): Client {
  const [client] = fc.sample(clientArb, { numRuns: 1, seed: seedValue });
  if (!client) throw new Error('no sample');
  return { ...client, id: 'client-1', name: 'Stored', createdAt: 0, updatedAt };
}

function only(clients: Client[]): BackupData {
  return {
    settings: null,
    clients,
    commitments: [],
    platforms: [],
    sessions: [],
    timeOff: [],
    workRecords: [],
  };
}

/**
 * A database where another window (a second connection) saves `edit` the moment this one next
 * reads its clients once armed: the worst moment for a restore that plans before it writes.
 * Middleware must be in place before the database opens, hence the arming.
 */
function dbWithRacingEdit(): {
  db: PlannerDb;
  arm: (edit: Client) => void;
  done: () => Promise<unknown>;
} {
  const db = freshDb('restore-race');
  const other = createDb(db.name, fakeDeps);
  let armed: Client | null = null;
  let write: Promise<unknown> | null = null;
  db.use({
    stack: 'dbcore',
    name: 'concurrent-edit',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== 'clients') return table;
        return {
          ...table,
          async query(req) {
            const result = await table.query(req);
            if (armed && !write) write = other.clients.put(armed);
            return result;
          },
        };
      },
    }),
  });
  return {
    db,
    arm: (edit) => {
      armed = edit;
    },
    done: async () => {
      expect(write).not.toBeNull();
      await write;
      other.close();
    },
  };
}

describe('merge restore against a concurrent edit', () => {
  it('keeps the edit another window saved between planning and writing', async () => {
    const { db, arm, done } = dbWithRacingEdit();
    await seed(db, only([sampleClient(1, NOW - 2 * HOUR)]));
    // The file's copy is newer than the one stored, older than the other window's edit.
    const fromFile = { ...sampleClient(1, NOW - HOUR), name: 'From the backup' };
    const edited = { ...sampleClient(1, NOW), name: 'Edited in another window' };
    arm(edited);

    const result = await restoreBackup(db, only([fromFile]), 'merge', AT_NOW);
    await done();

    expect(result.ok).toBe(true);
    expect((await dump(db)).clients).toEqual([edited]);
    db.close();
  });
});

describe('a record stamped in the far future', () => {
  it('is clamped to the file’s time, said in the plan, and loses to a later real edit', async () => {
    const db = freshDb('restore-2200');
    await seed(db, only([sampleClient(2, NOW - HOUR)]));
    const fromFile = { ...sampleClient(2, YEAR_2200), name: 'Stamped 2200' };

    const first = await restoreBackup(db, only([fromFile]), 'merge', AT_NOW);
    if (!first.ok) throw new Error(first.message);
    expect(first.plan.clamped).toBe(1);
    expect((await dump(db)).clients).toEqual([{ ...fromFile, updatedAt: AT_NOW.exportedAt }]);

    // The user edits it later; merging the same file again must not undo that edit.
    const edited = { ...fromFile, name: 'Edited after the restore', updatedAt: NOW + HOUR };
    await db.clients.put(edited);
    const second = await restoreBackup(db, only([fromFile]), 'merge', {
      ...AT_NOW,
      now: NOW + 2 * HOUR,
    });
    expect(second.ok).toBe(true);
    expect((await dump(db)).clients).toEqual([edited]);
    db.close();
  });

  it('a stamp within a day of now is kept as it is', () => {
    const soon = sampleClient(3, NOW + 23 * HOUR);
    const plan = planRestore(only([]), only([soon]), 'merge', AT_NOW);
    expect(plan.clamped).toBe(0);
    expect(plan.final.clients).toEqual([soon]);
  });
});

describe('the safety backup before Replace', () => {
  const bridgeFor = (desktop: boolean) => ({
    getAppInfo: vi.fn(async () => ({ version: '0.1.0', platform: 'linux', desktop })),
    writeDailyBackup: vi.fn(async (_request: DailyBackupRequest) => ({ written: true })),
    saveFile: vi.fn(async (request: { suggestedName: string }) => ({
      saved: true,
      name: request.suggestedName,
    })),
  });

  async function dbWithOneClient(): Promise<PlannerDb> {
    const db = freshDb('safety');
    await seed(db, only([sampleClient(4, NOW)]));
    return db;
  }

  function restoredFrom(content: string): BackupData {
    const parsed = parseBackup(content, { schemaVersion: SCHEMA_VERSION });
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.backup.data;
  }

  it('on the desktop is today’s automatic backup, named in the result', async () => {
    const db = await dbWithOneClient();
    const bridge = bridgeFor(true);
    let marked: string | null = null;
    const marker = { read: () => marked, write: (day: string) => void (marked = day) };
    const result = await writeSafetyBackup(db, bridge, { now: NOW, zone: 'Asia/Manila', marker });
    expect(result).toEqual({
      ok: true,
      savedAs: 'backup-2026-11-23.json in the app’s backups folder',
    });
    // Today's automatic backup, run after the restore, must not write over the copy.
    expect(await maybeWriteDailyBackup(db, bridge, NOW, 'Asia/Manila', { marker })).toEqual({
      written: false,
    });
    expect(bridge.writeDailyBackup).toHaveBeenCalledTimes(1);
    const request = bridge.writeDailyBackup.mock.lastCall?.[0];
    expect(request?.day).toBe('2026-11-23');
    expect(restoredFrom(request?.content ?? '')).toEqual(await dump(db));
    expect(bridge.saveFile).not.toHaveBeenCalled();
  });

  it('in a browser is a download, named in the result', async () => {
    const db = await dbWithOneClient();
    const bridge = bridgeFor(false);
    const result = await writeSafetyBackup(db, bridge, { now: NOW, zone: 'Asia/Manila' });
    expect(result).toEqual({
      ok: true,
      savedAs: 'hybrid-planner-before-restore-2026-11-23.json (downloaded)',
    });
    expect(bridge.writeDailyBackup).not.toHaveBeenCalled();
  });

  it('says when the copy could not be kept, and skips an empty database', async () => {
    const db = await dbWithOneClient();
    const bridge = bridgeFor(true);
    bridge.writeDailyBackup.mockRejectedValueOnce(new Error('disk full'));
    expect(await writeSafetyBackup(db, bridge, { now: NOW, zone: 'UTC' })).toEqual({
      ok: false,
      message: 'The safety copy of your data could not be saved: disk full',
    });
    expect(await writeSafetyBackup(freshDb('empty'), bridge, { now: NOW, zone: 'UTC' })).toEqual({
      ok: true,
      savedAs: null,
    });
  });
});
