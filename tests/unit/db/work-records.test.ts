import { describe, expect, it } from 'vitest';
import { deleteClient, deleteCommitment } from '../../../src/renderer/src/db/repo';
import { clearWorkRecord, saveWorkRecord } from '../../../src/renderer/src/db/work-records';
import { client, commitment } from '../core/planner-fixtures';
import { dump, freshDb, seed } from './helpers';

const NOW = Date.UTC(2026, 2, 10);

async function seeded() {
  const db = freshDb('work-records');
  await seed(db, {
    settings: null,
    clients: [client({ id: 'c1' }), client({ id: 'c2' })],
    commitments: [
      commitment({ id: 'k1', date: '2026-03-02' }),
      commitment({ id: 'k2', date: '2026-03-03', clientId: 'c2' }),
    ],
    platforms: [],
    sessions: [],
    timeOff: [],
    workRecords: [],
  });
  return db;
}

const draft = (id: string, outcome: 'done' | 'missed', actualMin: number | null = null) => ({
  id,
  commitmentId: id.split('@')[0],
  outcome,
  actualMin,
});

describe('saveWorkRecord', () => {
  it('stores a mark, replaces it and takes it off', async () => {
    const db = await seeded();
    const first = await saveWorkRecord(db, draft('k1@2026-03-02', 'done', 90), NOW, null);
    expect(first.ok).toBe(true);
    const second = await saveWorkRecord(db, draft('k1@2026-03-02', 'missed'), NOW + 1, NOW);
    expect(second.ok).toBe(true);
    expect((await dump(db)).workRecords).toEqual([
      { ...draft('k1@2026-03-02', 'missed'), createdAt: NOW, updatedAt: NOW + 1 },
    ]);
    await clearWorkRecord(db, 'k1@2026-03-02');
    expect((await dump(db)).workRecords).toEqual([]);
  });

  it('refuses bad minutes and a mark changed in another window, saving nothing', async () => {
    const db = await seeded();
    const bad = await saveWorkRecord(db, draft('k1@2026-03-02', 'done', 1441), NOW, null);
    expect(bad.ok ? {} : bad.errors).toHaveProperty('actualMin');
    await saveWorkRecord(db, draft('k1@2026-03-02', 'done'), NOW, null);
    const stale = await saveWorkRecord(db, draft('k1@2026-03-02', 'missed'), NOW + 5, null);
    expect(stale.ok ? null : stale.problem?.reason).toBe('conflict');
    expect((await dump(db)).workRecords.map((r) => r.outcome)).toEqual(['done']);
  });

  it('refuses a mark for a commitment that was deleted', async () => {
    const db = await seeded();
    const result = await saveWorkRecord(db, draft('gone@2026-03-02', 'done'), NOW);
    expect(result.ok).toBe(false);
    expect((await dump(db)).workRecords).toEqual([]);
  });
});

describe('work records go with their commitment', () => {
  it('deleteCommitment and deleteClient remove the marks of their occurrences only', async () => {
    const db = await seeded();
    await saveWorkRecord(db, draft('k1@2026-03-02', 'done'), NOW);
    await saveWorkRecord(db, draft('k2@2026-03-03', 'missed'), NOW);
    await deleteCommitment(db, 'k1');
    expect((await dump(db)).workRecords.map((r) => r.id)).toEqual(['k2@2026-03-03']);
    await deleteClient(db, 'c2');
    expect((await dump(db)).workRecords).toEqual([]);
  });
});
