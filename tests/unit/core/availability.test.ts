import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availabilityBands,
  homeDays,
  spanOf,
  windowsInRange,
  type AvailabilityBand,
} from '../../../src/core/availability';
import { addDays, daySpan } from '../../../src/core/time';
import type { Weekday, WeekdayWindow } from '../../../src/core/types';

const T = (s: string): number => Date.parse(s);
const iso = (t: number): string => new Date(t).toISOString().replace(':00.000Z', 'Z');

function days(weekdays: Weekday[], start: string, end: string): WeekdayWindow[] {
  return weekdays.map((weekday) => ({ weekday, start, end }));
}

const MON_FRI: Weekday[] = [1, 2, 3, 4, 5];
const newYork = {
  id: 'ny',
  zone: 'America/New_York',
  availability: days(MON_FRI, '09:00', '17:00'),
};

const allHoursManila = {
  id: 'c',
  zone: 'Asia/Manila',
  availability: days([0, 1, 2, 3, 4, 5, 6], '00:00', '24:00'),
};

/** Hours of band on one home day. */
function bandHours(bands: readonly AvailabilityBand[], homeDay: string): number {
  return bands
    .filter((b) => b.homeDay === homeDay)
    .reduce((h, b) => h + (b.end - b.start) / 3_600_000, 0);
}

describe('availabilityBands', () => {
  it('splits a New York day at the Manila midnight and labels it in client time', () => {
    const bands = availabilityBands(newYork, homeDays('2026-03-02', 'Asia/Manila'));
    expect(bands).toHaveLength(10);
    // Mon 09:00–17:00 EST = Mon 22:00 – Tue 06:00 Manila.
    expect(bands[0]).toEqual({
      clientId: 'ny',
      homeDay: '2026-03-02',
      start: T('2026-03-02T14:00Z'),
      end: T('2026-03-02T16:00Z'),
      window: { start: T('2026-03-02T14:00Z'), end: T('2026-03-02T22:00Z') },
      clientDay: '2026-03-02',
      clientStart: '09:00',
      clientEnd: '11:00',
      label: 'Mon 09:00–17:00 New York time',
      continuesFromPreviousDay: false,
      continuesToNextDay: true,
    });
    expect(bands[1]).toMatchObject({
      homeDay: '2026-03-03',
      clientStart: '11:00',
      clientEnd: '17:00',
      continuesFromPreviousDay: true,
      continuesToNextDay: false,
    });
    expect(bands.map((b) => b.homeDay)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-03',
      '2026-03-04',
      '2026-03-04',
      '2026-03-05',
      '2026-03-05',
      '2026-03-06',
      '2026-03-06',
      '2026-03-07',
    ]);
  });

  it('moves the bands an hour earlier on the Manila clock once New York is on EDT', () => {
    const bands = availabilityBands(newYork, homeDays('2026-03-09', 'Asia/Manila'));
    expect(iso(bands[0]!.start)).toBe('2026-03-09T13:00Z'); // 21:00 Manila
    expect(bands[0]!.clientStart).toBe('09:00');
  });

  it('shows a window ending at the client midnight as 24:00', () => {
    const client = { id: 'c', zone: 'Asia/Manila', availability: days([1], '20:00', '24:00') };
    const [band] = availabilityBands(client, homeDays('2026-03-02', 'Asia/Manila'));
    expect(band).toMatchObject({ clientStart: '20:00', clientEnd: '24:00', homeDay: '2026-03-02' });
    expect(band!.end - band!.start).toBe(4 * 3_600_000);
  });

  it('keeps the home-zone week boundaries on a 25 h Sunday', () => {
    // An around-the-clock Manila client seen from London in the week with the 25 h 25 Oct.
    const bands = availabilityBands(allHoursManila, homeDays('2026-10-19', 'Europe/London'));
    expect(bandHours(bands, '2026-10-25')).toBe(25);
    const week = spanOf(homeDays('2026-10-19', 'Europe/London'));
    if (!week) throw new Error('a week has days');
    expect((week.end - week.start) / 3_600_000).toBe(169);
  });
});

describe('windowsInRange', () => {
  it('runs an overnight window into the next day and drops empty ones', () => {
    const windows = [
      { weekday: 1 as const, start: '22:00', end: '02:00' },
      { weekday: 2 as const, start: '10:00', end: '10:00' },
    ];
    const got = windowsInRange(windows, 'UTC', {
      start: T('2026-03-03T00:00Z'),
      end: T('2026-03-04T00:00Z'),
    });
    expect(got.map((w) => [w.day, iso(w.start), iso(w.end)])).toEqual([
      ['2026-03-02', '2026-03-02T22:00Z', '2026-03-03T02:00Z'],
    ]);
  });

  it('measures a window across the spring-forward night in real hours', () => {
    const windows = days([0], '01:00', '04:00');
    const [w] = windowsInRange(windows, 'America/New_York', {
      start: T('2026-03-08T00:00Z'),
      end: T('2026-03-09T00:00Z'),
    });
    expect([iso(w!.start), iso(w!.end)]).toEqual(['2026-03-08T06:00Z', '2026-03-08T08:00Z']);
  });
});

describe('availabilityBands at home midnights', () => {
  it('cuts bands at each Berlin midnight, including the 23 h spring day', () => {
    // An around-the-clock Manila client seen from Berlin in the week with the 23 h 29 Mar.
    const bands = availabilityBands(allHoursManila, homeDays('2026-03-23', 'Europe/Berlin'));
    const hours = ['2026-03-27', '2026-03-28', '2026-03-29'].map((d) => bandHours(bands, d));
    expect(hours).toEqual([24, 24, 23]);
    for (const band of bands) {
      const home = daySpan(band.homeDay, 'Europe/Berlin');
      expect(band.start >= home.start && band.end <= home.end).toBe(true);
    }
  });

  it('draws nothing on a date the home zone skipped (Samoa went from 29 to 31 Dec 2011)', () => {
    const friday = { id: 'c', zone: 'UTC', availability: days([5], '00:00', '24:00') };
    const bands = availabilityBands(friday, homeDays('2011-12-26', 'Pacific/Apia'));
    expect(bands.length).toBeGreaterThan(0);
    expect(bands.map((b) => b.homeDay)).not.toContain('2011-12-30');
    expect(bands.every((b) => b.end > b.start)).toBe(true);
  });
});

describe('availabilityBands: property', () => {
  const zones = [
    'America/New_York',
    'Europe/London',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
    'America/St_Johns',
  ];
  const clockArb = fc.integer({ min: 0, max: 95 }).map((q) => {
    const m = q * 15;
    return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  });
  const windowArb = fc.record({
    weekday: fc.constantFrom<Weekday>(0, 1, 2, 3, 4, 5, 6),
    start: clockArb,
    end: clockArb,
  });

  it('pieces stay inside their home day and their window, and tile the window inside the week', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        fc.uniqueArray(windowArb, {
          maxLength: 4,
          selector: (w) => `${w.weekday} ${w.start} ${w.end}`,
        }),
        fc.integer({ min: 0, max: 730 }),
        (clientZone, homeZone, availability, n) => {
          const monday = addDays('2026-01-05', 7 * Math.floor(n / 7));
          const days = homeDays(monday, homeZone);
          const bands = availabilityBands({ id: 'c', zone: clientZone, availability }, days);
          const week = spanOf(days);
          if (!week) throw new Error('a week has days');
          for (const b of bands) {
            const day = daySpan(b.homeDay, homeZone);
            expect(b.start).toBeGreaterThanOrEqual(Math.max(day.start, b.window.start));
            expect(b.end).toBeLessThanOrEqual(Math.min(day.end, b.window.end));
            expect(b.end).toBeGreaterThan(b.start);
          }
          const byWindow = new Map<string, number>();
          for (const b of bands) {
            const key = `${b.window.start}-${b.window.end}-${b.clientDay} ${b.label}`;
            byWindow.set(key, (byWindow.get(key) ?? 0) + b.end - b.start);
          }
          for (const [key, total] of byWindow) {
            const [ws, we] = key.split('-').map(Number);
            expect(total).toBe(Math.min(we!, week.end) - Math.max(ws!, week.start));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
