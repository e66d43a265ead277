import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAY,
  HOUR,
  addDays,
  dayFromOrdinal,
  dayOf,
  dayOrdinal,
  daySpan,
  diffDays,
  formatOffset,
  isValidDay,
  isValidZone,
  listZones,
  offsetChanges,
  offsetMinutes,
  resolveWallTime,
  startOfWeek,
  toWall,
  weekdayOf,
} from '../../../src/core/time';
import type { Weekday } from '../../../src/core/types';

type Change = { at: string; before: number; after: number };
type ZoneCase = { zone: string; january: number; july: number; changes: Change[] };

// Written by hand from the published rules, not from the runtime's data:
// - US/Canada: 2nd Sunday of March 02:00 local → 03:00, 1st Sunday of November 02:00 → 01:00.
// - EU: last Sunday of March and October at 01:00 UTC.
// - Australia (NSW, Lord Howe): ends 1st Sunday of April, starts 1st Sunday of October.
//   Lord Howe moves only 30 minutes (+10:30 ↔ +11), at 02:00 local in both directions.
// - New Zealand: ends 1st Sunday of April 03:00 NZDT, starts last Sunday of September 02:00 NZST.
// - Brazil dropped DST in 2019 and most of Mexico in 2022; Manila, Kolkata, Kathmandu have none.
const ZONES: ZoneCase[] = [
  {
    zone: 'America/New_York',
    january: -300,
    july: -240,
    changes: [
      { at: '2026-03-08T07:00:00Z', before: -300, after: -240 },
      { at: '2026-11-01T06:00:00Z', before: -240, after: -300 },
      { at: '2027-03-14T07:00:00Z', before: -300, after: -240 },
      { at: '2027-11-07T06:00:00Z', before: -240, after: -300 },
    ],
  },
  {
    zone: 'Europe/London',
    january: 0,
    july: 60,
    changes: [
      { at: '2026-03-29T01:00:00Z', before: 0, after: 60 },
      { at: '2026-10-25T01:00:00Z', before: 60, after: 0 },
      { at: '2027-03-28T01:00:00Z', before: 0, after: 60 },
      { at: '2027-10-31T01:00:00Z', before: 60, after: 0 },
    ],
  },
  {
    zone: 'Europe/Berlin',
    january: 60,
    july: 120,
    changes: [
      { at: '2026-03-29T01:00:00Z', before: 60, after: 120 },
      { at: '2026-10-25T01:00:00Z', before: 120, after: 60 },
      { at: '2027-03-28T01:00:00Z', before: 60, after: 120 },
      { at: '2027-10-31T01:00:00Z', before: 120, after: 60 },
    ],
  },
  { zone: 'Asia/Manila', january: 480, july: 480, changes: [] },
  { zone: 'Asia/Kolkata', january: 330, july: 330, changes: [] },
  { zone: 'Asia/Kathmandu', january: 345, july: 345, changes: [] },
  {
    zone: 'Australia/Sydney',
    january: 660,
    july: 600,
    changes: [
      { at: '2026-04-04T16:00:00Z', before: 660, after: 600 }, // Sun 5 Apr 03:00 AEDT
      { at: '2026-10-03T16:00:00Z', before: 600, after: 660 }, // Sun 4 Oct 02:00 AEST
      { at: '2027-04-03T16:00:00Z', before: 660, after: 600 },
      { at: '2027-10-02T16:00:00Z', before: 600, after: 660 },
    ],
  },
  {
    zone: 'Australia/Lord_Howe',
    january: 660,
    july: 630,
    changes: [
      { at: '2026-04-04T15:00:00Z', before: 660, after: 630 }, // Sun 5 Apr 02:00 +11
      { at: '2026-10-03T15:30:00Z', before: 630, after: 660 }, // Sun 4 Oct 02:00 +10:30
      { at: '2027-04-03T15:00:00Z', before: 660, after: 630 },
      { at: '2027-10-02T15:30:00Z', before: 630, after: 660 },
    ],
  },
  { zone: 'America/Sao_Paulo', january: -180, july: -180, changes: [] },
  {
    zone: 'America/St_Johns',
    january: -210,
    july: -150,
    changes: [
      { at: '2026-03-08T05:30:00Z', before: -210, after: -150 },
      { at: '2026-11-01T04:30:00Z', before: -150, after: -210 },
      { at: '2027-03-14T05:30:00Z', before: -210, after: -150 },
      { at: '2027-11-07T04:30:00Z', before: -150, after: -210 },
    ],
  },
  {
    zone: 'Pacific/Auckland',
    january: 780,
    july: 720,
    changes: [
      { at: '2026-04-04T14:00:00Z', before: 780, after: 720 }, // Sun 5 Apr 03:00 NZDT
      { at: '2026-09-26T14:00:00Z', before: 720, after: 780 }, // Sun 27 Sep 02:00 NZST
      { at: '2027-04-03T14:00:00Z', before: 780, after: 720 },
      { at: '2027-09-25T14:00:00Z', before: 720, after: 780 },
    ],
  },
  { zone: 'America/Mexico_City', january: -360, july: -360, changes: [] },
];

const T = (s: string): number => Date.parse(s);
const iso = (t: number): string => new Date(t).toISOString().replace('.000Z', 'Z');

describe('DST table, 2026 and 2027', () => {
  it.each(ZONES)('$zone changes offset exactly at the expected instants', (c) => {
    const got = offsetChanges(c.zone, T('2026-01-01T00:00:00Z'), T('2028-01-01T00:00:00Z'));
    expect(got.map((g) => ({ at: iso(g.at), before: g.before, after: g.after }))).toEqual(
      c.changes,
    );
    for (const ch of c.changes) {
      expect(offsetMinutes(c.zone, T(ch.at) - 60_000)).toBe(ch.before);
      expect(offsetMinutes(c.zone, T(ch.at))).toBe(ch.after);
    }
    for (const year of [2026, 2027]) {
      expect(offsetMinutes(c.zone, Date.UTC(year, 0, 15))).toBe(c.january);
      expect(offsetMinutes(c.zone, Date.UTC(year, 6, 15))).toBe(c.july);
    }
  });
});

describe('wall time → instant with the DST policy', () => {
  const cases = [
    // Spring-forward gaps: the missing wall time moves later by the gap.
    ['America/New_York', '2026-03-08', '02:30', 'gap', 60, '2026-03-08T07:30:00Z'],
    ['Europe/London', '2026-03-29', '01:30', 'gap', 60, '2026-03-29T01:30:00Z'],
    ['Australia/Sydney', '2026-10-04', '02:30', 'gap', 60, '2026-10-03T16:30:00Z'],
    ['Australia/Lord_Howe', '2026-10-04', '02:15', 'gap', 30, '2026-10-03T15:45:00Z'],
    ['America/St_Johns', '2027-03-14', '02:30', 'gap', 60, '2027-03-14T06:00:00Z'],
    // Fall-back overlaps: the twice-happening wall time takes the earlier instant.
    ['America/New_York', '2026-11-01', '01:30', 'ambiguous', 0, '2026-11-01T05:30:00Z'],
    ['Europe/Berlin', '2026-10-25', '02:30', 'ambiguous', 0, '2026-10-25T00:30:00Z'],
    ['Pacific/Auckland', '2027-04-04', '02:30', 'ambiguous', 0, '2027-04-03T13:30:00Z'],
    ['Australia/Lord_Howe', '2026-04-05', '01:45', 'ambiguous', 0, '2026-04-04T14:45:00Z'],
    // Ordinary wall times, including quarter- and half-hour zones.
    ['Asia/Kathmandu', '2026-03-08', '02:30', 'exact', 0, '2026-03-07T20:45:00Z'],
    ['Asia/Kolkata', '2026-07-01', '09:00', 'exact', 0, '2026-07-01T03:30:00Z'],
    ['America/Sao_Paulo', '2026-11-01', '00:30', 'exact', 0, '2026-11-01T03:30:00Z'],
    ['America/Mexico_City', '2026-04-05', '02:30', 'exact', 0, '2026-04-05T08:30:00Z'],
  ] as const;
  it.each(cases)('%s %s %s → %s', (zone, date, time, resolution, shiftMin, instant) => {
    const r = resolveWallTime({ date, time, zone });
    expect({ resolution: r.resolution, shiftMin: r.shiftMin, at: iso(r.instant) }).toEqual({
      resolution,
      shiftMin,
      at: instant,
    });
  });

  it('shows a gap-shifted 02:30 as 03:30 on the clock', () => {
    const r = resolveWallTime({ date: '2026-03-08', time: '02:30', zone: 'America/New_York' });
    expect(toWall(r.instant, 'America/New_York')).toEqual({
      date: '2026-03-08',
      time: '03:30',
      zone: 'America/New_York',
    });
  });
});

describe('home-zone weeks with a 23 h and a 25 h day', () => {
  /** The days from `from` to `to` inclusive. */
  function daysBetween(from: string, to: string): string[] {
    const out: string[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
    return out;
  }
  function weekHours(monday: string, zone: string): number[] {
    return daysBetween(monday, addDays(monday, 6)).map((d) => {
      const s = daySpan(d, zone);
      return (s.end - s.start) / HOUR;
    });
  }
  it('Berlin: the week of 23 Mar 2026 has a 23 h Sunday, the week of 19 Oct a 25 h Sunday', () => {
    expect(weekHours('2026-03-23', 'Europe/Berlin')).toEqual([24, 24, 24, 24, 24, 24, 23]);
    expect(weekHours('2026-10-19', 'Europe/Berlin')).toEqual([24, 24, 24, 24, 24, 24, 25]);
  });
  it('New York 2026: 8 Mar is 23 h and 1 Nov is 25 h; days tile the week without gaps', () => {
    const days = daysBetween('2026-03-02', '2026-03-08');
    const spans = days.map((d) => daySpan(d, 'America/New_York'));
    spans.slice(1).forEach((s, i) => expect(s.start).toBe(spans[i]!.end));
    expect(weekHours('2026-03-02', 'America/New_York')[6]).toBe(23);
    expect(weekHours('2026-10-26', 'America/New_York')[6]).toBe(25);
    expect(weekHours('2026-10-05', 'Australia/Lord_Howe')).toEqual([24, 24, 24, 24, 24, 24, 24]);
    expect(weekHours('2026-09-28', 'Australia/Lord_Howe')[6]).toBe(23.5);
  });
});

describe('calendar days and zones', () => {
  it('validates days and zones', () => {
    expect(isValidDay('2028-02-29')).toBe(true);
    expect(isValidDay('2026-02-29')).toBe(false);
    expect(isValidDay('2026-2-01')).toBe(false);
    expect(isValidZone('Asia/Kathmandu')).toBe(true);
    expect(isValidZone('Mars/Olympus')).toBe(false);
    expect(isValidZone(42)).toBe(false);
  });
  it('lists current zone names, including ones the runtime knows under older aliases', () => {
    const zones = listZones();
    for (const z of ['Asia/Kolkata', 'Asia/Kathmandu', 'Europe/Kyiv', 'UTC', 'America/New_York']) {
      expect(zones).toContain(z);
    }
    expect(zones).not.toContain('Asia/Calcutta');
    expect([...zones].sort()).toEqual(zones);
  });
  it('formats offsets', () => {
    expect(formatOffset(345)).toBe('UTC+5:45');
    expect(formatOffset(-210)).toBe('UTC−3:30');
    expect(formatOffset(0)).toBe('UTC+0');
  });
});

const ZONE_NAMES = ZONES.map((z) => z.zone);
const zoneArb = fc.constantFrom(...ZONE_NAMES);
const dayArb = fc.integer({ min: 0, max: 4 * 366 }).map((n) => addDays('2025-01-01', n));
const minuteArb = fc.integer({ min: 0, max: 1439 });
const clock = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

describe('property tests', () => {
  it('wall → instant → wall round-trips for every wall time outside a gap', () => {
    fc.assert(
      fc.property(zoneArb, dayArb, minuteArb, (zone, date, m) => {
        const wall = { date, time: clock(m), zone };
        const r = resolveWallTime(wall);
        if (r.resolution === 'gap') {
          expect(r.shiftMin).toBeGreaterThan(0);
          expect(toWall(r.instant, zone).time).toBe(clock((m + r.shiftMin) % 1440));
        } else {
          expect(toWall(r.instant, zone)).toEqual(wall);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('instant → wall → instant gives the instant back, or the earlier twin in an overlap', () => {
    const start = Date.UTC(2025, 0, 1);
    fc.assert(
      fc.property(zoneArb, fc.integer({ min: 0, max: 4 * 366 * 1440 }), (zone, m) => {
        const t = start + m * 60_000;
        const r = resolveWallTime(toWall(t, zone));
        expect(r.resolution).not.toBe('gap');
        if (r.resolution === 'exact') expect(r.instant).toBe(t);
        else expect(toWall(r.instant, zone)).toEqual(toWall(t, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it('an instant lies inside the span of its own day in every zone', () => {
    fc.assert(
      fc.property(zoneArb, fc.integer({ min: 0, max: 4 * 366 * 1440 }), (zone, m) => {
        const t = Date.UTC(2025, 0, 1) + m * 60_000;
        const span = daySpan(dayOf(t, zone), zone);
        expect(span.start).toBeLessThanOrEqual(t);
        expect(span.end).toBeGreaterThan(t);
      }),
    );
  });

  it('day arithmetic is consistent (and agrees with Date on the Gregorian calendar)', () => {
    const anyDay = fc.integer({ min: -30000, max: 80000 }).map(dayFromOrdinal);
    fc.assert(
      fc.property(
        anyDay,
        fc.integer({ min: -800, max: 800 }),
        fc.integer({ min: -800, max: 800 }),
        (d, a, b) => {
          expect(addDays(addDays(d, a), b)).toBe(addDays(d, a + b));
          expect(diffDays(d, addDays(d, a))).toBe(a);
          expect(weekdayOf(addDays(d, a))).toBe((((weekdayOf(d) + a) % 7) + 7) % 7);
          expect(dayFromOrdinal(dayOrdinal(d))).toBe(d);
          expect(isValidDay(d)).toBe(d >= '1900' && d < '2201');
          expect(new Date(dayOrdinal(d) * DAY).toISOString().slice(0, 10)).toBe(d);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('startOfWeek is the latest week start on or before the day', () => {
    fc.assert(
      fc.property(dayArb, fc.constantFrom<Weekday>(0, 1, 6), (d, ws) => {
        const s = startOfWeek(d, ws);
        expect(weekdayOf(s)).toBe(ws);
        expect(diffDays(s, d)).toBeGreaterThanOrEqual(0);
        expect(diffDays(s, d)).toBeLessThan(7);
      }),
    );
  });

  it('knows leap days at century boundaries', () => {
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(dayOrdinal('1970-01-01')).toBe(0);
    expect(weekdayOf('2026-03-08')).toBe(0);
  });
});
