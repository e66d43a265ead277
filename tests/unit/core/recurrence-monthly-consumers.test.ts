/**
 * A monthly commitment is seen by everything that reads occurrences: the week plan, gap filling,
 * reminders, income, burnout and DST notices.
 */
import { describe, expect, it } from 'vitest';
import { dstNotices } from '../../../src/core/dst-notices';
import { planWeek } from '../../../src/core/plan-week';
import { upcomingReminders } from '../../../src/core/reminders';
import { sampleWeek } from '../../../src/core/sample-week';
import { DAY, HOUR, MINUTE, toInstant } from '../../../src/core/time';
import type { Commitment, MonthlyDay } from '../../../src/core/types';
import { commitment, monthlyRule } from '../fixtures/ics/plan';

const sample = sampleWeek({ weekStart: '2026-03-02', now: Date.UTC(2026, 2, 1) });
const LONDON = 'Europe/London';
const NY = 'America/New_York';

function monthly(id: string, on: MonthlyDay, over: Partial<Commitment>): Commitment {
  return commitment(id, {
    clientId: 'sample-northlight',
    title: 'Month-end report',
    zone: LONDON,
    recurrence: monthlyRule(on),
    reminderLeadMin: 15,
    ...over,
  });
}

// The first Wednesday of March 2026 is the 4th: 06:30–08:00 London, 14:30–16:00 in Manila, in
// time the sample week's gap filling otherwise uses.
const report = monthly(
  'm-report',
  { by: 'weekday', nth: 1, weekday: 3 },
  { start: '06:30', durationMin: 90 },
);
const withReport = { ...sample, commitments: [...sample.commitments, report] };
const start = toInstant('2026-03-04', '06:30', LONDON);
const end = start + 90 * MINUTE;

describe('a monthly commitment in the week plan', () => {
  const plan = planWeek(withReport);
  const without = planWeek(sample);

  it('is placed at its time in its own zone and counted as client work', () => {
    const occ = plan.occurrences.find((o) => o.id === 'm-report@2026-03-04');
    expect(occ).toMatchObject({ start, end, resolution: 'exact' });
    expect(plan.totals.clientMin - without.totals.clientMin).toBe(90);
  });

  it('keeps proposals off it and its buffer', () => {
    const buffer = sample.settings.bufferMin * MINUTE;
    const near = plan.proposals.filter((p) => p.start < end + buffer && p.end > start - buffer);
    expect(near).toEqual([]);
    // Without the report, gap filling used some of that time: the test can tell the difference.
    const before = without.proposals.filter(
      (p) => p.start < end + buffer && p.end > start - buffer,
    );
    expect(before.length).toBeGreaterThan(0);
  });

  it('is billed to its client', () => {
    const gbp = (p: typeof plan) =>
      p.income.clients.find((c) => c.clientId === 'sample-northlight');
    expect((gbp(plan)?.plannedMin ?? 0) - (gbp(without)?.plannedMin ?? 0)).toBe(90);
    expect((gbp(plan)?.amount ?? 0) - (gbp(without)?.amount ?? 0)).toBeCloseTo(33, 2);
  });

  it('counts towards burnout: a 12-hour monthly day is a long day', () => {
    const long = monthly(
      'm-long',
      { by: 'monthday', day: 4 },
      { start: '06:00', durationMin: 720 },
    );
    const warnings = planWeek({ ...sample, commitments: [...sample.commitments, long] }).warnings;
    expect(warnings.some((w) => w.rule === 'daily-hours' && w.day === '2026-03-04')).toBe(true);
    expect(without.warnings.some((w) => w.rule === 'daily-hours' && w.day === '2026-03-04')).toBe(
      false,
    );
  });

  it('flags its DST gap: 02:30 New York on the second Sunday, 8 March 2026', () => {
    const gap = monthly(
      'm-gap',
      { by: 'weekday', nth: 2, weekday: 0 },
      { zone: NY, start: '02:30', durationMin: 30 },
    );
    const shifts = planWeek({ ...sample, commitments: [...sample.commitments, gap] }).dstShifts;
    expect(shifts).toContainEqual(
      expect.objectContaining({ kind: 'gap', occurrenceId: 'm-gap@2026-03-08' }),
    );
  });
});

describe('a monthly commitment in reminders and DST notices', () => {
  it('is reminded its lead before it starts', () => {
    const plan = planWeek(withReport);
    const now = start - HOUR;
    const list = upcomingReminders(
      {
        settings: sample.settings,
        clients: sample.clients,
        platforms: sample.platforms,
        occurrences: plan.occurrences,
        sessions: [],
      },
      now,
      2 * HOUR,
    );
    expect(list.find((r) => r.id === 'commitment:m-report@2026-03-04')?.fireAt).toBe(
      start - 15 * MINUTE,
    );
  });

  it('gets a notice when its home-clock time moves with New York’s DST', () => {
    // The second Monday: 9 February (EST) and 9 March (EDT, after the 8 March change).
    const call = monthly(
      'm-ny',
      { by: 'weekday', nth: 2, weekday: 1 },
      { zone: NY, start: '09:00' },
    );
    const from = toInstant('2026-02-01', '00:00', NY);
    const notices = dstNotices([call], 'Asia/Manila', { start: from, end: from + 60 * DAY });
    expect(notices.map((n) => n.occurrenceId)).toEqual(['m-ny@2026-03-09']);
  });
});
