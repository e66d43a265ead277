import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BURNOUT_RULES,
  analyzeBurnout,
  summarizeBurnout,
  type BurnoutWarning,
} from '../../../src/core/burnout';
import { DEFAULT_BURNOUT } from '../../../src/core/defaults';
import { planWeek } from '../../../src/core/plan-week';
import { sampleWeek } from '../../../src/core/sample-week';
import { MINUTE, addDays, toInstant } from '../../../src/core/time';
import type { WorkItem } from '../../../src/core/types';

const Z = 'Europe/Berlin';
const WEEK = '2026-03-02';
const input = { homeZone: Z, thresholds: DEFAULT_BURNOUT, weekStart: WEEK };

/** A work item at a home-zone wall time on day `offset` of the week. */
function item(
  offset: number,
  time: string,
  minutes: number,
  source: WorkItem['source'] = 'commitment',
  label?: string,
): WorkItem {
  const start = toInstant(addDays(WEEK, offset), time, Z);
  return {
    id: `${source}-${offset}-${time}`,
    source,
    start,
    end: start + minutes * MINUTE,
    clientId: null,
    platformId: null,
    ...(label ? { label } : {}),
  };
}

/** A sustainable day: 09:00–12:00 and 13:00–16:00 in 80-min blocks with breaks. */
function normalDay(offset: number): WorkItem[] {
  return [
    item(offset, '09:00', 80),
    item(offset, '10:30', 80),
    item(offset, '13:00', 80),
    item(offset, '14:30', 80),
  ];
}

const rules = (ws: BurnoutWarning[]): string[] => [...new Set(ws.map((w) => w.rule))].sort();

describe('analyzeBurnout', () => {
  it('finds nothing in a sustainable five-day week', () => {
    const items = [0, 1, 2, 3, 4].flatMap(normalDay);
    const ws = analyzeBurnout(items, input);
    expect(ws).toEqual([]);
    expect(summarizeBurnout(ws).level).toBe('none');
  });

  it('warns above 8 h a day and is critical above 10 h', () => {
    const nine = [
      item(0, '08:00', 85),
      item(0, '09:35', 85),
      item(0, '11:10', 85),
      item(0, '13:00', 85),
      item(0, '14:35', 85),
      item(0, '16:10', 85),
      item(0, '17:45', 30),
    ];
    const ws = analyzeBurnout(nine, input).filter((w) => w.rule === 'daily-hours');
    expect(ws).toHaveLength(1);
    expect(ws[0]?.severity).toBe('warn');
    expect(ws[0]?.day).toBe(WEEK);
    expect(ws[0]?.message).toMatch(/Mon 2 Mar: 9 h of work, above 8 h/);
    const eleven = [...nine, item(0, '18:30', 85), item(0, '20:00', 60)];
    expect(analyzeBurnout(eleven, input).find((w) => w.rule === 'daily-hours')?.severity).toBe(
      'critical',
    );
  });

  it('grades weekly hours: above 40 warn, above 48 critical, 55 or more very-long-week', () => {
    const week = (hoursPerDay: number, days: number): WorkItem[] =>
      Array.from({ length: days }, (_, d) =>
        Array.from({ length: hoursPerDay }, (_, h) =>
          item(d, `${String(7 + h).padStart(2, '0')}:00`, 50),
        ),
      ).flat();
    const w = (items: WorkItem[]) =>
      analyzeBurnout(items, input).filter(
        (x) => x.rule === 'weekly-hours' || x.rule === 'very-long-week',
      );
    expect(w(week(8, 5))).toEqual([]); // 8 × 50 min × 5 = 33 h 20 min
    expect(w(week(10, 5)).map((x) => [x.rule, x.severity])).toEqual([['weekly-hours', 'warn']]); // 41 h 40
    expect(w(week(10, 6)).map((x) => [x.rule, x.severity])).toEqual([['weekly-hours', 'critical']]); // 50 h
    expect(w(week(12, 6)).map((x) => [x.rule, x.severity])).toEqual([
      ['very-long-week', 'critical'],
    ]); // 60 h
  });

  it('says the weekly levels the user set, and names the EU maximum only at 48 h', () => {
    const week = (hoursPerDay: number, days: number): WorkItem[] =>
      Array.from({ length: days }, (_, d) =>
        Array.from({ length: hoursPerDay }, (_, h) =>
          item(d, `${String(7 + h).padStart(2, '0')}:00`, 50),
        ),
      ).flat();
    const fifty = week(10, 6); // 50 h
    const message = (thresholds: typeof DEFAULT_BURNOUT, rule: string) =>
      analyzeBurnout(fifty, { ...input, thresholds }).find((w) => w.rule === rule)?.message;
    expect(message(DEFAULT_BURNOUT, 'weekly-hours')).toMatch(/above the EU 48 h maximum/);
    const strong45 = message({ ...DEFAULT_BURNOUT, weeklyStrongMin: 45 * 60 }, 'weekly-hours');
    expect(strong45).toMatch(/^50 h of work this week, above your 45 h limit: /);
    expect(strong45).not.toMatch(/48/);
    const critical50 = message(
      { ...DEFAULT_BURNOUT, weeklyStrongMin: 45 * 60, weeklyCriticalMin: 50 * 60 },
      'very-long-week',
    );
    expect(critical50).toMatch(
      /^50 h of work this week: 50 h or more a week is your critical level/,
    );
    expect(critical50).not.toMatch(/^50 h of work this week: 55 h or more/);
  });

  it('says the daily, rest and span levels the user set', () => {
    const t = {
      ...DEFAULT_BURNOUT,
      dailyWarnMin: 5 * 60,
      dailyStrongMin: 9 * 60,
      dailyRestMin: 12 * 60,
      fragmentedSpanMin: 9 * 60,
    };
    const ws = analyzeBurnout(
      [item(-1, '21:00', 60), item(0, '08:00', 170), item(0, '11:00', 170), item(0, '17:30', 30)],
      { ...input, thresholds: t },
    );
    const text = (rule: string) => ws.find((w) => w.rule === rule)?.message;
    expect(text('daily-hours')).toMatch(/: 6 h 10 min of work, above 5 h: /);
    expect(text('daily-rest')).toMatch(/\(at least 12 h\): start after 10:00/);
    expect(text('fragmented-day')).toMatch(/so the day spans at most 9 h\.$/);
  });

  it('wants 11 h of rest between days, using the day before the week as context', () => {
    const late = item(-1, '22:00', 60, 'commitment', 'Late call');
    const ws = analyzeBurnout([late, ...normalDay(0)], input).filter(
      (w) => w.rule === 'daily-rest',
    );
    expect(ws).toHaveLength(1);
    expect(ws[0]?.message).toMatch(
      /Only 10 h of rest between Late call ending 23:00 and .* at 09:00 on Mon 2 Mar .*start after 10:00/,
    );
    expect(
      analyzeBurnout([item(-1, '20:00', 60), ...normalDay(0)], input).some(
        (w) => w.rule === 'daily-rest',
      ),
    ).toBe(false);
  });

  it('wants 35 h of uninterrupted weekly rest', () => {
    const every = [0, 1, 2, 3, 4, 5, 6].flatMap(normalDay);
    expect(analyzeBurnout(every, input).some((w) => w.rule === 'weekly-rest')).toBe(true);
    // Saturday 16:00 to the next Monday 09:00 is 41 h; without next week's items the rest is
    // only counted to the end of the week (32 h) and the rule fires.
    const sixDays = [0, 1, 2, 3, 4, 5].flatMap(normalDay);
    expect(analyzeBurnout(sixDays, input).some((w) => w.rule === 'weekly-rest')).toBe(true);
    const withNext = [...sixDays, ...normalDay(7)];
    expect(analyzeBurnout(withNext, input).some((w) => w.rule === 'weekly-rest')).toBe(false);
  });

  it('wants a 15-min break in a day longer than 6 h', () => {
    // 50 min of every hour from 08:00 to 16:00: 6 h 40 min, only 10-min pauses.
    const blocks = Array.from({ length: 8 }, (_, i) =>
      item(2, `${String(8 + i).padStart(2, '0')}:00`, 50),
    );
    expect(analyzeBurnout(blocks, input).some((w) => w.rule === 'break')).toBe(true);
    const withLunch = blocks.filter((_, i) => i !== 4);
    expect(analyzeBurnout(withLunch, input).some((w) => w.rule === 'break')).toBe(false);
  });

  it('warns after 90 min of screen work without a 10-min break', () => {
    const ws = analyzeBurnout([item(1, '09:00', 60), item(1, '10:05', 40)], input);
    const w = ws.find((x) => x.rule === 'continuous-screen');
    expect(w?.message).toMatch(
      /09:00–10:45: 1 h 45 min at the screen without a 10-min break: take one by 10:30/,
    );
    expect(
      analyzeBurnout([item(1, '09:00', 60), item(1, '10:10', 40)], input).some(
        (x) => x.rule === 'continuous-screen',
      ),
    ).toBe(false);
  });

  it('notes short night work and warns about longer night work', () => {
    const short = analyzeBurnout([item(0, '21:30', 60, 'commitment', 'NY call')], input);
    expect(short.find((w) => w.rule === 'night-work')?.severity).toBe('info');
    const long = analyzeBurnout(
      [item(0, '23:00', 120, 'commitment', 'NY block'), item(0, '22:00', 45, 'session')],
      input,
    );
    const w = long.find((x) => x.rule === 'night-work');
    expect(w?.severity).toBe('warn');
    expect(w?.message).toMatch(
      /move the 23:00 NY block block earlier in the client's day or end microtasks by 22:00/,
    );
  });

  it('warns on the 7th working day in a row, counting last week', () => {
    const items = [-3, -2, -1, 0, 1, 2, 3].flatMap((d) => [item(d, '10:00', 60)]);
    const w = analyzeBurnout(items, input).filter((x) => x.rule === 'consecutive-days');
    expect(w.map((x) => x.day)).toEqual(['2026-03-05']);
    expect(w[0]?.message).toMatch(/7 working days in a row \(Fri 27 Feb – Thu 5 Mar\)/);
  });

  it('warns when a day spans more than 12 h and about more than 4 h of microtasks', () => {
    const ws = analyzeBurnout([item(3, '07:00', 60), item(3, '20:00', 30)], input);
    expect(ws.find((w) => w.rule === 'fragmented-day')?.message).toMatch(
      /work spreads from 07:00 to 20:30 \(13 h 30 min\)/,
    );
    const micro = [0, 1, 2].map((i) => item(4, `${8 + 2 * i}:00`.padStart(5, '0'), 85, 'proposal'));
    expect(
      analyzeBurnout(micro, input).find((w) => w.rule === 'microtask-monotony')?.message,
    ).toMatch(/4 h 15 min of microtasks/);
  });

  it('covers every rule of the catalogue', () => {
    const worst = [-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6].flatMap((d) => [
      item(d, '06:30', 300, 'session'),
      item(d, '11:35', 300),
      item(d, '16:40', 340),
    ]);
    const found = rules(analyzeBurnout([...worst, item(0, '23:00', 60)], input));
    const expected = BURNOUT_RULES.map((r) => r.id)
      .filter((id) => id !== 'weekly-hours')
      .sort();
    expect(found).toEqual(expected.filter((id) => found.includes(id)));
    expect(found).toEqual(
      expect.arrayContaining([
        'daily-hours',
        'very-long-week',
        'daily-rest',
        'weekly-rest',
        'break',
        'continuous-screen',
        'night-work',
        'consecutive-days',
        'fragmented-day',
        'microtask-monotony',
      ]),
    );
  });

  it('gives each threshold to exactly one rule; what a rule reads of others is theirs', () => {
    const owners = BURNOUT_RULES.flatMap((r) => r.thresholds.map((key) => [key, r.id] as const));
    const keys = owners.map(([key]) => key);
    expect([...keys].sort()).toEqual(Object.keys(DEFAULT_BURNOUT).sort());
    const ownerOf = new Map(owners);
    for (const r of BURNOUT_RULES) {
      for (const key of r.alsoReads)
        expect(ownerOf.get(key), `${r.id} reads ${key}`).not.toBe(r.id);
    }
  });

  it('gives the same answer whatever the order of the items', () => {
    const items = [
      item(-1, '22:00', 60),
      ...normalDay(0),
      item(0, '23:00', 120),
      item(1, '07:00', 200, 'session'),
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(items, { minLength: items.length }), (shuffled) => {
        expect(analyzeBurnout(shuffled, input)).toEqual(analyzeBurnout(items, input));
      }),
    );
  });
});

describe('burnout on the Manila sample week', () => {
  const s = sampleWeek({ weekStart: '2026-03-02', now: Date.UTC(2026, 2, 1) });
  const plan = planWeek(s);

  it('shows the New York hours as night work in Manila', () => {
    const night = plan.warnings.filter((w) => w.rule === 'night-work');
    expect(night.length).toBeGreaterThanOrEqual(2);
    expect(
      night.some((w) => w.severity === 'warn' && /Acme orders and inbox/.test(w.message)),
    ).toBe(true);
  });

  it('summarises the week', () => {
    const summary = summarizeBurnout(plan.warnings);
    expect(summary.level).toBe('elevated');
    expect(summary.counts.warn).toBeGreaterThan(0);
    expect(summary.byRule['night-work']).toBe(
      plan.warnings.filter((w) => w.rule === 'night-work').length,
    );
    expect(summary.headline).toMatch(/^Elevated burnout risk: 0 critical, \d+ warnings/);
  });

  it('adds no warning of its own with the proposals beyond those of the client work', () => {
    const clientOnly = planWeek({ ...s, platforms: [] });
    const extra = plan.warnings.filter((w) => !clientOnly.warnings.some((c) => c.id === w.id));
    expect(extra).toEqual([]);
  });
});
