/**
 * Backup → restore against a real (fake-indexeddb) database: the whole path the Data dialog
 * takes, with properties for round trips, refused files and failures in the middle of a write.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createBackup,
  parseBackup,
  type BackupData,
  type RestoreMode,
} from '../../../src/core/backup';
import { restoreBackup } from '../../../src/renderer/src/db/backup-io';
import { INSTANT_MAX } from '../../../src/core/validate/records';
import type { PlannerDb } from '../../../src/renderer/src/db/db';
import { SCHEMA_VERSION } from '../../../src/renderer/src/db/schema';
import { datasetArb } from '../arbitraries';
import { invalidBackupArb } from '../db/backup-mutations';
import { dump, freshDb, seed, sorted } from '../db/helpers';
import { WRITE_ERRORS as ERRORS, dbWithInjectedFailure, type Injection } from '../db/inject';

const NOW = Date.UTC(2026, 10, 23, 2);
const OPTIONS = { schemaVersion: SCHEMA_VERSION };
// Restored after every change time the arbitraries make, so the clamping of future stamps (tested
// on its own in restore-concurrency.test.ts) leaves these round trips alone.
const RESTORED_AT = { now: INSTANT_MAX, exportedAt: INSTANT_MAX };

/** What the Data dialog does: parse, read what is here, plan, apply. */
async function restoreText(db: PlannerDb, text: string, mode: RestoreMode) {
  const parsed = parseBackup(text, OPTIONS);
  if (!parsed.ok) return { ok: false as const, message: parsed.error };
  const applied = await restoreBackup(db, parsed.backup.data, mode, RESTORED_AT);
  return applied.ok
    ? { ok: true as const, plan: applied.plan }
    : { ok: false as const, message: applied.message };
}

function text(data: BackupData): string {
  return createBackup(data, { appVersion: '0.1.0', now: NOW, schemaVersion: SCHEMA_VERSION });
}

describe('backup → restore through the database', () => {
  it('any valid dataset survives createBackup → parseBackup → restoreBackup(replace)', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb(), async (data) => {
        const db = freshDb('roundtrip');
        const result = await restoreText(db, text(data), 'replace');
        expect(result.ok).toBe(true);
        expect(await dump(db)).toEqual(sorted(data));
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('replace over existing data leaves exactly the backup (settings kept if it has none)', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb(), datasetArb(), async (current, incoming) => {
        const db = freshDb('replace');
        await seed(db, current);
        const result = await restoreText(db, text(incoming), 'replace');
        expect(result.ok).toBe(true);
        expect(await dump(db)).toEqual({
          ...sorted(incoming),
          settings: incoming.settings ?? current.settings,
        });
        db.close();
      }),
      { numRuns: 25 },
    );
  });

  it('merge keeps every record here and stores exactly the planned result', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb(), datasetArb(), async (current, incoming) => {
        const db = freshDb('merge');
        await seed(db, current);
        const result = await restoreText(db, text(incoming), 'merge');
        if (!result.ok) throw new Error(result.message);
        const after = await dump(db);
        expect(after).toEqual(sorted(result.plan.final));
        const ids = new Set(after.clients.map((c) => c.id));
        expect(current.clients.every((c) => ids.has(c.id))).toBe(true);
        db.close();
      }),
      { numRuns: 25 },
    );
  });

  it('an invalid backup is refused and the database is left exactly as it was', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArb({ minEach: 1 }), invalidBackupArb, async (current, bad) => {
        const db = freshDb('refused');
        await seed(db, current);
        const before = await dump(db);
        for (const mode of ['replace', 'merge'] as const) {
          const result = await restoreText(db, bad.text, mode);
          expect(result.ok, bad.what).toBe(false);
        }
        expect(await dump(db)).toEqual(before);
        db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('a failure at any write in the middle of a restore leaves the database as it was', async () => {
    await fc.assert(
      fc.asyncProperty(
        datasetArb({ minEach: 1, settings: 'always' }),
        datasetArb({ minEach: 1, settings: 'always' }),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom(...Object.keys(ERRORS)),
        async (current, incoming, failAt, errorName) => {
          const error = ERRORS[errorName];
          if (!error) throw new Error(errorName);
          const injection: Injection = { armed: false, failAt, calls: 0, triggered: false, error };
          const db = dbWithInjectedFailure(injection);
          await seed(db, current);
          const before = await dump(db);
          // Replace clears four tables and writes five: nine writes, each of which may fail.
          injection.armed = true;
          const result = await restoreText(db, text(incoming), 'replace');
          injection.armed = false;
          expect(injection.triggered).toBe(true);
          expect(result.ok).toBe(false);
          if (!result.ok && errorName !== 'a plain error') {
            expect(result.message).toMatch(/not enough storage space.*Nothing was changed/);
          }
          expect(await dump(db)).toEqual(before);
          db.close();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a record IndexedDB itself refuses (no key, not cloneable) aborts the whole restore', async () => {
    for (const spoil of ['no key', 'not cloneable'] as const) {
      const [current, incoming] = fc.sample(datasetArb({ minEach: 2, settings: 'always' }), {
        numRuns: 2,
        seed: 7,
      });
      if (!current || !incoming) throw new Error('no sample');
      const db = freshDb('constraint');
      await seed(db, current);
      const before = await dump(db);
      const last = incoming.sessions[incoming.sessions.length - 1];
      if (!last) throw new Error('no session to spoil');
      // Deliberately corrupt data that validation would never let through.
      if (spoil === 'no key') Reflect.deleteProperty(last, 'id');
      else Reflect.set(last, 'note', () => 'functions cannot be stored');
      const result = await restoreBackup(db, incoming, 'replace', RESTORED_AT);
      expect(result).toMatchObject({ ok: false, reason: 'failed' });
      expect(await dump(db)).toEqual(before);
      db.close();
    }
  });
});
