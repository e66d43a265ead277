import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reminder, ReminderSchedule } from '../../../src/core/bridge/contract';
import { createReminderService, type ReminderService } from '../../../src/main/reminder-service';
import { Notification, powerMonitor, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 2, 1, 0);

function r(id: string, eventAt: number, leadMin = 10): Reminder {
  return {
    id,
    kind: 'commitment',
    fireAt: eventAt - leadMin * MIN,
    eventAt,
    title: `Title ${id}`,
    body: `Body ${id}`,
  };
}

function schedule(reminders: Reminder[]): ReminderSchedule {
  return {
    generatedAt: T0,
    reminders,
    todayPlannedMin: 300,
    dailyCapMin: 480,
    homeZone: 'Asia/Manila',
  };
}

function shownIds(): string[] {
  return Notification.instances
    .filter((n) => n.shown)
    .map((n) => n.options.title.replace('Title ', ''));
}

describe('createReminderService', () => {
  let dir: string;
  let service: ReminderService | null = null;
  const onShowEvent = vi.fn();

  beforeEach(() => {
    resetFakeElectron();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(T0);
    dir = mkdtempSync(join(tmpdir(), 'planner-reminders-'));
  });

  afterEach(() => {
    service?.dispose();
    service = null;
    vi.useRealTimers();
  });

  let zone = 'UTC';
  const start = (platform: NodeJS.Platform = 'darwin'): ReminderService => {
    service = createReminderService({
      storePath: join(dir, 'reminders.json'),
      onShowEvent,
      systemZone: () => zone,
      platform,
    });
    return service;
  };

  it('shows a notification at the lead time, and a click opens the event', async () => {
    const s = start();
    await s.setSchedule(schedule([r('call', T0 + 60 * MIN, 10)]));
    vi.advanceTimersByTime(50 * MIN - 1);
    expect(shownIds()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(shownIds()).toEqual(['call']);
    const notification = Notification.instances[0];
    expect(notification?.options).toEqual({ title: 'Title call', body: 'Body call' });
    notification?.emit('click');
    expect(onShowEvent).toHaveBeenCalledWith(T0 + 60 * MIN);
  });

  it('does not duplicate after a re-plan with the same reminders', async () => {
    const s = start();
    await s.setSchedule(schedule([r('a', T0 + 20 * MIN)]));
    vi.advanceTimersByTime(10 * MIN);
    await s.setSchedule(schedule([r('a', T0 + 20 * MIN), r('b', T0 + 40 * MIN)]));
    vi.advanceTimersByTime(60 * MIN);
    expect(shownIds()).toEqual(['a', 'b']);
  });

  it('after sleep, resume fires a missed reminder whose event is ahead once, drops begun', async () => {
    const s = start();
    await s.setSchedule(
      schedule([
        r('old', T0 + 30 * MIN),
        r('recent', T0 + 125 * MIN),
        r('next', T0 + 5 * 60 * MIN),
      ]),
    );
    // The machine sleeps two hours: the clock jumps, timers do not run.
    vi.setSystemTime(T0 + 120 * MIN);
    powerMonitor.emit('resume');
    expect(shownIds()).toEqual(['recent']);
    powerMonitor.emit('resume');
    expect(shownIds()).toEqual(['recent']);
  });

  it('with the clock 2 h fast at login and corrected later, shows all 4 reminders', async () => {
    // Regression: 3 of 4 were recorded as shown while the clock was fast, and never fired.
    vi.setSystemTime(T0 + 120 * MIN);
    const s = start();
    await s.setSchedule(schedule([30, 60, 90, 150].map((m) => r(`c${m}`, T0 + m * MIN))));
    expect(shownIds()).toEqual([]);
    vi.setSystemTime(T0); // the network time arrives
    vi.advanceTimersByTime(3 * 60 * MIN);
    expect(shownIds()).toEqual(['c30', 'c60', 'c90', 'c150']);
  });

  it('after a sleep 15 min past a 60-min-lead reminder, shows it saying 45 min', async () => {
    const s = start();
    const call = { ...r('call', T0 + 90 * MIN, 60), subject: 'Call with Acme' };
    await s.setSchedule(schedule([call]));
    // Asleep from before the fire time (T0 + 30) to 15 minutes after it.
    vi.setSystemTime(T0 + 45 * MIN);
    powerMonitor.emit('resume');
    expect(Notification.instances[0]?.options).toEqual({
      title: 'Call with Acme in 45 min',
      body: 'Starts in 45 min. Body call',
    });
    vi.advanceTimersByTime(2 * 60 * MIN);
    expect(Notification.instances).toHaveLength(1);
  });

  it('a clock jump of +3 days and back never shows a reminder twice', async () => {
    const s = start();
    await s.setSchedule(schedule([r('call', T0 + 20 * MIN)]));
    vi.advanceTimersByTime(10 * MIN);
    expect(shownIds()).toEqual(['call']);
    vi.setSystemTime(T0 + 3 * 24 * 60 * MIN);
    await s.setSchedule(schedule([]));
    vi.advanceTimersByTime(MIN);
    vi.setSystemTime(T0 + 12 * MIN);
    await s.setSchedule(schedule([r('call', T0 + 20 * MIN)]));
    vi.advanceTimersByTime(60 * MIN);
    expect(shownIds()).toEqual(['call']);
  });

  it('a backward jump of 5 min neither repeats nor loses a reminder', async () => {
    const s = start();
    await s.setSchedule(schedule([r('a', T0 + 20 * MIN), r('b', T0 + 25 * MIN)]));
    vi.advanceTimersByTime(10 * MIN);
    expect(shownIds()).toEqual(['a']);
    vi.setSystemTime(T0 + 5 * MIN);
    vi.advanceTimersByTime(9 * MIN);
    expect(shownIds()).toEqual(['a']);
    vi.advanceTimersByTime(MIN);
    expect(shownIds()).toEqual(['a', 'b']);
  });

  it('escapes notification bodies on Linux, where libnotify reads markup', async () => {
    const s = start('linux');
    await s.setSchedule(schedule([{ ...r('x', T0 + 10 * MIN), body: 'R&D <b>Ops</b>' }]));
    expect(Notification.instances[0]?.options.body).toBe('R&amp;D &lt;b&gt;Ops&lt;/b&gt;');
  });

  it('notices a wall-clock jump within a minute even without a resume event', async () => {
    const s = start();
    await s.setSchedule(schedule([r('a', T0 + 3 * 60 * MIN)]));
    vi.setSystemTime(T0 + 170 * MIN + 30_000);
    vi.advanceTimersByTime(60_000);
    expect(shownIds()).toEqual(['a']);
  });

  it('snooze and pause go through the scheduler', async () => {
    const s = start();
    await s.setSchedule(schedule([r('a', T0 + 20 * MIN), r('b', T0 + 3 * 60 * MIN)]));
    s.snooze('15m');
    vi.advanceTimersByTime(15 * MIN);
    // 'a' (due at +10) was deferred to +15, its event at +20 is still ahead: shown at +15.
    expect(shownIds()).toEqual(['a']);
    s.togglePause();
    expect(s.snapshot().state.paused).toBe(true);
    vi.advanceTimersByTime(3 * 60 * MIN);
    expect(shownIds()).toEqual(['a']);
  });

  it('persists the schedule and what was shown, so a restart neither loses nor repeats', async () => {
    const s = start();
    await s.setSchedule(schedule([r('a', T0 + 20 * MIN), r('b', T0 + 60 * MIN)]));
    vi.advanceTimersByTime(10 * MIN);
    expect(shownIds()).toEqual(['a']);
    await s.flush();
    const file = join(dir, 'reminders.json');
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      version: 1,
      handled: [{ id: 'a' }],
    });
    s.dispose();
    Notification.instances = [];
    const again = start();
    expect(again.snapshot().schedule?.reminders.map((x) => x.id)).toEqual(['a', 'b']);
    vi.advanceTimersByTime(60 * MIN);
    expect(shownIds()).toEqual(['b']);
  });

  it('starts empty when the saved file is corrupt or hostile', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      join(dir, 'reminders.json'),
      '{"version":1,"schedule":{"__proto__":{}},"handled":[],"paused":false}',
    );
    const s = start();
    expect(s.snapshot().schedule).toBeNull();
    expect(s.snapshot().state.reminders).toEqual([]);
  });

  it('tells subscribers about changes and about a system time-zone change', async () => {
    zone = 'UTC';
    const s = start();
    const zones: string[] = [];
    s.subscribe((snap) => zones.push(snap.zone));
    await s.setSchedule({ ...schedule([]), homeZone: undefined });
    expect(zones.at(-1)).toBe('UTC');
    // The traveller lands in Tokyo: the next check (at most a minute later) refreshes the tray.
    zone = 'Asia/Tokyo';
    vi.advanceTimersByTime(60_000);
    expect(zones.at(-1)).toBe('Asia/Tokyo');
  });

  it('does nothing on systems without notifications', async () => {
    Notification.supported = false;
    const s = start();
    await s.setSchedule(schedule([r('a', T0 + 5 * MIN)]));
    expect(Notification.instances).toEqual([]);
  });
});
