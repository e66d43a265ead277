import { describe, expect, it } from 'vitest';
import { parseIcs, toIcs } from '../../../src/core/ics';
import { expandCommitment } from '../../../src/core/recurrence';
import { editOccurrence, skipOccurrence, splitSeries } from '../../../src/core/series-edit';
import { toInstant } from '../../../src/core/time';
import type { Commitment, Interval } from '../../../src/core/types';
import { validateCommitment } from '../../../src/core/validate/records';
import { RANGE, commitment, exportInput, monthlyRule, weekly } from '../fixtures/ics/plan';

const NY = 'America/New_York';
const YEAR: Interval = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2027, 0, 1) };

/** Mondays 09:00 New York from 2 Feb 2026: across the US DST change of 8 March. */
const standup = commitment('standup', {
  recurrence: weekly([1], '2026-02-02'),
  notes: 'Agenda in the doc',
});

/** Start and end of every occurrence, with its day, in time order. */
function times(list: readonly Commitment[], range: Interval = YEAR) {
  return list
    .flatMap((c) => expandCommitment(c, range))
    .map((o) => ({ day: o.originalDate, start: o.start, end: o.end }))
    .sort((a, b) => a.start - b.start);
}

const same = (c: Commitment, date: string) => ({
  to: { date, time: c.start, zone: c.zone },
  durationMin: c.durationMin,
  notes: c.notes,
});

describe('this one', () => {
  it('moves and resizes one occurrence; the others stay', () => {
    const edited = editOccurrence(standup, '2026-03-16', {
      to: { date: '2026-03-17', time: '11:30', zone: NY },
      durationMin: 30,
      notes: standup.notes,
    });
    expect(edited.moved).toEqual([
      { date: '2026-03-16', to: { date: '2026-03-17', time: '11:30', zone: NY }, durationMin: 30 },
    ]);
    const before = times([standup]);
    const after = times([edited]);
    expect(after.filter((o) => o.day !== '2026-03-16')).toEqual(
      before.filter((o) => o.day !== '2026-03-16'),
    );
    const moved = after.find((o) => o.day === '2026-03-16');
    expect(moved?.start).toBe(toInstant('2026-03-17', '11:30', NY));
    expect(moved?.end).toBe(toInstant('2026-03-17', '12:00', NY));
  });

  it('gives one occurrence its own notes, at its own time', () => {
    const edited = editOccurrence(standup, '2026-03-16', {
      ...same(standup, '2026-03-16'),
      notes: 'Quarterly numbers',
    });
    expect(edited.moved).toEqual([
      {
        date: '2026-03-16',
        to: { date: '2026-03-16', time: '09:00', zone: NY },
        durationMin: 60,
        notes: 'Quarterly numbers',
      },
    ]);
    expect(times([edited])).toEqual(times([standup]));
    expect(validateCommitment(edited)).toMatchObject({ ok: true });
  });

  it('put back where the rule has it, the override is removed', () => {
    const moved = editOccurrence(standup, '2026-03-16', {
      ...same(standup, '2026-03-16'),
      durationMin: 15,
    });
    expect(editOccurrence(moved, '2026-03-16', same(standup, '2026-03-16')).moved).toEqual([]);
  });

  it('skips one occurrence, dropping its move', () => {
    const moved = editOccurrence(standup, '2026-03-16', {
      ...same(standup, '2026-03-16'),
      durationMin: 15,
    });
    const skipped = skipOccurrence(moved, '2026-03-16');
    expect(skipped.skippedDates).toEqual(['2026-03-16']);
    expect(skipped.moved).toEqual([]);
    expect(times([skipped]).map((o) => o.day)).not.toContain('2026-03-16');
    expect(skipOccurrence(skipped, '2026-03-16')).toEqual(skipped);
  });
});

describe('this and following', () => {
  it('splits a weekly rule: together the halves keep every occurrence', () => {
    const split = splitSeries(standup, '2026-03-16', same(standup, '2026-03-16'), 'standup-2');
    if (!split?.before) throw new Error('no split');
    expect(split.before.recurrence).toMatchObject({ endDate: '2026-03-15', count: null });
    expect(split.after).toMatchObject({ id: 'standup-2', icsUid: null });
    expect(split.after.recurrence).toMatchObject({ startDate: '2026-03-16', endDate: null });
    expect(times([split.before, split.after])).toEqual(times([standup]));
    expect(times([split.before]).at(-1)?.day).toBe('2026-03-09');
    expect(times([split.after])[0]?.day).toBe('2026-03-16');
  });

  it('the new half takes the edits; earlier weeks stay, across the DST change', () => {
    const change = {
      to: { date: '2026-03-09', time: '10:00', zone: NY },
      durationMin: 45,
      notes: 'New agenda',
    };
    // Split on 9 March, the day after New York springs forward (EST → EDT).
    const split = splitSeries(standup, '2026-03-09', change, 'standup-2');
    if (!split?.before) throw new Error('no split');
    const old = times([split.before]);
    expect(old).toEqual(times([standup]).filter((o) => o.day < '2026-03-09'));
    // 09:00 EST is 14:00 UTC; 10:00 EDT is 14:00 UTC too, but the wall clock says 10:00.
    expect(new Date(old.at(-1)?.start ?? 0).toISOString()).toBe('2026-03-02T14:00:00.000Z');
    const next = times([split.after]);
    expect(new Date(next[0]?.start ?? 0).toISOString()).toBe('2026-03-09T14:00:00.000Z');
    expect(new Date(next[0]?.end ?? 0).toISOString()).toBe('2026-03-09T14:45:00.000Z');
    for (const o of next) expect(o.start).toBe(toInstant(o.day, '10:00', NY));
    expect(split.after.notes).toBe('New agenda');
    expect(split.before.notes).toBe('Agenda in the doc');
  });

  it('turns a count into end dates on both halves', () => {
    const counted = commitment('c', { recurrence: weekly([1, 4], '2026-02-02', { count: 10 }) });
    // The 10 days: Feb 2, 5, 9, 12, 16, 19, 23, 26, Mar 2, 5. Split at the 5th (16 Feb).
    const split = splitSeries(counted, '2026-02-16', same(counted, '2026-02-16'), 'c2');
    if (!split?.before) throw new Error('no split');
    expect(split.before.recurrence).toMatchObject({ endDate: '2026-02-15', count: null });
    expect(split.after.recurrence).toMatchObject({
      startDate: '2026-02-16',
      endDate: '2026-03-05',
      count: null,
    });
    expect(times([split.before]).length).toBe(4);
    expect(times([split.after]).length).toBe(6);
    expect(times([split.before, split.after])).toEqual(times([counted]));
  });

  it('splits a monthly rule every 2 months, keeping its months', () => {
    const monthly = commitment('m', {
      recurrence: monthlyRule({ by: 'weekday', nth: -1, weekday: 5 }, { interval: 2 }),
    });
    const days = times([monthly]).map((o) => o.day);
    const at = days[2] ?? '';
    const split = splitSeries(monthly, at, same(monthly, at), 'm2');
    if (!split?.before) throw new Error('no split');
    expect(times([split.before]).map((o) => o.day)).toEqual(days.slice(0, 2));
    expect(times([split.after]).map((o) => o.day)).toEqual(days.slice(2));
  });

  it('moves and skips go with the half their day belongs to', () => {
    const busy: Commitment = {
      ...standup,
      skippedDates: ['2026-02-09', '2026-03-23'],
      moved: [
        {
          date: '2026-02-16',
          to: { date: '2026-02-17', time: '08:00', zone: NY },
          durationMin: 60,
        },
        {
          date: '2026-03-30',
          to: { date: '2026-03-31', time: '08:00', zone: NY },
          durationMin: 30,
          notes: 'Short one',
        },
      ],
    };
    const split = splitSeries(busy, '2026-03-16', same(busy, '2026-03-16'), 'b2');
    if (!split?.before) throw new Error('no split');
    expect(split.before.skippedDates).toEqual(['2026-02-09']);
    expect(split.before.moved.map((m) => m.date)).toEqual(['2026-02-16']);
    expect(split.after.skippedDates).toEqual(['2026-03-23']);
    expect(split.after.moved.map((m) => m.date)).toEqual(['2026-03-30']);
    expect(times([split.before, split.after])).toEqual(times([busy]));
  });

  it('at the first occurrence it edits the whole series, keeping its id', () => {
    const change = { ...same(standup, '2026-02-02'), durationMin: 30 };
    const split = splitSeries(standup, '2026-02-02', change, 'unused');
    expect(split?.before).toBeNull();
    expect(split?.after).toMatchObject({ id: 'standup', durationMin: 30 });
  });

  it('refuses a day the rule does not produce, and a one-off', () => {
    expect(splitSeries(standup, '2026-03-17', same(standup, '2026-03-17'), 'x')).toBeNull();
    const once = commitment('o', {});
    expect(splitSeries(once, '2026-03-10', same(once, '2026-03-10'), 'x')).toBeNull();
  });

  it('the calendar file of the two halves reads back as the same occurrences', () => {
    const busy: Commitment = {
      ...standup,
      recurrence: weekly([1], '2026-02-02', { count: 20 }),
      skippedDates: ['2026-02-09', '2026-04-13'],
      moved: [
        {
          date: '2026-04-20',
          to: { date: '2026-04-21', time: '08:00', zone: NY },
          durationMin: 30,
          notes: 'Short one',
        },
      ],
    };
    const change = {
      to: { date: '2026-03-09', time: '10:30', zone: NY },
      durationMin: 45,
      notes: '',
    };
    const split = splitSeries(busy, '2026-03-09', change, 'standup-2');
    if (!split?.before) throw new Error('no split');
    const halves = [split.before, split.after];
    const content = { commitments: true, sessions: false, availability: false, alarms: false };
    const text = toIcs(exportInput({ commitments: halves, content }));
    expect(text).toContain('DESCRIPTION:Short one');
    const parsed = parseIcs(text, { homeZone: 'Asia/Manila' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const read = parsed.preview.events.map((e, i) => ({
      ...e.draft,
      clientId: 'ny',
      ...stamps(`r${i}`),
    }));
    expect(read).toHaveLength(2);
    expect(times(read, RANGE)).toEqual(times(halves, RANGE));
  });
});

function stamps(id: string) {
  return { id, createdAt: 0, updatedAt: 0 };
}
