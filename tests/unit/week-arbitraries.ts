/**
 * fast-check arbitraries for weeks to plan (planner properties): one home week, client work and
 * sessions around it, varied thresholds, working hours and platforms.
 */
import fc from 'fast-check';
import { defaultSettings, platformFromPreset } from '../../src/core/defaults';
import type { WeekInput } from '../../src/core/plan-week';
import { dayFromOrdinal, dayOrdinal, minutesToClock, toInstant } from '../../src/core/time';
import type { Client, Commitment, Platform, Settings } from '../../src/core/types';
import { ascending, weekdayArb } from './arbitraries';
import { session } from './core/planner-fixtures';

/** Mondays, some of them DST-change weeks in one hemisphere or the other. */
const PLAN_WEEKS = ['2026-03-02', '2026-03-09', '2026-03-23', '2026-03-30', '2026-10-26'] as const;
const PLAN_ZONES = ['Asia/Manila', 'Europe/London', 'America/New_York', 'Asia/Kathmandu'] as const;

const halfHour = (n: number): string => minutesToClock(n * 30);

/** Burnout thresholds around the defaults, each rule loose or strict, levels in order. */
const thresholdsArb = fc
  .record({
    daily: ascending(2, 12).map(([a = 0, b = 0]) => [a + 4, b + 4]),
    weekly: ascending(3, 40).map((xs) => xs.map((x) => x + 20)),
    dailyRestH: fc.integer({ min: 6, max: 13 }),
    weeklyRestH: fc.integer({ min: 12, max: 36 }),
    breakAfterH: fc.integer({ min: 3, max: 9 }),
    screen: fc.tuple(fc.integer({ min: 50, max: 120 }), fc.integer({ min: 5, max: 20 })),
    night: fc.tuple(fc.integer({ min: 40, max: 47 }), fc.integer({ min: 6, max: 14 })),
    maxConsecutiveDays: fc.integer({ min: 1, max: 7 }),
    spanH: fc.integer({ min: 6, max: 15 }),
    microH: fc.integer({ min: 1, max: 7 }),
  })
  .map((t) => ({
    dailyWarnMin: (t.daily[0] ?? 8) * 60,
    dailyStrongMin: (t.daily[1] ?? 10) * 60,
    weeklyWarnMin: (t.weekly[0] ?? 40) * 60,
    weeklyStrongMin: (t.weekly[1] ?? 48) * 60,
    weeklyCriticalMin: (t.weekly[2] ?? 55) * 60,
    dailyRestMin: t.dailyRestH * 60,
    weeklyRestMin: t.weeklyRestH * 60,
    breakAfterDayMin: t.breakAfterH * 60,
    continuousMaxMin: t.screen[0],
    continuousBreakMin: t.screen[1],
    nightStart: halfHour(t.night[0]),
    nightEnd: halfHour(t.night[1]),
    maxConsecutiveDays: t.maxConsecutiveDays,
    fragmentedSpanMin: t.spanH * 60,
    microtaskDailyMaxMin: t.microH * 60,
  }));

/** Settings for planning: working hours on some days, caps, buffer, quiet hours, thresholds. */
const planSettingsArb = fc
  .record({
    zone: fc.constantFrom(...PLAN_ZONES),
    weekdays: fc.uniqueArray(weekdayArb, { minLength: 1, maxLength: 7 }),
    workStart: fc.integer({ min: 0, max: 24 }),
    workEnd: fc.integer({ min: 26, max: 48 }),
    quiet: fc.option(fc.tuple(fc.integer({ min: 36, max: 47 }), fc.integer({ min: 0, max: 20 })), {
      nil: null,
    }),
    dailyCapH: fc.integer({ min: 2, max: 14 }),
    weeklyCapH: fc.integer({ min: 10, max: 70 }),
    bufferMin: fc.integer({ min: 0, max: 6 }).map((n) => n * 5),
    target: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
    burnout: thresholdsArb,
  })
  .map((r): Settings => ({
    ...defaultSettings(r.zone),
    workingHours: [...r.weekdays]
      .sort((a, b) => a - b)
      .map((weekday) => ({
        weekday,
        start: halfHour(r.workStart),
        end: r.workEnd === 48 ? '24:00' : halfHour(r.workEnd),
      })),
    quietHours: r.quiet ? { start: halfHour(r.quiet[0]), end: halfHour(r.quiet[1]) } : null,
    dailyCapMin: r.dailyCapH * 60,
    weeklyCapMin: r.weeklyCapH * 60,
    bufferMin: r.bufferMin,
    weeklyIncomeTarget: r.target,
    burnout: r.burnout,
    onboarded: true,
  }));

/** A span of work on day `fromDay`…7 of the week, on the quarter hour, up to `maxQuarters` long. */
function slotArb(fromDay: number, maxQuarters: number) {
  return fc.record({
    day: fc.integer({ min: fromDay, max: 7 }),
    slot: fc.integer({ min: 0, max: 95 }),
    quarters: fc.integer({ min: 1, max: maxQuarters }),
  });
}

/**
 * A week to plan: client work as one-off commitments from two weeks before to the day after the
 * week (so rest, streak and weekly-rest rules see context), a few accepted sessions, 1–3
 * platforms with peaks in New York hours.
 */
export const weekInputArb: fc.Arbitrary<WeekInput> = fc
  .record({
    weekStart: fc.constantFrom(...PLAN_WEEKS),
    settings: planSettingsArb,
    work: fc.array(slotArb(-14, 20), { maxLength: 24 }),
    sessions: fc.array(slotArb(-2, 8), { maxLength: 4 }),
    platforms: fc.array(
      fc.record({
        rate: fc.integer({ min: 5, max: 14 }),
        min: fc.integer({ min: 2, max: 9 }),
        extra: fc.integer({ min: 0, max: 12 }),
        peakDay: weekdayArb,
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ weekStart, settings, work, sessions, platforms }): WeekInput => {
    const zone = settings.homeZone;
    const client: Client = {
      id: 'c1',
      name: 'Client',
      color: '#336699',
      zone,
      availability: [],
      billing: { kind: 'hourly', rate: 40 },
      currency: 'USD',
      notes: '',
      archived: false,
      createdAt: 0,
      updatedAt: 0,
    };
    const commitments = work.map((w, i): Commitment => ({
      id: `w${i}`,
      clientId: 'c1',
      title: `Work ${i}`,
      kind: 'work',
      zone,
      start: minutesToClock(w.slot * 15),
      durationMin: w.quarters * 15,
      recurrence: { kind: 'once', date: dayFromOrdinal(dayOrdinal(weekStart) + w.day) },
      skippedDates: [],
      moved: [],
      reminderLeadMin: null,
      notes: '',
      icsUid: null,
      createdAt: 0,
      updatedAt: 0,
    }));
    const plats = platforms.map((p, i): Platform => ({
      ...platformFromPreset('mturk', { id: `p${i}`, now: 0 }),
      name: `Platform ${i}`,
      hourlyRate: p.rate,
      minSessionMin: p.min * 5,
      maxSessionMin: p.min * 5 + p.extra * 5,
      peakWindows: [{ weekday: p.peakDay, start: '09:00', end: '17:00' }],
    }));
    const accepted = sessions.map((s, i) => {
      const day = dayFromOrdinal(dayOrdinal(weekStart) + s.day);
      const start = toInstant(day, minutesToClock(s.slot * 15), zone);
      return session(`s${i}`, 'p0', start, start + s.quarters * 15 * 60_000);
    });
    return {
      weekStart,
      settings,
      clients: [client],
      commitments,
      platforms: plats,
      sessions: accepted,
    };
  });
