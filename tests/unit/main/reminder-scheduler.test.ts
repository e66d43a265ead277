import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../src/core/bridge/contract';
import { toInstant } from '../../../src/core/time';
import {
  cancelSnooze,
  emptySchedulerState,
  replan,
  setPaused,
  snooze,
  snoozeEnd,
  tick,
  upcoming,
  type SchedulerState,
} from '../../../src/main/reminder-scheduler';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = Date.UTC(2026, 2, 2, 1, 0); // Mon 2 Mar 2026, 09:00 in Manila

function r(id: string, eventAt: number, leadMin = 10): Reminder {
  return { id, kind: 'commitment', fireAt: eventAt - leadMin * MIN, eventAt, title: id, body: '' };
}

function plan(reminders: Reminder[], now = T0): SchedulerState {
  return replan(emptySchedulerState(), reminders, now);
}

/** Runs the scheduler the way the service does: wake at each nextWakeAt until `until`. */
function runUntil(
  state: SchedulerState,
  from: number,
  until: number,
): { state: SchedulerState; fired: [string, number][] } {
  const fired: [string, number][] = [];
  let now = from;
  let current = state;
  for (let guard = 0; guard < 10_000; guard++) {
    const result = tick(current, now);
    current = result.state;
    for (const reminder of result.fire) fired.push([reminder.id, now]);
    if (result.nextWakeAt === null || result.nextWakeAt > until) break;
    now = result.nextWakeAt;
  }
  return { state: current, fired };
}

describe('lead times', () => {
  it('fires each reminder at its own lead time, once, in order', () => {
    const state = plan([
      r('call', T0 + 60 * MIN, 10),
      r('block', T0 + 60 * MIN, 30),
      r('late', T0 + 5 * 60 * MIN, 0),
    ]);
    const first = tick(state, T0);
    expect(first.fire).toEqual([]);
    expect(first.nextWakeAt).toBe(T0 + 30 * MIN);
    const { fired } = runUntil(first.state, first.nextWakeAt ?? 0, T0 + 6 * 60 * MIN);
    expect(fired).toEqual([
      ['block', T0 + 30 * MIN],
      ['call', T0 + 50 * MIN],
      ['late', T0 + 5 * 60 * MIN],
    ]);
  });

  it('has nothing to wake for when every reminder is handled', () => {
    const { state } = runUntil(plan([r('a', T0 + 20 * MIN)]), T0, T0 + DAY);
    expect(tick(state, T0 + 30 * MIN)).toMatchObject({ fire: [], nextWakeAt: null });
  });
});

describe('re-planning', () => {
  it('never duplicates a reminder sent again with the same id and time', () => {
    let state = plan([r('a', T0 + 20 * MIN)]);
    const fired = tick(state, T0 + 10 * MIN);
    expect(fired.fire.map((x) => x.id)).toEqual(['a']);
    state = replan(fired.state, [r('a', T0 + 20 * MIN), r('a', T0 + 20 * MIN)], T0 + 11 * MIN);
    expect(state.reminders).toHaveLength(1);
    expect(tick(state, T0 + 12 * MIN).fire).toEqual([]);
  });

  it('drops a stale reminder that the new plan no longer contains', () => {
    let state = plan([r('gone', T0 + 30 * MIN), r('kept', T0 + 40 * MIN)]);
    state = replan(state, [r('kept', T0 + 40 * MIN)], T0 + 5 * MIN);
    const { fired } = runUntil(state, T0 + 5 * MIN, T0 + 2 * 60 * MIN);
    expect(fired.map(([id]) => id)).toEqual(['kept']);
  });

  it('reminds again when the event itself moved to a new time', () => {
    const fired = tick(plan([r('a', T0 + 20 * MIN)]), T0 + 10 * MIN);
    const moved = replan(fired.state, [r('a', T0 + 3 * 60 * MIN)], T0 + 15 * MIN);
    const later = runUntil(moved, T0 + 15 * MIN, T0 + 4 * 60 * MIN);
    expect(later.fired).toEqual([['a', T0 + 170 * MIN]]);
  });

  it('fires a just-added reminder whose lead time has just passed', () => {
    const state = replan(emptySchedulerState(), [r('soon', T0 + 5 * MIN, 10)], T0);
    expect(tick(state, T0).fire.map((x) => x.id)).toEqual(['soon']);
  });
});

describe('sleep, resume and clock changes', () => {
  it('after a sleep, shows a missed reminder whose event is ahead once and drops begun ones', () => {
    const state = plan([
      r('old', T0 + 30 * MIN),
      r('recent', T0 + 125 * MIN),
      r('future', T0 + 4 * 60 * MIN),
    ]);
    // Asleep from T0 to T0 + 2 h: no tick ran.
    const resumed = tick(state, T0 + 120 * MIN);
    expect(resumed.fire.map((x) => x.id)).toEqual(['recent']);
    expect(resumed.nextWakeAt).toBe(T0 + 230 * MIN);
    // A second resume event fires nothing again; a clock set back to before 'old' began
    // brings back the one that was dropped, never the one that was shown.
    expect(tick(resumed.state, T0 + 120 * MIN).fire).toEqual([]);
    expect(tick(resumed.state, T0 + 25 * MIN).fire.map((x) => x.id)).toEqual(['old']);
  });

  it('shows a reminder slept 15 min past its 60-min lead, saying 45 min', () => {
    // Regression: anything more than 10 minutes late was recorded as shown and never fired.
    const call = { ...r('call', T0 + 60 * MIN, 60), subject: 'Call with Acme', body: '09:00' };
    const woke = tick(plan([call]), T0 + 15 * MIN);
    expect(woke.fire).toHaveLength(1);
    expect(woke.fire[0]).toMatchObject({
      title: 'Call with Acme in 45 min',
      body: 'Starts in 45 min. 09:00',
    });
    expect(tick(woke.state, T0 + 16 * MIN).fire).toEqual([]);
  });

  it('with the clock 2 h fast at login and corrected later, shows all 4 reminders', () => {
    // Regression: the 3 whose events seemed begun were recorded as shown and never fired.
    const reminders = [30, 60, 90, 150].map((m) => r(`c${m}`, T0 + m * MIN));
    const fast = tick(plan(reminders, T0 + 120 * MIN), T0 + 120 * MIN);
    expect(fast.fire).toEqual([]);
    const { fired } = runUntil(fast.state, T0, T0 + 3 * 60 * MIN);
    expect(fired).toEqual([
      ['c30', T0 + 20 * MIN],
      ['c60', T0 + 50 * MIN],
      ['c90', T0 + 80 * MIN],
      ['c150', T0 + 140 * MIN],
    ]);
  });

  it('a clock jump of +3 days and back never shows the same reminder twice', () => {
    const shown = tick(plan([r('call', T0 + 20 * MIN)]), T0 + 10 * MIN);
    expect(shown.fire).toHaveLength(1);
    // Three days ahead the renderer re-plans: the call is no longer in the plan.
    const ahead = tick(replan(shown.state, [], T0 + 3 * DAY), T0 + 3 * DAY);
    // Back again: the plan holds the call once more; the record still knows it was shown.
    const back = replan(ahead.state, [r('call', T0 + 20 * MIN)], T0 + 11 * MIN);
    expect(runUntil(back, T0 + 11 * MIN, T0 + DAY).fired).toEqual([]);
  });

  it('a backward jump of 5 min neither repeats nor loses a reminder', () => {
    const state = plan([r('a', T0 + 20 * MIN), r('b', T0 + 25 * MIN)]);
    const atA = tick(state, T0 + 10 * MIN);
    expect(atA.fire.map((x) => x.id)).toEqual(['a']);
    const { fired } = runUntil(atA.state, T0 + 5 * MIN, T0 + DAY);
    expect(fired).toEqual([['b', T0 + 15 * MIN]]);
  });

  it('is unaffected by the host or home time zone: instants only', () => {
    const state = plan([r('a', T0 + 60 * MIN)]);
    // The same state evaluated "after a time-zone change" gives the same answer.
    expect(tick(state, T0).nextWakeAt).toBe(T0 + 50 * MIN);
    expect(upcoming(state, T0, 3).map((x) => x.id)).toEqual(['a']);
  });
});

describe('snooze', () => {
  it('15 minutes defers what comes due to the snooze end, and drops what already happened', () => {
    let state = plan([
      r('soon', T0 + 15 * MIN, 10),
      r('past', T0 + 10 * MIN, 8),
      r('later', T0 + 90 * MIN),
    ]);
    state = snooze(state, '15m', T0, 'Asia/Manila');
    expect(state.snoozedUntil).toBe(T0 + 15 * MIN);
    const during = tick(state, T0 + 5 * MIN);
    expect(during.fire).toEqual([]);
    expect(during.nextWakeAt).toBe(T0 + 15 * MIN);
    const end = tick(during.state, T0 + 15 * MIN);
    // 'soon' starts exactly at the snooze end: it already happened, dropped; 'past' too.
    expect(end.fire).toEqual([]);
    expect(end.state.snoozedUntil).toBeNull();
    expect(end.nextWakeAt).toBe(T0 + 80 * MIN);
  });

  it('1 hour fires a deferred reminder at the end when its event is still ahead', () => {
    let state = plan([r('call', T0 + 90 * MIN, 40)]);
    state = snooze(state, '1h', T0, 'Asia/Manila');
    const { fired } = runUntil(state, T0, T0 + 2 * 60 * MIN);
    expect(fired).toEqual([['call', T0 + 60 * MIN]]);
  });

  it('until tomorrow snoozes to 08:00 home time the next day', () => {
    expect(snoozeEnd('tomorrow', T0, 'Asia/Manila')).toBe(Date.UTC(2026, 2, 3, 0, 0));
    // 06:45 in Kathmandu (+5:45): tomorrow 08:00 there is 02:15 UTC.
    expect(snoozeEnd('tomorrow', T0, 'Asia/Kathmandu')).toBe(Date.UTC(2026, 2, 3, 2, 15));
  });

  it('can be cancelled: deferred reminders come due at once', () => {
    let state = plan([r('a', T0 + 30 * MIN, 25)]);
    state = snooze(state, '1h', T0, 'UTC');
    expect(tick(state, T0 + 10 * MIN).fire).toEqual([]);
    state = cancelSnooze(state);
    expect(tick(state, T0 + 10 * MIN).fire.map((x) => x.id)).toEqual(['a']);
  });
});

describe('pause', () => {
  it('silences reminders while paused and does not replay them on resume', () => {
    let state = plan([r('a', T0 + 20 * MIN), r('b', T0 + 3 * 60 * MIN)]);
    state = setPaused(state, true, T0);
    const paused = tick(state, T0 + 15 * MIN);
    expect(paused.fire).toEqual([]);
    expect(paused.nextWakeAt).toBeNull();
    state = setPaused(paused.state, false, T0 + 16 * MIN);
    const after = runUntil(state, T0 + 16 * MIN, T0 + 4 * 60 * MIN);
    expect(after.fired).toEqual([['b', T0 + 170 * MIN]]);
  });

  it('silences what came due during a pause even if no tick ran', () => {
    let state = setPaused(plan([r('a', T0 + 20 * MIN)]), true, T0);
    state = setPaused(state, false, T0 + 12 * MIN);
    expect(tick(state, T0 + 12 * MIN).fire).toEqual([]);
  });
});

describe('a DST change in the horizon', () => {
  // New York springs forward on Sun 8 Mar 2026 at 02:00 local (07:00 UTC).
  const zone = 'America/New_York';

  it('fires at the right instants on both sides of the change', () => {
    const before = toInstant('2026-03-07', '09:00', zone);
    const after = toInstant('2026-03-09', '09:00', zone);
    expect(after - before).toBe(47 * 60 * MIN);
    const state = plan([r('sat', before), r('mon', after)], before - 60 * MIN);
    const { fired } = runUntil(state, before - 60 * MIN, after);
    expect(fired).toEqual([
      ['sat', before - 10 * MIN],
      ['mon', after - 10 * MIN],
    ]);
  });

  it('snoozes until 08:00 local on a 23-hour day', () => {
    const now = toInstant('2026-03-07', '22:00', zone);
    const end = snoozeEnd('tomorrow', now, zone);
    expect(end).toBe(toInstant('2026-03-08', '08:00', zone));
    // Ten hours of wall clock, nine hours of real time across the spring-forward.
    expect(end - now).toBe(9 * 60 * MIN);
  });
});

describe('upcoming', () => {
  it('lists the next events still ahead, soonest first', () => {
    const state = plan([
      r('c', T0 + 300 * MIN),
      r('a', T0 + 100 * MIN),
      r('past', T0 - MIN),
      r('b', T0 + 200 * MIN),
      r('d', T0 + 400 * MIN),
    ]);
    expect(upcoming(state, T0, 3).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
});
