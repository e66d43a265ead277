import { describe, expect, it } from 'vitest';
import { expandCommitment } from '../../../src/core/recurrence';
import type { Commitment } from '../../../src/core/types';
import {
  OCCURRENCE_FIELD_PATHS,
  checkOccurrenceForm,
  occurrenceToForm,
  skipWrite,
} from '../../../src/renderer/src/features/commitments/occurrence-form';

const NY = 'America/New_York';
// Tuesdays and Thursdays 09:00 New York from 3 March 2026.
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
    weekdays: [2, 4],
    interval: 1,
    startDate: '2026-03-03',
    endDate: null,
    count: null,
  },
  skippedDates: [],
  moved: [
    {
      date: '2026-03-12',
      to: { date: '2026-03-13', time: '15:00', zone: NY },
      durationMin: 45,
      notes: 'Moved by hand',
    },
  ],
  reminderLeadMin: null,
  notes: 'Standing call',
  icsUid: null,
  createdAt: 0,
  updatedAt: 5,
};

describe('the occurrence form', () => {
  it('shows an occurrence as it happens, after its move', () => {
    expect(occurrenceToForm(series, '2026-03-10')).toEqual({
      scope: 'this',
      date: '2026-03-10',
      time: '09:00',
      duration: '30',
      notes: 'Standing call',
    });
    expect(occurrenceToForm(series, '2026-03-12')).toMatchObject({
      date: '2026-03-13',
      time: '15:00',
      duration: '45',
      notes: 'Moved by hand',
    });
  });

  it('"this one" moves only that occurrence, to another day if asked', () => {
    const form = { ...occurrenceToForm(series, '2026-03-10'), date: '2026-03-11', time: '10:00' };
    const checked = checkOccurrenceForm(form, series, '2026-03-10', 'new');
    if (!checked.ok || checked.value.kind !== 'update') throw new Error('not updated');
    expect(checked.value.commitment.moved.map((m) => m.date)).toEqual(['2026-03-10', '2026-03-12']);
    expect(checked.value.commitment.recurrence).toEqual(series.recurrence);
  });

  it('"this and following" splits at the occurrence, with the new time after it', () => {
    const form = { ...occurrenceToForm(series, '2026-03-17'), scope: 'following' as const };
    const checked = checkOccurrenceForm({ ...form, time: '08:30' }, series, '2026-03-17', 'new');
    if (!checked.ok || checked.value.kind !== 'split') throw new Error('not split');
    const { before, after } = checked.value;
    expect(before.recurrence).toMatchObject({ endDate: '2026-03-16' });
    expect(after).toMatchObject({ id: 'new', start: '08:30' });
    const range = { start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 3, 1) };
    expect(expandCommitment(before, range).every((o) => o.wall.time !== '08:30')).toBe(true);
    expect(expandCommitment(after, range)[0]?.originalDate).toBe('2026-03-17');
  });

  it('"all" changes the series time, length and notes, keeping its moves', () => {
    const form = { ...occurrenceToForm(series, '2026-03-10'), scope: 'all' as const };
    const checked = checkOccurrenceForm(
      { ...form, time: '09:30', duration: '60', notes: 'Longer' },
      series,
      '2026-03-10',
      'new',
    );
    if (!checked.ok || checked.value.kind !== 'update') throw new Error('not updated');
    expect(checked.value.commitment).toMatchObject({
      id: 'sync',
      start: '09:30',
      durationMin: 60,
      notes: 'Longer',
      moved: series.moved,
    });
  });

  it('reports every invalid field at once, each at a path the dialog shows', () => {
    const checked = checkOccurrenceForm(
      {
        scope: 'following',
        date: '2026-03-11',
        time: '9am',
        duration: '0',
        notes: 'x'.repeat(5001),
      },
      series,
      '2026-03-10',
      'new',
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(['date', 'duration', 'notes', 'time']);
    expect(checked.errors.date).toBe(
      'Only this one can move to another day; the series keeps its days.',
    );
    for (const path of Object.keys(checked.errors)) expect(OCCURRENCE_FIELD_PATHS).toContain(path);
  });

  it('skips one occurrence', () => {
    const write = skipWrite(series, '2026-03-12');
    if (write.kind !== 'update') throw new Error('not updated');
    expect(write.commitment.skippedDates).toEqual(['2026-03-12']);
    expect(write.commitment.moved).toEqual([]);
  });
});
