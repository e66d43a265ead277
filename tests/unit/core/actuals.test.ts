import { describe, expect, it } from 'vitest';
import { workedOccurrences, indexWorkRecords } from '../../../src/core/actuals';
import { defaultSettings } from '../../../src/core/defaults';
import { planWeek, type WeekInput } from '../../../src/core/plan-week';
import { MINUTE, toInstant } from '../../../src/core/time';
import type { Commitment, WorkRecord } from '../../../src/core/types';
import { client, commitment, occ, platform, session, workRecord } from './planner-fixtures';

const ZONE = 'Asia/Manila';
const WEEK = '2026-03-02';

const harbour = client({ id: 'c1', name: 'Harbour' });

/** A one-off piece of client work on `date` at 08:00 Manila. */
const work = (id: string, date: string, durationMin: number) =>
  commitment({ id, date, durationMin });

const record = workRecord;

function input(commitments: Commitment[], workRecords: WorkRecord[] = []): WeekInput {
  return {
    weekStart: WEEK,
    settings: defaultSettings(ZONE),
    clients: [harbour],
    commitments,
    platforms: [],
    sessions: [],
    workRecords,
  };
}

describe('plan against actual in the week plan', () => {
  const hour = work('hour', '2026-03-02', 60);

  it('counts an occurrence done with 90 minutes as 90 in hours and income', () => {
    const plan = planWeek(input([hour], [record('hour@2026-03-02', 'done', 90)]));
    expect(plan.days[0]?.clientMin).toBe(90);
    expect(plan.totals.clientMin).toBe(90);
    expect(plan.income.clients[0]?.plannedMin).toBe(90);
    expect(plan.income.clients[0]?.amount).toBe(30);
    // The grid keeps the planned block.
    expect(plan.occurrences[0]?.end).toBe(toInstant('2026-03-02', '09:00', ZONE));
  });

  it('counts an occurrence done as planned at its planned length', () => {
    const plan = planWeek(input([hour], [record('hour@2026-03-02', 'done', null)]));
    expect(plan.totals.clientMin).toBe(60);
    expect(plan.income.clients[0]?.amount).toBe(20);
  });

  it('gives a missed occurrence no hours and no income', () => {
    const plan = planWeek(input([hour], [record('hour@2026-03-02', 'missed', null)]));
    expect(plan.totals.clientMin).toBe(0);
    expect(plan.days[0]?.plannedMin).toBe(0);
    expect(plan.income.clients).toEqual([]);
    expect(plan.occurrences).toHaveLength(1);
  });

  it('gives a missed long day no burnout warning, and an overrun one a warning', () => {
    const long = work('long', '2026-03-03', 9 * 60);
    const daily = (records: WorkRecord[]) =>
      planWeek(input([long], records)).warnings.filter((w) => w.rule === 'daily-hours');
    expect(daily([])).toHaveLength(1);
    expect(daily([record('long@2026-03-03', 'missed', null)])).toHaveLength(0);
    expect(daily([record('long@2026-03-03', 'done', 7 * 60)])).toHaveLength(0);
    const short = work('long', '2026-03-03', 7 * 60);
    expect(
      planWeek(input([short], [record('long@2026-03-03', 'done', 9 * 60)])).warnings.filter(
        (w) => w.rule === 'daily-hours',
      ),
    ).toHaveLength(1);
  });

  it('counts a session done with actual minutes at that length', () => {
    const mturk = platform('mturk', { hourlyRate: 12, currency: 'USD' });
    const start = toInstant('2026-03-04', '10:00', ZONE);
    const done = {
      ...session('s1', 'mturk', start, start + 60 * MINUTE),
      status: 'done' as const,
      actualMin: 30,
    };
    const plan = planWeek({ ...input([]), platforms: [mturk], sessions: [done] });
    expect(plan.days[2]?.microtaskMin).toBe(30);
    expect(plan.income.platforms[0]?.acceptedMin).toBe(30);
    expect(plan.income.platforms[0]?.acceptedAmount).toBe(6);
    // Recorded earnings win over the expected rate, whatever the minutes.
    const paid = planWeek({
      ...input([]),
      platforms: [mturk],
      sessions: [{ ...done, actualMin: 0, actualEarnings: 4.5 }],
    });
    expect(paid.days[2]?.microtaskMin).toBe(0);
    expect(paid.income.platforms[0]?.acceptedAmount).toBe(4.5);
  });
});

describe('workedOccurrences', () => {
  it('returns the same list when nothing is marked', () => {
    const list = [occ('a', '2026-03-02', '09:00', 60, ZONE)];
    expect(workedOccurrences(list, indexWorkRecords([]))).toBe(list);
  });

  it('leaves out work done with zero minutes', () => {
    const list = [occ('a', '2026-03-02', '09:00', 60, ZONE)];
    expect(workedOccurrences(list, indexWorkRecords([record('a@2026-03-02', 'done', 0)]))).toEqual(
      [],
    );
  });
});
