/**
 * A week planned ahead is reused only for exactly the inputs it was planned from: the cache key
 * the week view relies on to switch weeks without planning.
 */
import { describe, expect, it } from 'vitest';
import { sampleWeek } from '../../../src/core/sample-week';
import { toInstant } from '../../../src/core/time';
import type { TimeOff } from '../../../src/core/types';
import type { WeekModelInput } from '../../../src/renderer/src/features/week/model';
import { sameWeekInput } from '../../../src/renderer/src/features/week/useWeekModel';

const NOW = toInstant('2026-11-25', '10:00', 'Asia/Manila');
const sample = sampleWeek({ weekStart: '2026-11-23', now: NOW });
const hiddenBands = new Set<string>();
const dismissed = new Set<string>();
const timeOff: TimeOff[] = [];

function input(patch: Partial<WeekModelInput> = {}): WeekModelInput {
  return {
    weekStart: sample.weekStart,
    settings: sample.settings,
    clients: sample.clients,
    commitments: sample.commitments,
    platforms: sample.platforms,
    sessions: sample.sessions,
    timeOff,
    hiddenBands,
    dismissed,
    now: NOW,
    ...patch,
  };
}

describe('sameWeekInput', () => {
  it('accepts a new sessions array holding the same session objects', () => {
    expect(sample.sessions.length).toBeGreaterThan(0);
    expect(sameWeekInput(input(), input({ sessions: [...sample.sessions] }))).toBe(true);
  });

  it.each<[string, Partial<WeekModelInput>]>([
    ['another week', { weekStart: '2026-11-30' }],
    ['another minute', { now: NOW + 60_000 }],
    ['edited settings', { settings: { ...sample.settings } }],
    ['edited clients', { clients: [...sample.clients] }],
    ['edited commitments', { commitments: [...sample.commitments] }],
    ['edited platforms', { platforms: [...sample.platforms] }],
    ['edited time off', { timeOff: [] }],
    ['marked work', { workRecords: [] }],
    ['a hidden band', { hiddenBands: new Set(['x']) }],
    ['a dismissed proposal', { dismissed: new Set(['x']) }],
    ['one session fewer', { sessions: sample.sessions.slice(1) }],
    [
      'an edited session',
      { sessions: sample.sessions.map((s, i) => (i === 0 ? { ...s, locked: !s.locked } : s)) },
    ],
  ])('refuses %s', (_name, patch) => {
    expect(sameWeekInput(input(), input(patch))).toBe(false);
  });
});
