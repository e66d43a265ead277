import { afterEach, describe, expect, it } from 'vitest';
import type { Dismissal, MicrotaskSession } from '../../../src/core/types';
import { applyWeekOps } from '../../../src/renderer/src/features/week/week-undo';
import { freshDb } from '../db/helpers';

const session = (id: string, start: number): MicrotaskSession => ({
  id,
  platformId: 'prolific',
  start,
  end: start + 30 * 60_000,
  locked: false,
  status: 'planned',
  actualEarnings: null,
  actualMin: null,
  note: '',
  createdAt: 1,
  updatedAt: 2,
});

const dismissal = (id: string): Dismissal => ({
  id,
  platformId: 'mturk',
  start: 0,
  end: 3_600_000,
  expiresAt: 7 * 86_400_000,
  createdAt: 1,
});

describe('the writes undo and redo replay', () => {
  const db = freshDb('week-undo');
  afterEach(async () => {
    await db.sessions.clear();
    await db.dismissals.clear();
  });

  it('puts back the very record that was stored, and deletes what an undo takes away', async () => {
    await db.sessions.bulkPut([session('a', 1000), session('b', 5000)]);
    const moved = session('a', 99_000);
    await applyWeekOps(db, [{ kind: 'put-sessions', sessions: [moved] }]);
    expect(await db.sessions.get('a')).toEqual(moved);
    await applyWeekOps(db, [{ kind: 'delete-sessions', ids: ['b'] }]);
    expect(await db.sessions.get('b')).toBeUndefined();
  });

  it('stores dismissals and takes them back', async () => {
    await applyWeekOps(db, [
      { kind: 'put-dismissals', dismissals: [dismissal('p1'), dismissal('p2')] },
    ]);
    expect(await db.dismissals.toArray()).toEqual([dismissal('p1'), dismissal('p2')]);
    await applyWeekOps(db, [{ kind: 'delete-dismissals', ids: ['p1'] }]);
    expect(await db.dismissals.toArray()).toEqual([dismissal('p2')]);
  });

  it('applies nothing when one write fails', async () => {
    await db.sessions.put(session('a', 1000));
    // A record without its key: IndexedDB refuses it, halfway through the transaction. The cast
    // is the point of the test: the type forbids the broken record the storage must refuse.
    const bad = { ...session('c', 3000), id: undefined as unknown as string };
    await expect(
      applyWeekOps(db, [
        { kind: 'delete-sessions', ids: ['a'] },
        { kind: 'put-dismissals', dismissals: [dismissal('p1')] },
        { kind: 'put-sessions', sessions: [bad] },
      ]),
    ).rejects.toThrow();
    expect(await db.sessions.get('a')).toEqual(session('a', 1000));
    expect(await db.dismissals.count()).toBe(0);
  });
});
