import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../src/core/bridge/contract';
import {
  emptySchedulerState,
  replan,
  type SchedulerState,
} from '../../../src/main/reminder-scheduler';
import {
  buildTrayView,
  formatWhen,
  reminderLabel,
  type TrayInput,
  type TrayItem,
} from '../../../src/main/tray-menu';

const MIN = 60_000;
const NOW = Date.UTC(2026, 2, 2, 1, 0); // Mon 09:00 Manila
const ZONE = 'Asia/Manila';

function r(id: string, eventAt: number, extra: Partial<Reminder> = {}): Reminder {
  return {
    id,
    kind: 'commitment',
    fireAt: eventAt - 10 * MIN,
    eventAt,
    title: id,
    body: '',
    ...extra,
  };
}

function input(state: SchedulerState, extra: Partial<TrayInput> = {}): TrayInput {
  return {
    appName: 'Hybrid Planner',
    state,
    now: NOW,
    zone: ZONE,
    todayPlannedMin: 390,
    dailyCapMin: 480,
    plannedAt: NOW - 5 * MIN,
    ...extra,
  };
}

const labels = (items: TrayItem[]): string[] => items.map((i) => ('label' in i ? i.label : '---'));

describe('formatting', () => {
  it.each([
    [NOW + 60 * MIN, '10:00'],
    [NOW + 24 * 60 * MIN, 'Tomorrow 09:00'],
    [NOW + 2 * 24 * 60 * MIN, 'Wed 09:00'],
  ])('formatWhen(%i) = %s', (at, text) => expect(formatWhen(at, NOW, ZONE)).toBe(text));

  it('labels a reminder with home time and the client’s local time', () => {
    const call = r('Call with Acme', NOW + 60 * MIN, { zone: 'America/New_York' });
    expect(reminderLabel(call, NOW, ZONE)).toBe('10:00 · Call with Acme (New York 21:00)');
    expect(reminderLabel(r('Focus', NOW + 60 * MIN), NOW, ZONE)).toBe('10:00 · Focus');
  });
});

describe('buildTrayView', () => {
  const three = replan(
    emptySchedulerState(),
    [
      r('d', NOW + 400 * MIN),
      r('a', NOW + 60 * MIN),
      r('b', NOW + 120 * MIN),
      r('c', NOW + 180 * MIN),
      r('past', NOW - MIN),
    ],
    NOW,
  );

  it.each<[string, TrayInput, string[], string]>([
    [
      'the next three reminders, hours and the fixed items',
      input(three),
      [
        '10:00 · a',
        '11:00 · b',
        '12:00 · c',
        '---',
        'Today: 6 h 30 min planned of 8 h',
        '---',
        'Open planner',
        'Snooze reminders',
        'Pause reminders',
        '---',
        'Quit',
      ],
      'Hybrid Planner: next: 10:00 a',
    ],
    [
      'an empty plan',
      input(emptySchedulerState(), { plannedAt: null }),
      [
        'No upcoming reminders',
        '---',
        'Today: open the planner to plan your day',
        '---',
        'Open planner',
        'Snooze reminders',
        'Pause reminders',
        '---',
        'Quit',
      ],
      'Hybrid Planner: no upcoming reminders',
    ],
    [
      'an over-cap day',
      input(three, { todayPlannedMin: 600 }),
      [
        '10:00 · a',
        '11:00 · b',
        '12:00 · c',
        '---',
        'Today: 10 h planned, over the 8 h cap',
        '---',
        'Open planner',
        'Snooze reminders',
        'Pause reminders',
        '---',
        'Quit',
      ],
      'Hybrid Planner: next: 10:00 a',
    ],
    [
      'yesterday’s plan',
      input(three, { plannedAt: NOW - 24 * 60 * MIN }),
      [
        '10:00 · a',
        '11:00 · b',
        '12:00 · c',
        '---',
        'Today: open the planner to refresh',
        '---',
        'Open planner',
        'Snooze reminders',
        'Pause reminders',
        '---',
        'Quit',
      ],
      'Hybrid Planner: next: 10:00 a',
    ],
    [
      'paused',
      input({ ...three, paused: true }),
      [
        '10:00 · a',
        '11:00 · b',
        '12:00 · c',
        '---',
        'Today: 6 h 30 min planned of 8 h',
        '---',
        'Open planner',
        'Snooze reminders',
        'Pause reminders',
        '---',
        'Quit',
      ],
      'Hybrid Planner: reminders paused',
    ],
    [
      'snoozed',
      input({ ...three, snoozedUntil: NOW + 15 * MIN }),
      [
        '10:00 · a',
        '11:00 · b',
        '12:00 · c',
        '---',
        'Today: 6 h 30 min planned of 8 h',
        '---',
        'Open planner',
        'Snooze reminders',
        'Pause reminders',
        '---',
        'Quit',
      ],
      'Hybrid Planner: snoozed until 09:15',
    ],
  ])('%s', (_name, tray, expectedLabels, tooltip) => {
    const view = buildTrayView(tray);
    expect(labels(view.items)).toEqual(expectedLabels);
    expect(view.tooltip).toBe(tooltip);
  });

  it('the pause checkbox reflects the state', () => {
    for (const paused of [false, true]) {
      const item = buildTrayView(input({ ...three, paused })).items.find(
        (i) => i.kind === 'checkbox',
      );
      expect(item).toMatchObject({ checked: paused, action: { type: 'toggle-pause' } });
    }
  });

  it('offers 15 min, 1 h and until tomorrow, plus resume while snoozed', () => {
    const submenu = (state: SchedulerState): TrayItem[] => {
      const item = buildTrayView(input(state)).items.find((i) => i.kind === 'submenu');
      return item?.kind === 'submenu' ? item.items : [];
    };
    expect(labels(submenu(three))).toEqual(['15 minutes', '1 hour', 'Until tomorrow 08:00']);
    expect(labels(submenu({ ...three, snoozedUntil: NOW + MIN }))).toEqual([
      '15 minutes',
      '1 hour',
      'Until tomorrow 08:00',
      '---',
      'Resume now',
    ]);
  });

  it('a reminder item opens the week at its event', () => {
    expect(buildTrayView(input(three)).items[0]).toMatchObject({
      action: { type: 'show-event', eventAt: NOW + 60 * MIN },
    });
  });

  it('keeps the tooltip within the Windows limit', () => {
    const long = replan(emptySchedulerState(), [r('x'.repeat(300), NOW + MIN)], NOW);
    expect(buildTrayView(input(long)).tooltip.length).toBeLessThanOrEqual(127);
  });
});
