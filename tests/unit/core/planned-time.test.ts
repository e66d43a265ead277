import { describe, expect, it } from 'vitest';
import { planWeek } from '../../../src/core/plan-week';
import { todayPlannedMin } from '../../../src/core/planned-time';
import { sampleWeek } from '../../../src/core/sample-week';
import { MINUTE, dayOf, toInstant } from '../../../src/core/time';
import { occ, session } from './planner-fixtures';

const ZONE = 'Asia/Manila';
const DAY = '2026-03-03';
const at = (time: string): number => toInstant(DAY, time, ZONE);

describe('todayPlannedMin', () => {
  it('counts time where client work and a session overlap once', () => {
    // 09:00–11:00 call, 10:00–12:00 session, 11:30–12:30 second call: 09:00–12:30 is 210 min.
    const occurrences = [occ('call', DAY, '09:00', 120, ZONE), occ('sync', DAY, '11:30', 60, ZONE)];
    const sessions = [session('s1', 'mturk', at('10:00'), at('12:00'))];
    expect(todayPlannedMin(occurrences, sessions, at('08:00'), ZONE)).toBe(210);
  });

  it('counts only the part of an item inside the home-zone day', () => {
    const late = [occ('late', DAY, '23:00', 120, ZONE)];
    expect(todayPlannedMin(late, [], at('12:00'), ZONE)).toBe(60);
    expect(todayPlannedMin(late, [], at('23:59') + 2 * MINUTE, ZONE)).toBe(60);
  });

  it('agrees with the week view’s day total when a session overlaps client work', () => {
    const base = sampleWeek({ weekStart: '2026-03-02', now: Date.UTC(2026, 2, 1) });
    const first = planWeek(base).occurrences.find((o) => dayOf(o.start, ZONE) === DAY);
    if (!first) throw new Error('the sample week has client work on Tuesday');
    // A session laid right over that client work: the week view merges it, so must the tray.
    const input = {
      ...base,
      sessions: [...base.sessions, session('over', 'sample-mturk', first.start, first.end)],
    };
    const plan = planWeek(input);
    const tuesday = plan.days.find((d) => d.day === DAY);
    expect(tuesday).toBeDefined();
    expect(todayPlannedMin(plan.occurrences, plan.sessions, at('12:00'), ZONE)).toBe(
      tuesday?.plannedMin,
    );
  });
});
