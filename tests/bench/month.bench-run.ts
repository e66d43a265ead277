/**
 * The month view's figures on the heavy profile (income-month-heavy): a month of its clients'
 * work with a third of it marked, two sessions a working day, and twelve months of trend.
 */
import { expect, it } from 'vitest';
import { monthFigures, type MonthInput } from '../../src/core/month-figures';
import { expandCommitments } from '../../src/core/recurrence';
import { billingMonth } from '../../src/core/retainer';
import { HOUR, addDays, toInstant, weekdayOf } from '../../src/core/time';
import type { MicrotaskSession, WorkRecord } from '../../src/core/types';
import { measure, record } from './bench-results';
import { heavyProfile } from './heavy-profile';

const NAME = 'income-month-heavy';
const BUDGET_MS = 20;
const MONTH = '2026-06';

/** The heavy profile with a month of sessions and marks, and rates for all but one currency. */
export function heavyMonthInput(): MonthInput {
  const profile = heavyProfile('2026-06-01');
  const zone = profile.settings.homeZone;
  const sessions: MicrotaskSession[] = [];
  for (let d = 0; d < 30; d++) {
    const day = addDays(`${MONTH}-01`, d);
    if (weekdayOf(day) === 0) continue;
    profile.platforms.slice(0, 2).forEach((p, i) => {
      const start = toInstant(day, i === 0 ? '07:00' : '20:00', zone);
      sessions.push({
        id: `bench-${day}-${p.id}`,
        platformId: p.id,
        start,
        end: start + HOUR,
        locked: false,
        status: d < 15 ? 'done' : 'planned',
        actualEarnings: d < 15 && i === 0 ? 7.5 : null,
        actualMin: d < 15 ? 50 : null,
        note: '',
        createdAt: 0,
        updatedAt: 0,
      });
    });
  }
  const month = billingMonth(MONTH, zone);
  const occurrences = expandCommitments(profile.commitments, month);
  const workRecords: WorkRecord[] = occurrences
    .filter((_, i) => i % 3 === 0)
    .map((o, i) => ({
      id: o.id,
      commitmentId: o.commitmentId,
      outcome: i % 4 === 0 ? 'missed' : 'done',
      actualMin: i % 4 === 1 ? 45 : null,
      createdAt: 0,
      updatedAt: 0,
    }));
  return {
    month: MONTH,
    settings: { ...profile.settings, currency: 'PHP' },
    clients: profile.clients,
    commitments: profile.commitments,
    platforms: profile.platforms,
    sessions,
    workRecords,
    rates: [
      { currency: 'USD', perUnit: 58.2, setOn: '2026-06-01' },
      { currency: 'GBP', perUnit: 73.5, setOn: '2026-04-01' },
      { currency: 'AUD', perUnit: 38.1, setOn: '2026-06-01' },
    ],
    today: '2026-06-16',
  };
}

it(`${NAME} (budget ${BUDGET_MS} ms)`, () => {
  const input = heavyMonthInput();
  const figures = monthFigures(input);
  // The profile is what it claims: every client row, sessions, marks, EUR without a rate.
  expect(figures.clients.length).toBeGreaterThan(20);
  expect(figures.platforms.length).toBe(2);
  expect(figures.expected.missing).toEqual(['EUR']);
  expect(figures.trend).toHaveLength(12);
  record([measure(NAME, BUDGET_MS, () => monthFigures(input))]);
}, 120_000);
