/**
 * Monthly rules against an independent reader (python icalendar with recurring_ical_events,
 * fixtures/ics/occurrences.py): RRULEs the app writes are read back by python at the planner's
 * instants, and monthly files python reads are imported at python's instants. Across DST in both
 * hemispheres, wall times in a gap or an overlap, the 31st and months without a fifth weekday.
 * Skipped, with the reason, where Debian's python3-recurring-ical-events is missing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { commitmentUid, parseIcs, toIcs } from '../../../src/core/ics';
import { expandCommitment } from '../../../src/core/recurrence';
import { addDays, DAY, toInstant } from '../../../src/core/time';
import type { Commitment, MonthlyDay, WeekOfMonth, Weekday } from '../../../src/core/types';
import { hasIndependentReader, readIndependently } from '../fixtures/ics/independent';
import { commitment, exportInput } from '../fixtures/ics/plan';

const HOME = 'Europe/London';
const FIRST = 10;

const dir = mkdtempSync(join(tmpdir(), 'ics-monthly-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Python's first occurrences (UTC, seconds) per UID of one file. */
function pythonStarts(text: string): Record<string, string[]> {
  const file = join(dir, 'file.ics');
  writeFileSync(file, text);
  const read = readIndependently([file], HOME)['file.ics'];
  if (!read || 'error' in read) throw new Error(read?.error ?? 'no answer');
  return Object.fromEntries(Object.entries(read.uids).map(([uid, e]) => [uid, e.starts]));
}

/** The planner's first occurrences of a commitment, as python writes instants. */
function plannerStarts(c: Commitment, from: number): string[] {
  return expandCommitment(c, { start: from - 2 * DAY, end: from + 40 * 366 * DAY })
    .slice(0, FIRST)
    .map((o) => `${new Date(o.start).toISOString().slice(0, 19)}Z`);
}

const ZONES = ['America/New_York', 'Australia/Sydney', 'Europe/London', 'Australia/Lord_Howe'];
// 02:30 and 01:30 fall in a DST gap or overlap in some of these zones on some change days.
const TIMES = ['09:00', '02:30', '01:30', '23:45', '00:00'];

const onArb: fc.Arbitrary<MonthlyDay> = fc.oneof(
  fc.record({ by: fc.constant('monthday' as const), day: fc.constantFrom(1, 8, 15, 29, 30, 31) }),
  fc.record({
    by: fc.constant('weekday' as const),
    nth: fc.constantFrom<WeekOfMonth>(1, 2, 4, -1),
    weekday: fc.constantFrom<Weekday>(0, 1, 5, 6),
  }),
);

/** A monthly commitment with some of: an end, a count, a skipped and a moved occurrence. */
const monthlyArb = (id: string): fc.Arbitrary<Commitment> =>
  fc
    .record({
      on: onArb,
      interval: fc.integer({ min: 1, max: 4 }),
      start: fc.integer({ min: 0, max: 700 }).map((n) => addDays('2025-01-01', n)),
      end: fc.oneof(
        fc.constant({ endDate: null, count: null }),
        fc.integer({ min: 1, max: 14 }).map((count) => ({ endDate: null, count })),
        fc.integer({ min: 40, max: 600 }).map((n) => ({ endDate: n, count: null })),
      ),
      zone: fc.constantFrom(...ZONES),
      time: fc.constantFrom(...TIMES),
      skip: fc.integer({ min: 0, max: 4 }),
      move: fc.option(fc.integer({ min: 0, max: 6 })),
    })
    .map((r) => {
      const endDate = r.end.endDate === null ? null : addDays(r.start, r.end.endDate);
      const recurrence = {
        kind: 'monthly' as const,
        on: r.on,
        interval: r.interval,
        startDate: r.start,
        endDate,
        count: r.end.count,
      };
      const c = commitment(id, { zone: r.zone, start: r.time, durationMin: 45, recurrence });
      const days = expandCommitment(c, {
        start: toInstant(r.start, '00:00', r.zone) - DAY,
        end: toInstant(r.start, '00:00', r.zone) + 4 * 366 * DAY,
      }).map((o) => o.originalDate);
      const skipped = days[r.skip];
      const movedDay = r.move === null ? undefined : days[r.move];
      return {
        ...c,
        skippedDates: skipped ? [skipped] : [],
        moved:
          movedDay && movedDay !== skipped
            ? [
                {
                  date: movedDay,
                  to: { date: addDays(movedDay, 2), time: '10:15', zone: r.zone },
                  durationMin: 30,
                },
              ]
            : [],
      };
    });

describe.skipIf(!hasIndependentReader)('monthly rules against python recurring_ical_events', () => {
  it('python reads the RRULEs the app writes at the planner’s instants', () => {
    fc.assert(
      fc.property(
        fc.tuple(...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => monthlyArb(`m-${id}`))),
        (list) => {
          const text = toIcs(
            exportInput({
              range: { kind: 'recurring' },
              commitments: list,
              content: { commitments: true, sessions: false, availability: false, alarms: false },
            }),
          );
          const theirs = pythonStarts(text);
          for (const c of list) {
            if (c.recurrence.kind !== 'monthly') continue;
            const from = toInstant(c.recurrence.startDate, '00:00', c.zone);
            expect(
              theirs[commitmentUid(c)] ?? [],
              `${c.id} ${JSON.stringify(c.recurrence)} ${c.zone} ${c.start}`,
            ).toEqual(plannerStarts(c, from));
          }
        },
      ),
      { numRuns: 6, seed: 17 },
    );
  });

  it('the app imports monthly files at the instants python reads', () => {
    const events: [string, string, string][] = [
      // The 31st in New York across the US changes; months without it are skipped.
      ['America/New_York', '20260131T090000', 'FREQ=MONTHLY;BYMONTHDAY=31;COUNT=10'],
      // The second Sunday at 02:30 New York: 8 March 2026 falls in the spring-forward gap.
      ['America/New_York', '20260111T023000', 'FREQ=MONTHLY;BYDAY=2SU;COUNT=10'],
      // The first Sunday at 02:30 Sydney: 4 October 2026 falls in the spring-forward gap. (Not
      // April's overlap: there python takes the later 02:30, RFC 5545 and the planner the
      // earlier, which is why the exporter writes those days as UTC overrides.)
      ['Australia/Sydney', '20260503T023000', 'FREQ=MONTHLY;BYDAY=1SU;COUNT=10'],
      ['Australia/Sydney', '20260105T080000', 'FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1;INTERVAL=2'],
      // The fourth and the last Friday: the same day in months with four Fridays, not in others.
      ['Australia/Sydney', '20260123T170000', 'FREQ=MONTHLY;BYDAY=4FR;COUNT=10'],
      ['America/New_York', '20260130T170000', 'FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261231T000000Z'],
      ['America/New_York', '20260129T090000', 'FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1;INTERVAL=3'],
      // The 30th, with a skip and a move written as EXDATE + RDATE.
      ['Europe/London', '20260130T090000', 'FREQ=MONTHLY;BYMONTHDAY=30;COUNT=8'],
    ];
    const vevents = events.flatMap(([zone, start, rule], i) => [
      'BEGIN:VEVENT',
      `UID:py-${i}@test`,
      `SUMMARY:Monthly ${i}`,
      `DTSTART;TZID=${zone}:${start}`,
      'DURATION:PT45M',
      `RRULE:${rule}`,
      ...(i === 7
        ? [`EXDATE;TZID=${zone}:20260330T090000`, `RDATE;TZID=${zone}:20260331T140000`]
        : []),
      'END:VEVENT',
    ]);
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      ...vevents,
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const parsed = parseIcs(text, { homeZone: HOME, fileName: 'monthly.ics' });
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.preview.skipped).toEqual([]);
    const theirs = pythonStarts(text);
    expect(Object.keys(theirs)).toHaveLength(events.length);
    for (const e of parsed.preview.events) {
      const uid = e.draft.icsUid ?? '';
      const c = commitment(uid, { ...e.draft });
      expect(plannerStarts(c, e.start), uid).toEqual(theirs[uid]);
    }
  });
});
