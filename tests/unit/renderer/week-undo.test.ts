import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MicrotaskSession } from '../../../src/core/types';
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

describe('the writes undo and redo replay', () => {
  const db = freshDb('week-undo');
  afterEach(async () => {
    await db.sessions.clear();
  });

  it('puts back the very record that was stored, and deletes what an undo takes away', async () => {
    await db.sessions.bulkPut([session('a', 1000), session('b', 5000)]);
    const moved = session('a', 99_000);
    const dismissals = vi.fn();
    await applyWeekOps(db, [{ kind: 'put-sessions', sessions: [moved] }], dismissals);
    expect(await db.sessions.get('a')).toEqual(moved);
    await applyWeekOps(db, [{ kind: 'delete-sessions', ids: ['b'] }], dismissals);
    expect(await db.sessions.get('b')).toBeUndefined();
    expect(dismissals).not.toHaveBeenCalled();
  });

  it('goes through the one dismissal function for dismissals', async () => {
    const dismissals = vi.fn();
    await applyWeekOps(db, [{ kind: 'dismiss', ids: ['p1', 'p2'], dismissed: false }], dismissals);
    expect(dismissals).toHaveBeenCalledWith(['p1', 'p2'], false);
  });

  it('applies nothing when one write fails', async () => {
    await db.sessions.put(session('a', 1000));
    const dismissals = vi.fn();
    // A record without its key: IndexedDB refuses it, halfway through the transaction. The cast
    // is the point of the test: the type forbids the broken record the storage must refuse.
    const bad = { ...session('c', 3000), id: undefined as unknown as string };
    await expect(
      applyWeekOps(
        db,
        [
          { kind: 'delete-sessions', ids: ['a'] },
          { kind: 'put-sessions', sessions: [bad] },
          { kind: 'dismiss', ids: ['p1'], dismissed: true },
        ],
        dismissals,
      ),
    ).rejects.toThrow();
    expect(await db.sessions.get('a')).toEqual(session('a', 1000));
    expect(dismissals).not.toHaveBeenCalled();
  });
});
