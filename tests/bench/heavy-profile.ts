/**
 * A deterministic heavy profile for the planner benchmarks: 25 clients in varied zones, 150
 * weekly commitments, 12 monthly ones, 6 platforms and a year of one-off items (one per working
 * day), generated from a fixed seed so every run plans exactly the same data.
 */
import { defaultSettings, platformFromPreset, weekdayWindows } from '../../src/core/defaults';
import type { WeekInput } from '../../src/core/plan-week';
import { addDays, minutesToClock, toInstant, toWall } from '../../src/core/time';
import type { Client, Commitment, MonthlyDay, Platform, Weekday } from '../../src/core/types';

const ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'America/Chicago',
  'America/St_Johns',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Sydney',
  'Australia/Adelaide',
  'Pacific/Auckland',
  'Asia/Tokyo',
];

/** mulberry32: a tiny seeded PRNG, so the profile is the same on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T =>
  list[Math.floor(r() * list.length)] as T;

function clients(r: () => number, now: number): Client[] {
  return Array.from({ length: 25 }, (_, i) => ({
    id: `client-${String(i).padStart(2, '0')}`,
    name: `Client ${i}`,
    color: '#336699',
    zone: ZONES[i % ZONES.length] as string,
    availability: weekdayWindows([1, 2, 3, 4, 5], '09:00', '17:00'),
    billing:
      i % 3 === 0
        ? {
            kind: 'retainer' as const,
            monthlyFee: 600 + 50 * i,
            includedHours: 10,
            overageRate: 30,
          }
        : { kind: 'hourly' as const, rate: 15 + (i % 7) * 5 },
    currency: pick(r, ['USD', 'USD', 'USD', 'GBP', 'AUD', 'EUR']),
    notes: '',
    archived: false,
    createdAt: now,
    updatedAt: now,
  }));
}

/** The client-zone clock time of a Manila clock time, so the work lands in the worker's day. */
function clientClock(client: Client, day: string, homeMinutes: number): string {
  return toWall(toInstant(day, minutesToClock(homeMinutes), 'Asia/Manila'), client.zone).time;
}

function commitment(
  id: string,
  client: Client,
  start: string,
  durationMin: number,
  now: number,
): Commitment {
  return {
    id,
    clientId: client.id,
    title: `${client.name} ${id}`,
    kind: durationMin <= 30 ? 'call' : 'work',
    zone: client.zone,
    start,
    durationMin,
    recurrence: { kind: 'once', date: '2026-01-01' },
    skippedDates: [],
    moved: [],
    reminderLeadMin: null,
    notes: '',
    icsUid: null,
    createdAt: now,
    updatedAt: now,
  };
}

function weeklyCommitments(
  r: () => number,
  list: Client[],
  yearStart: string,
  now: number,
): Commitment[] {
  return Array.from({ length: 150 }, (_, i) => {
    const client = list[i % list.length] as Client;
    const c = commitment(
      `weekly-${i}`,
      client,
      clientClock(client, yearStart, 9 * 60 + 15 * Math.floor(r() * 36)),
      15 + 15 * Math.floor(r() * 4),
      now,
    );
    const weekdays: Weekday[] = [(1 + Math.floor(r() * 5)) as Weekday];
    const interval = 1 + Math.floor(r() * 4);
    return {
      ...c,
      recurrence: {
        kind: 'weekly',
        weekdays,
        interval,
        startDate: yearStart,
        endDate: null,
        count: null,
      },
    };
  });
}

/** Monthly meetings: by day of the month (the 31st among them) and by nth weekday. */
function monthlyCommitments(list: Client[], yearStart: string, now: number): Commitment[] {
  // Their own seed, so adding them leaves the rest of the profile as it was.
  const r = rng(20261231);
  return Array.from({ length: 12 }, (_, i) => {
    const client = list[(i * 2) % list.length] as Client;
    const c = commitment(
      `monthly-${i}`,
      client,
      clientClock(client, yearStart, 9 * 60 + 30 * Math.floor(r() * 20)),
      30 + 30 * Math.floor(r() * 4),
      now,
    );
    const on: MonthlyDay =
      i % 2 === 0
        ? { by: 'monthday', day: i === 0 ? 31 : 1 + Math.floor(r() * 28) }
        : {
            by: 'weekday',
            nth: i % 3 === 0 ? -1 : 1,
            weekday: (1 + Math.floor(r() * 5)) as Weekday,
          };
    const interval = 1 + (i % 3);
    return {
      ...c,
      recurrence: {
        kind: 'monthly',
        on,
        interval,
        startDate: yearStart,
        endDate: null,
        count: null,
      },
    };
  });
}

function oneOffs(r: () => number, list: Client[], yearStart: string, now: number): Commitment[] {
  const out: Commitment[] = [];
  for (let d = 0; d < 364; d++) {
    if (d % 7 >= 5) continue;
    const client = pick(r, list);
    const c = commitment(
      `once-${d}`,
      client,
      clientClock(client, yearStart, 8 * 60 + 30 * Math.floor(r() * 22)),
      30 + 15 * Math.floor(r() * 6),
      now,
    );
    out.push({ ...c, recurrence: { kind: 'once', date: addDays(yearStart, d) } });
  }
  return out;
}

function platforms(now: number): Platform[] {
  const presets = (['mturk', 'prolific', 'clickworker', 'appen'] as const).map((p) =>
    platformFromPreset(p, { id: p, now }),
  );
  const custom = (id: string, rate: number, zone: string): Platform => ({
    ...platformFromPreset('mturk', { id, now }),
    name: id,
    preset: 'custom',
    hourlyRate: rate,
    peakZone: zone,
  });
  return [
    ...presets,
    custom('toloka', 6, 'Europe/Amsterdam'),
    custom('remotasks', 11, 'America/Los_Angeles'),
  ];
}

/** The heavy profile as a week input for the week starting on `weekStart` (a Monday, 2026). */
export function heavyProfile(weekStart = '2026-03-02'): WeekInput {
  const r = rng(20260302);
  const now = Date.UTC(2026, 0, 1);
  const yearStart = '2026-01-05';
  const list = clients(r, now);
  const settings = {
    ...defaultSettings('Asia/Manila', { updatedAt: now }),
    workingHours: weekdayWindows([1, 2, 3, 4, 5, 6], '07:00', '21:00'),
    weeklyCapMin: 50 * 60,
    dailyCapMin: 10 * 60,
    weeklyIncomeTarget: 2000,
  };
  return {
    weekStart,
    settings,
    clients: list,
    commitments: [
      ...weeklyCommitments(r, list, yearStart, now),
      ...oneOffs(r, list, yearStart, now),
      ...monthlyCommitments(list, yearStart, now),
    ],
    platforms: platforms(now),
    sessions: [],
  };
}
