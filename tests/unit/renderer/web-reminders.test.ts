import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reminder } from '../../../src/core/bridge/contract';
import { createWebReminders } from '../../../src/renderer/src/bridge/web-reminders';

const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 2, 9, 0);

function r(id: string, eventAt: number, leadMin = 10): Reminder {
  return { id, kind: 'commitment', fireAt: eventAt - leadMin * MIN, eventAt, title: id, body: '' };
}

function setup() {
  const shown: [string, number][] = [];
  const reminders = createWebReminders({
    now: () => Date.now(),
    setTimer: (callback, delay) => setTimeout(callback, delay),
    clearTimer: (handle) => clearTimeout(handle),
    show: (reminder) => shown.push([reminder.id, Date.now()]),
  });
  return { reminders, shown };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('reminders in a browser tab', () => {
  it('shows each reminder once at its fire time, even when the plan is sent again', () => {
    const { reminders, shown } = setup();
    const plan = [r('call', T0 + 30 * MIN), r('call', T0 + 30 * MIN), r('block', T0 + 60 * MIN)];
    reminders.schedule(plan);
    vi.advanceTimersByTime(25 * MIN);
    reminders.schedule(plan);
    vi.advanceTimersByTime(60 * MIN);
    expect(shown).toEqual([
      ['call', T0 + 20 * MIN],
      ['block', T0 + 50 * MIN],
    ]);
  });

  it('reminds again of an event that moved after its reminder was shown', () => {
    // Regression: fired reminders were kept by id only, so a moved event was never reminded again.
    const { reminders, shown } = setup();
    reminders.schedule([r('commitment:standup', T0 + 10 * MIN)]);
    vi.advanceTimersByTime(MIN);
    expect(shown).toEqual([['commitment:standup', T0]]);
    reminders.schedule([r('commitment:standup', T0 + 3 * 60 * MIN)]);
    vi.advanceTimersByTime(3 * 60 * MIN);
    expect(shown).toEqual([
      ['commitment:standup', T0],
      ['commitment:standup', T0 + 170 * MIN],
    ]);
  });

  it('shows a reminder missed by less than the grace at once, and drops older ones', () => {
    const { reminders, shown } = setup();
    reminders.schedule([r('a-little-late', T0 + 5 * MIN), r('long-gone', T0 - 15 * MIN)]);
    vi.advanceTimersByTime(0);
    expect(shown).toEqual([['a-little-late', T0]]);
    vi.advanceTimersByTime(60 * MIN);
    expect(shown).toHaveLength(1);
  });
});
