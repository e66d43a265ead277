/** Monthly commitments written as RRULE, and read back by the app's own import unchanged. */
import { describe, expect, it } from 'vitest';
import { parseIcs, toIcs } from '../../../src/core/ics';
import type { Commitment, Recurrence } from '../../../src/core/types';
import { commitment, exportInput, monthlyRule } from '../fixtures/ics/plan';

const NY = 'America/New_York';

function exported(list: Commitment[]): string {
  const content = { commitments: true, sessions: false, availability: false, alarms: false };
  return toIcs(exportInput({ range: { kind: 'recurring' }, commitments: list, content }));
}

const lines = (text: string): string[] => text.split('\r\n');

function monthly(over: Partial<Extract<Recurrence, { kind: 'monthly' }>>): Recurrence {
  return monthlyRule({ by: 'monthday', day: 15 }, { startDate: '2026-01-15', ...over });
}

describe('export of monthly rules', () => {
  it('writes BYMONTHDAY or BYDAY with its ordinal, INTERVAL, COUNT and UNTIL in UTC', () => {
    const list = [
      commitment('a', { recurrence: monthly({ count: 6 }) }),
      commitment('b', {
        recurrence: monthly({
          on: { by: 'weekday', nth: -1, weekday: 5 },
          interval: 2,
          startDate: '2026-01-30',
          endDate: '2026-12-31',
        }),
      }),
      commitment('c', {
        recurrence: monthly({ on: { by: 'weekday', nth: 1, weekday: 1 }, startDate: '2026-01-05' }),
      }),
    ];
    const rrules = lines(exported(list)).filter((l) => l.startsWith('RRULE:FREQ=MONTHLY'));
    expect(rrules).toEqual([
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6',
      // The last moment of 31 December in New York, in UTC.
      'RRULE:FREQ=MONTHLY;BYDAY=-1FR;INTERVAL=2;UNTIL=20270101T045959Z',
      'RRULE:FREQ=MONTHLY;BYDAY=1MO',
    ]);
  });

  it('writes skips as EXDATE and moves as RECURRENCE-ID overrides in the zone', () => {
    const c = commitment('a', {
      recurrence: monthly({}),
      skippedDates: ['2026-02-15'],
      moved: [
        {
          date: '2026-03-15',
          to: { date: '2026-03-16', time: '10:00', zone: NY },
          durationMin: 30,
        },
      ],
    });
    const text = lines(exported([c]));
    expect(text).toContain(`DTSTART;TZID=${NY}:20260115T090000`);
    expect(text).toContain(`EXDATE;TZID=${NY}:20260215T090000`);
    expect(text).toContain(`RECURRENCE-ID;TZID=${NY}:20260315T090000`);
    expect(text).toContain(`DTSTART;TZID=${NY}:20260316T100000`);
  });

  it('clips a series to an exported span: from its first day in the span, until the span ends', () => {
    const c = commitment('a', { recurrence: monthly({}) });
    const content = { commitments: true, sessions: false, availability: false, alarms: false };
    const span = { kind: 'span' as const, start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 4, 1) };
    const text = lines(toIcs(exportInput({ range: span, commitments: [c], content })));
    expect(text).toContain(`DTSTART;TZID=${NY}:20260315T090000`);
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20260430T235959Z');
  });

  it('reads back as the same rule, skips and moves', () => {
    const c = commitment('a', {
      recurrence: monthly({
        on: { by: 'weekday', nth: 4, weekday: 4 },
        startDate: '2026-01-22',
        count: 9,
      }),
      skippedDates: ['2026-02-26'],
      moved: [
        {
          date: '2026-03-26',
          to: { date: '2026-03-27', time: '11:00', zone: NY },
          durationMin: 60,
        },
      ],
    });
    const parsed = parseIcs(exported([c]), { homeZone: 'Europe/London', fileName: 'x.ics' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const draft = parsed.preview.events[0]?.draft;
    expect(draft?.recurrence).toEqual(c.recurrence);
    expect(draft?.skippedDates).toEqual(c.skippedDates);
    expect(draft?.moved).toEqual(c.moved);
  });
});
