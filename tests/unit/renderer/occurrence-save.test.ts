import { afterEach, describe, expect, it } from 'vitest';
import { splitSeries } from '../../../src/core/series-edit';
import type { Client, Commitment } from '../../../src/core/types';
import { saveOccurrence } from '../../../src/renderer/src/features/commitments/occurrence-save';
import { applyWeekOps } from '../../../src/renderer/src/features/week/week-undo';
import { freshDb } from '../db/helpers';

const NY = 'America/New_York';
const client: Client = {
  id: 'ny',
  name: 'Acme',
  color: '#2563eb',
  zone: NY,
  availability: [],
  billing: { kind: 'hourly', rate: 30 },
  currency: 'USD',
  notes: '',
  archived: false,
  createdAt: 1,
  updatedAt: 1,
};
const series: Commitment = {
  id: 'sync',
  clientId: 'ny',
  title: 'Sync',
  kind: 'call',
  zone: NY,
  start: '09:00',
  durationMin: 30,
  recurrence: {
    kind: 'weekly',
    weekdays: [2],
    interval: 1,
    startDate: '2026-03-03',
    endDate: null,
    count: null,
  },
  skippedDates: [],
  moved: [],
  reminderLeadMin: null,
  notes: '',
  icsUid: null,
  createdAt: 1,
  updatedAt: 2,
};
const change = (durationMin: number) => ({
  to: { date: '2026-03-17', time: '10:00', zone: NY },
  durationMin,
  notes: '',
});

describe('saving a split series', () => {
  const db = freshDb('occurrence-save');
  afterEach(async () => {
    await db.commitments.clear();
    await db.clients.clear();
  });

  it('writes both halves, and the change undoes and redoes them exactly', async () => {
    await db.clients.put(client);
    await db.commitments.put(series);
    const split = splitSeries(series, '2026-03-17', change(45), 'sync-2');
    if (!split?.before) throw new Error('no split');
    const write = { kind: 'split' as const, before: split.before, after: split.after };
    const saved = await saveOccurrence(db, series, write, 10, 'Split', series.updatedAt);
    if (!saved.ok) throw new Error('not saved');
    const stored = await db.commitments.orderBy('id').toArray();
    expect(
      stored.map((c) => [c.id, c.recurrence.kind === 'weekly' && c.recurrence.endDate]),
    ).toEqual([
      ['sync', '2026-03-16'],
      ['sync-2', null],
    ]);
    await applyWeekOps(db, saved.value.undo);
    expect(await db.commitments.toArray()).toEqual([series]);
    await applyWeekOps(db, saved.value.redo);
    expect(await db.commitments.orderBy('id').toArray()).toEqual(stored);
  });

  it('writes nothing when one half is refused, and says why', async () => {
    await db.clients.put(client);
    await db.commitments.put(series);
    const split = splitSeries(series, '2026-03-17', change(0), 'sync-2');
    if (!split?.before) throw new Error('no split');
    const write = { kind: 'split' as const, before: split.before, after: split.after };
    const saved = await saveOccurrence(db, series, write, 10, 'Split', series.updatedAt);
    expect(saved).toMatchObject({ ok: false, errors: { durationMin: expect.any(String) } });
    expect(await db.commitments.toArray()).toEqual([series]);
  });

  it('refuses to write over a series another window changed since it was opened', async () => {
    await db.clients.put(client);
    await db.commitments.put({ ...series, updatedAt: 7 });
    const split = splitSeries(series, '2026-03-17', change(45), 'sync-2');
    if (!split?.before) throw new Error('no split');
    const write = { kind: 'split' as const, before: split.before, after: split.after };
    const saved = await saveOccurrence(db, series, write, 10, 'Split', series.updatedAt);
    expect(saved).toMatchObject({ ok: false, problem: { reason: 'conflict' } });
    expect(await db.commitments.count()).toBe(1);
  });
});
