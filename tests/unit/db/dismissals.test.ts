/**
 * Dismissed proposals in the database: kept until their week is over, cleared on the next write
 * after that, all or nothing when the storage fails, and never part of a backup.
 */
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/core/backup';
import type { Dismissal, Proposal } from '../../../src/core/types';
import { sampleWeek } from '../../../src/core/sample-week';
import { exportBackup, restoreBackup } from '../../../src/renderer/src/db/backup-io';
import { createDb } from '../../../src/renderer/src/db/db';
import {
  deleteDismissals,
  dismissalOf,
  saveDismissals,
} from '../../../src/renderer/src/db/dismissals';
import { SCHEMA_VERSION } from '../../../src/renderer/src/db/schema';
import { dump, freshDb, seed } from './helpers';
import { WRITE_ERRORS, dbWithInjectedFailure, type Injection } from './inject';

const HOUR = 3_600_000;
const WEEK_END = Date.UTC(2026, 10, 29, 16);

function dismissal(id: string, expiresAt: number): Dismissal {
  return { id, platformId: 'mturk', start: 0, end: HOUR, expiresAt, createdAt: 1 };
}

const proposal = (start: number, end: number): Proposal => ({
  id: `proposal:mturk:${start}`,
  platformId: 'mturk',
  start,
  end,
  expectedEarnings: 9,
  currency: 'USD',
  peakShare: 1,
  score: 1,
  reason: 'test',
});

const ids = async (db: ReturnType<typeof freshDb>) =>
  (await db.dismissals.toArray()).map((d) => d.id).sort();

describe('dismissed proposals', () => {
  it('keep the proposal’s slot and last until the end of its week', () => {
    const inWeek = dismissalOf(proposal(WEEK_END - 2 * HOUR, WEEK_END - HOUR), WEEK_END, 5);
    expect(inWeek).toEqual({
      id: `proposal:mturk:${WEEK_END - 2 * HOUR}`,
      platformId: 'mturk',
      start: WEEK_END - 2 * HOUR,
      end: WEEK_END - HOUR,
      expiresAt: WEEK_END,
      createdAt: 5,
    });
    // A Sunday-night proposal that runs past the week's end lasts until it is over.
    expect(dismissalOf(proposal(WEEK_END - HOUR, WEEK_END + HOUR), WEEK_END, 5).expiresAt).toBe(
      WEEK_END + HOUR,
    );
  });

  it('are stored, and a write clears those whose week is over', async () => {
    const db = freshDb('dismissals');
    await db.dismissals.bulkPut([dismissal('old', 100), dismissal('current', WEEK_END)]);
    const result = await saveDismissals(db, [dismissal('new', WEEK_END)], 100);
    expect(result).toEqual({ ok: true, value: [dismissal('new', WEEK_END)] });
    expect(await ids(db)).toEqual(['current', 'new']);

    expect(await deleteDismissals(db, ['new'], WEEK_END)).toEqual({ ok: true, value: ['new'] });
    // At the week's end, the current one has expired too.
    expect(await ids(db)).toEqual([]);
    db.close();
  });

  it('a write the storage refuses says why and changes nothing', async () => {
    for (const error of Object.values(WRITE_ERRORS)) {
      // 0: the clearing of expired ones fails; 1: the clearing is done, the new record fails.
      for (const failAt of [0, 1]) {
        const injection: Injection = { armed: false, failAt, calls: 0, triggered: false, error };
        const db = dbWithInjectedFailure(injection);
        await db.dismissals.bulkPut([dismissal('old', 100), dismissal('kept', WEEK_END)]);
        injection.armed = true;
        const saved = await saveDismissals(db, [dismissal('new', WEEK_END)], 200);
        injection.armed = false;
        expect(injection.triggered).toBe(true);
        expect(saved).toMatchObject({ ok: false, problem: { reason: expect.any(String) } });
        expect(await ids(db)).toEqual(['kept', 'old']);

        injection.calls = 0;
        injection.armed = true;
        const deleted = await deleteDismissals(db, ['kept'], 200);
        injection.armed = false;
        expect(deleted).toMatchObject({ ok: false, problem: { reason: expect.any(String) } });
        expect(await ids(db)).toEqual(['kept', 'old']);
        db.close();
      }
    }
  });

  it('are not part of a backup, and a backup round trip is the same with or without them', async () => {
    const now = Date.UTC(2026, 10, 23, 1);
    const sample = sampleWeek({ weekStart: '2026-11-23', now });
    const data = { ...sample, timeOff: [], workRecords: [] };
    const plain = freshDb('backup-plain');
    const withDismissals = freshDb('backup-dismissals');
    await seed(plain, data);
    await seed(withDismissals, data);
    await withDismissals.dismissals.put(dismissal('proposal:mturk:1', WEEK_END));
    const options = { appVersion: 'test', now, zone: 'Asia/Manila' };
    const a = await exportBackup(plain, options);
    const b = await exportBackup(withDismissals, options);
    expect(b.content).toBe(a.content);
    expect(b.content).not.toContain('dismissals');

    // Restored over a database with dismissals, the data is the backup's and they stay as they
    // were (they lapse with their week anyway).
    const parsed = parseBackup(b.content, { schemaVersion: SCHEMA_VERSION });
    if (!parsed.ok) throw new Error(parsed.details.join('\n'));
    const target = freshDb('backup-target');
    await target.dismissals.put(dismissal('here', WEEK_END));
    const restored = await restoreBackup(target, parsed.backup.data, 'replace', {
      now,
      exportedAt: now,
    });
    expect(restored.ok).toBe(true);
    expect(await dump(target)).toEqual(await dump(withDismissals));
    expect(await ids(target)).toEqual(['here']);
    for (const db of [plain, withDismissals, target]) db.close();
  });

  it('an older database opens with an empty dismissals table', async () => {
    const name = `dismissals-v5-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(5).stores({ settings: 'id', timeOff: 'id, owner.clientId, icsUid' });
    await old.open();
    old.close();
    const db = createDb(name, { indexedDB, IDBKeyRange });
    expect(await db.dismissals.count()).toBe(0);
    await db.dismissals.put(dismissal('x', WEEK_END));
    expect(await db.dismissals.where('expiresAt').belowOrEqual(WEEK_END).count()).toBe(1);
    db.close();
  });
});
