/**
 * The week view's sessions read: it covers the shown week's context and both neighbours' (so a
 * move by a week plans from memory), and a week's plan gets its sessions only from a read that
 * covers its whole context: a range's sessions only ever come from a read that covers it.
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/defaults';
import { weekContext } from '../../../src/core/plan-week';
import { addDays, dayOf, startOfWeek, toInstant } from '../../../src/core/time';
import {
  sessionsForWeek,
  sessionsWithin,
  startupSessionsRange,
  weekSessionsRange,
  type SessionsResult,
} from '../../../src/renderer/src/hooks/week-range';
import { session } from '../core/planner-fixtures';

const zone = 'Pacific/Auckland';
const base = defaultSettings(zone);
const long = { ...base, burnout: { ...base.burnout, maxConsecutiveDays: 14 } };
const weekStart = '2026-04-06';

describe('the week view sessions read', () => {
  it('covers the context of the shown week and of both neighbours, for any threshold', () => {
    for (const settings of [base, long]) {
      for (let i = 0; i < 30; i++) {
        const week = addDays(weekStart, 7 * i);
        const range = weekSessionsRange(week, settings);
        for (const near of [-7, 0, 7]) {
          const context = weekContext(addDays(week, near), settings);
          expect(range.start).toBeLessThanOrEqual(context.start);
          expect(range.end).toBeGreaterThanOrEqual(context.end);
        }
      }
    }
  });

  it('gives a week the sessions of its context only from a read that covers it', () => {
    const at = (day: number) => toInstant(addDays(weekStart, day), '09:00', zone);
    const list = [-20, -15, -3, 0, 6, 7, 9, 12].map((day) =>
      session(`s${day}`, 'p1', at(day), at(day) + 3_600_000),
    );
    const range = weekSessionsRange(weekStart, long);
    const read: SessionsResult = { from: range.start, to: range.end, list };
    // Context of the week with 14 days in a row allowed: 15 days back, one day after.
    expect(sessionsForWeek(read, weekStart, long)?.map((s) => s.id)).toEqual([
      's-15',
      's-3',
      's0',
      's6',
      's7',
    ]);
    expect(sessionsForWeek(read, addDays(weekStart, 7), long)).toBeDefined();
    expect(sessionsForWeek(read, addDays(weekStart, 14), long)).toBeUndefined();
    expect(sessionsForWeek(undefined, weekStart, long)).toBeUndefined();
  });
});

describe("a read's sessions within a range", () => {
  const H = 3_600_000;
  const list = [
    session('ends-at-from', 'p1', 8 * H, 10 * H),
    session('across-from', 'p1', 9 * H, 11 * H),
    session('inside', 'p1', 12 * H, 13 * H),
    session('across-to', 'p1', 19 * H, 21 * H),
    session('starts-at-to', 'p1', 20 * H, 22 * H),
  ];
  const read: SessionsResult = { from: 0, to: 30 * H, list };

  it('keeps the sessions overlapping [from, to), the bounds not included', () => {
    expect(sessionsWithin(read, 10 * H, 20 * H)?.map((s) => s.id)).toEqual([
      'across-from',
      'inside',
      'across-to',
    ]);
  });

  it('answers from a read whose range holds the whole range, its own bounds included', () => {
    expect(sessionsWithin(read, 0, 30 * H)).toEqual(list);
    expect(sessionsWithin(read, -1, 30 * H)).toBeUndefined();
    expect(sessionsWithin(read, 0, 30 * H + 1)).toBeUndefined();
    expect(sessionsWithin(undefined, 10 * H, 20 * H)).toBeUndefined();
  });
});

describe('the start-up sessions read', () => {
  it("holds the current week's read in any home zone, week start and lead", () => {
    const zones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'America/St_Johns'];
    const nows = [Date.UTC(2026, 0, 1), Date.UTC(2026, 2, 8, 9, 30), Date.UTC(2026, 10, 1, 23, 59)];
    for (const homeZone of zones) {
      for (const weekStartDay of [0, 1] as const) {
        for (const maxConsecutiveDays of [1, 6, 14]) {
          const settings = {
            ...defaultSettings(homeZone),
            weekStart: weekStartDay,
            burnout: { ...base.burnout, maxConsecutiveDays },
          };
          for (const now of nows) {
            for (let hour = 0; hour < 24 * 7; hour += 5) {
              const t = now + hour * 3_600_000;
              const week = startOfWeek(dayOf(t, homeZone), weekStartDay);
              const needed = weekSessionsRange(week, settings);
              const read = startupSessionsRange(t);
              expect(read.start).toBeLessThanOrEqual(needed.start);
              expect(read.end).toBeGreaterThanOrEqual(needed.end);
            }
          }
        }
      }
    }
  });
});
