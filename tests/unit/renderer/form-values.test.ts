import { describe, expect, it } from 'vitest';
import {
  durationProblem,
  startDurationErrors,
} from '../../../src/renderer/src/components/form-values';

describe('durationProblem', () => {
  it('takes whole minutes from the editor’s shortest to a whole day', () => {
    expect(durationProblem('5', 5)).toBeNull();
    expect(durationProblem('1440', 5)).toBeNull();
    expect(durationProblem('1', 1)).toBeNull();
  });

  it('refuses blank, fractional, too short and longer than a day, naming the range', () => {
    for (const text of ['', '  ', '4', '7.5', '1441', 'abc']) {
      expect(durationProblem(text, 5)).toBe(
        'Duration must be a whole number of minutes, 5 to 1440.',
      );
    }
    expect(durationProblem('0', 1)).toBe('Duration must be a whole number of minutes, 1 to 1440.');
  });
});

describe('startDurationErrors', () => {
  it('passes a time of day and a duration in range', () => {
    expect(startDurationErrors({ time: '09:30', duration: '45' }, 5)).toEqual({});
  });

  it('names both fields at once when both are wrong', () => {
    expect(startDurationErrors({ time: '9h', duration: '3' }, 5)).toEqual({
      time: 'Start must be a time of day.',
      duration: 'Duration must be a whole number of minutes, 5 to 1440.',
    });
  });
});
