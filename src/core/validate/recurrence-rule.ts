/**
 * Reads a commitment's repeat rule: once, weekly on chosen weekdays, or monthly on a day of the
 * month or the nth weekday. Exactly the shapes recurrence.ts can expand are accepted.
 */
import { ordinalWord } from '../format';
import { compileMonthly, nextMonthOrdinal } from '../recurrence-month';
import type { MonthlyDay, Recurrence, WeekOfMonth, Weekday } from '../types';
import type { FieldReader } from './fields';

const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const WEEKS_OF_MONTH: readonly WeekOfMonth[] = [1, 2, 3, 4, -1];
const KINDS = ['once', 'weekly', 'monthly'] as const;

/** Reads `recurrence` from a commitment record, or null when it is not a record. */
export function readRecurrence(r: FieldReader): Recurrence | null {
  return r.nested('recurrence', 'Repeat', (x): Recurrence => {
    const kind = x.oneOf('kind', 'Repeat', KINDS);
    if (kind === 'once') return { kind, date: x.day('date', 'Date') };
    const startDate = x.day('startDate', 'Start date');
    const endDate = x.optionalDay('endDate', 'End date');
    if (endDate !== null && x.ok && endDate < startDate) {
      x.fail('endDate', 'The end date is before the start date.');
    }
    const count = x.optionalNumber('count', 'Number of times', {
      min: 1,
      max: 5000,
      integer: true,
    });
    if (kind === 'weekly') {
      const weekdays = readWeekdays(x);
      const interval = x.number('interval', 'Repeat every', { min: 1, max: 52, integer: true });
      return { kind, weekdays, interval, startDate, endDate, count };
    }
    const interval = x.number('interval', 'Repeat every', { min: 1, max: 60, integer: true });
    const on = x.nested('on', 'Day of the month', readMonthlyDay) ?? { by: 'monthday', day: 1 };
    const rule: Recurrence = { kind, on, interval, startDate, endDate, count };
    if (x.ok && on.by === 'monthday' && neverHappens(rule)) {
      x.fail(
        'on.day',
        `The ${ordinalWord(on.day)} is in none of the months this rule repeats in: pick another day or interval.`,
      );
    }
    return rule;
  });
}

function readWeekdays(x: FieldReader): Weekday[] {
  const weekdays = x.list('weekdays', 'Weekdays', { max: 7 }, (item, path) => {
    const day = WEEKDAYS.find((d) => d === item);
    if (day === undefined) x.fail(path, 'Weekday must be 0 (Sunday) to 6 (Saturday).');
    return day ?? null;
  });
  const unique = [...new Set(weekdays)].sort((a, b) => a - b);
  if (unique.length === 0) x.fail('weekdays', 'Pick at least one weekday.');
  return unique;
}

function readMonthlyDay(o: FieldReader): MonthlyDay {
  const by = o.oneOf('by', 'Repeat on', ['monthday', 'weekday'] as const);
  if (by === 'monthday') {
    return { by, day: o.number('day', 'Day of the month', { min: 1, max: 31, integer: true }) };
  }
  return {
    by,
    nth: o.oneOf('nth', 'Week of the month', WEEKS_OF_MONTH),
    weekday: o.oneOf('weekday', 'Weekday', WEEKDAYS),
  };
}

/** True for a rule whose day exists in none of its months (the 30th every 12 months from Feb). */
function neverHappens(rule: Extract<Recurrence, { kind: 'monthly' }>): boolean {
  const compiled = compileMonthly(rule);
  return compiled !== null && nextMonthOrdinal(compiled, compiled.first) === null;
}
