import { describe, expect, it } from 'vitest';
import { validateCommitment } from '../../../src/core/validate/records';

type Json = Record<string, unknown>;

function draft(recurrence: Json): Json {
  return {
    clientId: 'acme',
    title: 'Monthly review',
    kind: 'call',
    zone: 'America/New_York',
    start: '09:00',
    durationMin: 60,
    recurrence,
    skippedDates: [],
    moved: [],
    reminderLeadMin: null,
    notes: '',
    icsUid: null,
  };
}

function monthly(patch: Json = {}): Json {
  return {
    kind: 'monthly',
    on: { by: 'monthday', day: 15 },
    interval: 1,
    startDate: '2026-01-01',
    endDate: null,
    count: null,
    ...patch,
  };
}

const errorsOf = (input: Json): Record<string, string> => {
  const v = validateCommitment(input);
  return v.ok ? {} : v.errors;
};

describe('validateCommitment: monthly rules', () => {
  it('accepts a day of the month and an nth weekday (first … fourth, last)', () => {
    const byDay = validateCommitment(draft(monthly({ on: { by: 'monthday', day: 31 } })));
    expect(byDay.ok && byDay.value.recurrence).toEqual(
      monthly({ on: { by: 'monthday', day: 31 } }),
    );
    for (const nth of [1, 2, 3, 4, -1]) {
      const on = { by: 'weekday', nth, weekday: 1 };
      expect(errorsOf(draft(monthly({ on, interval: 3, count: 10 })))).toEqual({});
    }
  });

  it('reports every invalid field at once', () => {
    const bad = monthly({
      on: { by: 'weekday', nth: 5, weekday: 7 },
      interval: 0,
      startDate: '2026-02-30',
      count: 0,
    });
    expect(Object.keys(errorsOf(draft(bad))).sort()).toEqual([
      'recurrence.count',
      'recurrence.interval',
      'recurrence.on.nth',
      'recurrence.on.weekday',
      'recurrence.startDate',
    ]);
    expect(errorsOf(draft(monthly({ on: { by: 'monthday', day: 32 } })))).toHaveProperty(
      'recurrence.on.day',
    );
    expect(errorsOf(draft(monthly({ on: { by: 'yearday', day: 1 } })))).toHaveProperty(
      'recurrence.on.by',
    );
    expect(errorsOf(draft(monthly({ on: undefined })))).toHaveProperty('recurrence.on');
  });

  it('refuses a day that none of the rule’s months has', () => {
    // Every 12 months from February: the 30th never comes.
    const never = monthly({
      on: { by: 'monthday', day: 30 },
      interval: 12,
      startDate: '2026-02-01',
    });
    expect(errorsOf(draft(never))).toEqual({
      'recurrence.on.day':
        'The 30th is in none of the months this rule repeats in: pick another day or interval.',
    });
    // The 29th every 12 months from February comes in leap years only, and that is allowed.
    const leap = monthly({
      on: { by: 'monthday', day: 29 },
      interval: 12,
      startDate: '2026-02-01',
    });
    expect(errorsOf(draft(leap))).toEqual({});
  });
});
