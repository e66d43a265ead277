import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reminder } from '../../../src/core/bridge/contract';
import {
  createWebReminders,
  type WebReminderDeps,
} from '../../../src/renderer/src/bridge/web-reminders';
import { parseShownRecord } from '../../../src/renderer/src/bridge/shown-record';

const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 2, 9, 0);

function r(id: string, eventAt: number, leadMin = 10): Reminder {
  return { id, kind: 'commitment', fireAt: eventAt - leadMin * MIN, eventAt, title: id, body: '' };
}

type Timer = ReturnType<typeof setTimeout>;

function setup(extra: Partial<WebReminderDeps<Timer>> = {}) {
  const shown: [string, number][] = [];
  const notices: Reminder[] = [];
  const reminders = createWebReminders<Timer>({
    now: () => Date.now(),
    setTimer: (callback, delay) => setTimeout(callback, delay),
    clearTimer: (handle) => clearTimeout(handle),
    show: (reminder) => {
      shown.push([reminder.id, Date.now()]);
      notices.push(reminder);
    },
    ...extra,
  });
  return { reminders, shown, notices };
}

/** A record shared by tabs, as localStorage is. */
function sharedRecord(): NonNullable<WebReminderDeps<Timer>['record']> {
  let stored: string | null = null;
  return {
    load: () => parseShownRecord(stored),
    save: (record) => void (stored = JSON.stringify(record)),
  };
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

  it('shows a late reminder at once while its event is ahead, and drops begun ones', () => {
    const { reminders, shown } = setup();
    reminders.schedule([r('a-little-late', T0 + 5 * MIN), r('long-gone', T0 - MIN)]);
    expect(shown).toEqual([['a-little-late', T0]]);
    vi.advanceTimersByTime(60 * MIN);
    expect(shown).toHaveLength(1);
  });

  it('waking after hours fires no stale "in 10 min" reminder', () => {
    // Regression: the tab's timers ran late on waking and showed two "in 10 min" hours late.
    const { reminders, shown } = setup();
    reminders.schedule([r('call', T0 + 30 * MIN), r('block', T0 + 40 * MIN)]);
    vi.setSystemTime(T0 + 5 * 60 * MIN); // asleep: the clock moved, the timers did not
    vi.advanceTimersByTime(30 * MIN);
    expect(shown).toEqual([]);
  });

  it('sleeping 15 min past a 60-min-lead reminder shows it, saying 45 min', () => {
    const { reminders, notices } = setup();
    reminders.schedule([{ ...r('call', T0 + 90 * MIN, 60), subject: 'Call', body: 'Acme' }]);
    vi.setSystemTime(T0 + 45 * MIN);
    vi.advanceTimersByTime(MIN);
    expect(notices.map((n) => [n.title, n.body])).toEqual([
      ['Call in 44 min', 'Starts in 44 min. Acme'],
    ]);
  });

  it('with the clock 2 h fast at first and corrected later, shows all 4 reminders', () => {
    vi.setSystemTime(T0 + 120 * MIN);
    const { reminders, shown } = setup();
    reminders.schedule([30, 60, 90, 150].map((m) => r(`c${m}`, T0 + m * MIN)));
    vi.setSystemTime(T0);
    vi.advanceTimersByTime(3 * 60 * MIN);
    expect(shown.map(([id]) => id)).toEqual(['c30', 'c60', 'c90', 'c150']);
  });

  it('a clock jump of +3 days and back, or back 5 min, never shows a reminder twice', () => {
    const { reminders, shown } = setup();
    const plan = [r('call', T0 + 20 * MIN), r('next', T0 + 25 * MIN)];
    reminders.schedule(plan);
    vi.advanceTimersByTime(10 * MIN);
    vi.setSystemTime(T0 + 3 * 24 * 60 * MIN);
    reminders.schedule([]);
    reminders.schedule([r('far', T0 + 3 * 24 * 60 * MIN + 60 * MIN)]);
    vi.setSystemTime(T0 + 5 * MIN);
    reminders.schedule(plan);
    vi.advanceTimersByTime(20 * MIN);
    expect(shown).toEqual([
      ['call', T0 + 10 * MIN],
      ['next', T0 + 15 * MIN],
    ]);
  });

  it('only the owning tab shows; a tab taking over never repeats what the owner showed', () => {
    const record = sharedRecord();
    let firstOwns = true;
    const first = setup({ record, isOwner: () => firstOwns });
    const second = setup({ record, isOwner: () => !firstOwns });
    const plan = [r('a', T0 + 20 * MIN), r('b', T0 + 40 * MIN)];
    first.reminders.schedule(plan);
    second.reminders.schedule(plan);
    vi.advanceTimersByTime(15 * MIN);
    expect([...first.shown, ...second.shown]).toEqual([['a', T0 + 10 * MIN]]);
    firstOwns = false; // the owner's tab closed
    first.reminders.dispose();
    second.reminders.check();
    vi.advanceTimersByTime(60 * MIN);
    expect(second.shown).toEqual([['b', T0 + 30 * MIN]]);
  });
});

describe('the shared record of shown reminders', () => {
  it('reads only well-formed entries from hostile or broken storage', () => {
    expect(parseShownRecord(null)).toBeNull();
    expect(parseShownRecord('{not json')).toBeNull();
    expect(parseShownRecord('{"handled":"x"}')).toBeNull();
    const text = JSON.stringify({
      handled: [
        { id: 'ok', eventAt: T0 },
        { id: 7, eventAt: T0 },
        { id: 'neg', eventAt: -1 },
        null,
      ],
      latestSeen: 'soon',
    });
    expect(parseShownRecord(text)).toEqual({
      handled: [{ id: 'ok', eventAt: T0 }],
      latestSeen: null,
    });
  });
});
