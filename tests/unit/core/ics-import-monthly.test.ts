/** Import of monthly and daily rules and of extra dates (RDATE): held exactly, or refused with why. */
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../src/core/ics';
import type { ImportedEvent } from '../../../src/core/ics';
import { expandCommitment } from '../../../src/core/recurrence';
import { toInstant } from '../../../src/core/time';
import { commitment } from '../fixtures/ics/plan';

const NY = 'America/New_York';

/** One event at 09:00 New York on `day` (yyyymmdd) with the given extra lines. */
function read(day: string, lines: string[]): { event?: ImportedEvent; reason?: string } {
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'UID:m1@test',
    'SUMMARY:Monthly review',
    `DTSTART;TZID=${NY}:${day}T090000`,
    'DURATION:PT1H',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  const parsed = parseIcs(text, { homeZone: 'Europe/London', fileName: 'invite.ics' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { event: parsed.preview.events[0], reason: parsed.preview.skipped[0]?.reason };
}

const ruleOf = (day: string, rrule: string) =>
  read(day, [`RRULE:${rrule}`]).event?.draft.recurrence;
const reasonOf = (day: string, lines: string[]) => read(day, lines).reason;

describe('import of FREQ=MONTHLY', () => {
  it('reads BYMONTHDAY, BYDAY with an ordinal, and one BYDAY with BYSETPOS', () => {
    expect(ruleOf('20260115', 'FREQ=MONTHLY;BYMONTHDAY=15;COUNT=6')).toEqual({
      kind: 'monthly',
      on: { by: 'monthday', day: 15 },
      interval: 1,
      startDate: '2026-01-15',
      endDate: null,
      count: 6,
    });
    expect(ruleOf('20260105', 'FREQ=MONTHLY;INTERVAL=2;BYDAY=1MO')).toMatchObject({
      on: { by: 'weekday', nth: 1, weekday: 1 },
      interval: 2,
    });
    expect(ruleOf('20260130', 'FREQ=MONTHLY;BYDAY=-1FR')).toMatchObject({
      on: { by: 'weekday', nth: -1, weekday: 5 },
    });
    expect(ruleOf('20260130', 'FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1')).toMatchObject({
      on: { by: 'weekday', nth: -1, weekday: 5 },
    });
    expect(ruleOf('20260101', 'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=1')).toMatchObject({
      on: { by: 'weekday', nth: 1, weekday: 4 },
    });
    // No BYxxx: the day of the month of DTSTART.
    expect(ruleOf('20260131', 'FREQ=MONTHLY')).toMatchObject({ on: { by: 'monthday', day: 31 } });
  });

  it('reads UNTIL in UTC as the last day in the event’s zone', () => {
    expect(ruleOf('20260115', 'FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20260615T130000Z')).toMatchObject({
      endDate: '2026-06-15',
    });
  });

  it('refuses what the planner cannot hold, and says what it is', () => {
    const refused: [string, RegExp][] = [
      ['FREQ=MONTHLY;BYDAY=-2MO', /second-to-last weekday/],
      ['FREQ=MONTHLY;BYDAY=5MO', /fifth weekday/],
      ['FREQ=MONTHLY;BYMONTHDAY=-1', /BYMONTHDAY=-1/],
      ['FREQ=MONTHLY;BYMONTHDAY=1,15', /BYMONTHDAY=1,15/],
      ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1', /BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1/],
      ['FREQ=MONTHLY;BYDAY=MO', /BYDAY=MO:/],
      ['FREQ=MONTHLY;BYDAY=1MO;BYSETPOS=1', /BYDAY=1MO;BYSETPOS=1/],
      ['FREQ=MONTHLY;BYMONTHDAY=5;BYDAY=MO', /combines BYMONTHDAY/],
      ['FREQ=WEEKLY;BYMONTHDAY=5', /BYMONTHDAY in a weekly rule/],
      ['FREQ=YEARLY', /repeats yearly/],
    ];
    for (const [rule, reason] of refused) {
      expect(reasonOf('20260105', [`RRULE:${rule}`]), rule).toMatch(reason);
    }
  });

  it('refuses a DTSTART its monthly rule does not give, naming the day', () => {
    expect(reasonOf('20260122', ['RRULE:FREQ=MONTHLY;BYMONTHDAY=23'])).toBe(
      'The series starts on 2026-01-22, a day its monthly rule does not give.',
    );
  });
});

describe('import of FREQ=DAILY', () => {
  it('reads a daily rule as every chosen weekday, and refuses every N days', () => {
    expect(ruleOf('20260105', 'FREQ=DAILY;COUNT=10')).toMatchObject({
      kind: 'weekly',
      weekdays: [0, 1, 2, 3, 4, 5, 6],
      interval: 1,
      count: 10,
    });
    expect(ruleOf('20260105', 'FREQ=DAILY;BYDAY=MO,WE')).toMatchObject({
      kind: 'weekly',
      weekdays: [1, 3],
    });
    expect(reasonOf('20260105', ['RRULE:FREQ=DAILY;INTERVAL=3'])).toMatch(/every 3 days/);
  });
});

describe('import of extra dates (RDATE)', () => {
  const rule = 'RRULE:FREQ=MONTHLY;BYMONTHDAY=15';

  it('keeps an EXDATE + RDATE pair as a moved occurrence, at the same instants', () => {
    const { event } = read('20260115', [
      rule,
      `EXDATE;TZID=${NY}:20260315T090000`,
      `RDATE;TZID=${NY}:20260316T100000`,
    ]);
    expect(event?.draft.skippedDates).toEqual([]);
    expect(event?.draft.moved).toEqual([
      { date: '2026-03-15', to: { date: '2026-03-16', time: '10:00', zone: NY }, durationMin: 60 },
    ]);
    expect(event?.notices.join(' ')).toMatch(/2026-03-15 → 2026-03-16 10:00/);
    const c = commitment('m1', { ...event?.draft });
    const starts = expandCommitment(c, {
      start: toInstant('2026-03-01', '00:00', NY),
      end: toInstant('2026-04-01', '00:00', NY),
    }).map((o) => o.start);
    expect(starts).toEqual([toInstant('2026-03-16', '10:00', NY)]);
  });

  it('ignores an RDATE the rule already gives', () => {
    const { event } = read('20260115', [rule, `RDATE;TZID=${NY}:20260215T090000`]);
    expect(event?.draft.moved).toEqual([]);
    expect(event?.notices).toEqual([]);
  });

  it('refuses an added date it cannot hold, naming it', () => {
    expect(reasonOf('20260115', [rule, 'RDATE:20260320T140000Z'])).toBe(
      "The extra date (RDATE) 2026-03-20 10:00 is not on the series' rule; the planner cannot add single dates to a series.",
    );
    expect(reasonOf('20260115', [`RDATE;TZID=${NY}:20260320T090000`])).toMatch(/single event/);
  });
});
