import { describe, expect, it } from 'vitest';
import {
  outcomeFormOf,
  readOutcomeForm,
  readSessionDoneForm,
} from '../../../src/renderer/src/features/week/outcome-form';
import { workRecord } from '../core/planner-fixtures';

const PAST = { start: 1_000, now: 2_000 };
const FUTURE = { start: 3_000, now: 2_000 };

describe('readOutcomeForm', () => {
  it('reads done as planned, done with minutes, missed and not marked', () => {
    expect(readOutcomeForm({ choice: 'planned', minutes: '' }, PAST)).toEqual({
      ok: true,
      value: { outcome: 'done', actualMin: null },
    });
    expect(readOutcomeForm({ choice: 'actual', minutes: '90' }, PAST)).toEqual({
      ok: true,
      value: { outcome: 'done', actualMin: 90 },
    });
    expect(readOutcomeForm({ choice: 'missed', minutes: '45' }, PAST)).toEqual({
      ok: true,
      value: { outcome: 'missed', actualMin: null },
    });
    expect(readOutcomeForm({ choice: 'none', minutes: 'x' }, FUTURE)).toEqual({
      ok: true,
      value: null,
    });
  });

  it.each([
    ['-5', /below zero/],
    ['1441', /1440/],
    ['ninety', /number/],
    ['', /number/],
    ['30.5', /whole/],
  ])('refuses %s actual minutes', (minutes, message) => {
    const result = readOutcomeForm({ choice: 'actual', minutes }, PAST);
    expect(result.ok ? '' : result.errors['minutes']).toMatch(message);
  });

  it('refuses marking work that has not started, with the minutes problem too', () => {
    const result = readOutcomeForm({ choice: 'actual', minutes: '-1' }, FUTURE);
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['choice', 'minutes']);
    const missed = readOutcomeForm({ choice: 'missed', minutes: '' }, FUTURE);
    expect(missed.ok ? '' : missed.errors['choice']).toMatch(/not started/);
  });

  it('starts from the stored mark', () => {
    expect(outcomeFormOf(undefined)).toEqual({ choice: 'none', minutes: '' });
    expect(outcomeFormOf(workRecord('k@2026-03-02', 'done', 75))).toEqual({
      choice: 'actual',
      minutes: '75',
    });
    expect(outcomeFormOf(workRecord('k@2026-03-02', 'missed'))).toEqual({
      choice: 'missed',
      minutes: '',
    });
  });
});

describe('readSessionDoneForm', () => {
  it('reads blank minutes as planned and blank earnings as none', () => {
    expect(readSessionDoneForm({ minutes: '', earnings: '' }, PAST)).toEqual({
      ok: true,
      value: { actualMin: null, actualEarnings: null },
    });
    expect(readSessionDoneForm({ minutes: '40', earnings: '6.5' }, PAST)).toEqual({
      ok: true,
      value: { actualMin: 40, actualEarnings: 6.5 },
    });
  });

  it('reports every problem at once, a session still to come among them', () => {
    const result = readSessionDoneForm({ minutes: '2000', earnings: '-1' }, FUTURE);
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual([
      'actualEarnings',
      'actualMin',
      'status',
    ]);
  });
});
