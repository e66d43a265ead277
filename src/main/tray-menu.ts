/**
 * The tray's tooltip and menu as a pure function of the reminder state: plain data with action
 * ids, no Electron. tray.ts turns it into a native menu and wires the actions.
 */
import { dayOf, diffDays, toWall, weekdayOf } from '../core/time';
import type { IanaZone, Instant } from '../core/types';
import type { Reminder } from '../core/bridge/contract';
import {
  SNOOZE_MORNING,
  SNOOZE_OPTIONS,
  upcoming,
  type SchedulerState,
  type SnoozeOption,
} from './reminder-scheduler';
import { formatDuration, zoneCity } from '../core/format';

/** What a tray menu item does when clicked. */
export type TrayAction =
  | { type: 'open' }
  | { type: 'show-event'; eventAt: Instant }
  | { type: 'snooze'; option: SnoozeOption }
  | { type: 'cancel-snooze' }
  | { type: 'toggle-pause' }
  | { type: 'quit' };

/** One entry of the tray menu. */
export type TrayItem =
  | { kind: 'action'; label: string; action: TrayAction }
  | { kind: 'checkbox'; label: string; checked: boolean; action: TrayAction }
  | { kind: 'info'; label: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; label: string; items: TrayItem[] };

/** The whole tray: tooltip plus menu. */
export type TrayView = { tooltip: string; items: TrayItem[] };

/** Everything the tray shows, as plain data. */
export type TrayInput = {
  appName: string;
  state: SchedulerState;
  now: Instant;
  /** The worker's home zone: all times are shown in it first. */
  zone: IanaZone;
  /** Today's planned minutes and the daily cap, as of `plannedAt`. */
  todayPlannedMin: number;
  dailyCapMin: number;
  /** When the planned minutes were computed; null before the first plan arrived. */
  plannedAt: Instant | null;
};

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
// Windows truncates tray tooltips at 127 characters.
const TOOLTIP_MAX = 127;

/** '14:05' today, 'Tomorrow 09:00', 'Wed 09:00' later. */
export function formatWhen(at: Instant, now: Instant, zone: IanaZone): string {
  const wall = toWall(at, zone);
  const days = diffDays(dayOf(now, zone), wall.date);
  if (days === 0) return wall.time;
  if (days === 1) return `Tomorrow ${wall.time}`;
  return `${WEEKDAYS[weekdayOf(wall.date)] ?? ''} ${wall.time}`;
}

/** One reminder as a menu label: home time, title, and the other party's local time. */
export function reminderLabel(reminder: Reminder, now: Instant, zone: IanaZone): string {
  const home = formatWhen(reminder.eventAt, now, zone);
  const other =
    reminder.zone !== undefined && reminder.zone !== zone
      ? ` (${zoneCity(reminder.zone)} ${toWall(reminder.eventAt, reminder.zone).time})`
      : '';
  return `${home} · ${reminder.title}${other}`;
}

function todayLine(input: TrayInput): string {
  const { plannedAt, now, zone } = input;
  if (plannedAt === null) return 'Today: open the planner to plan your day';
  // Yesterday's numbers are worse than none.
  if (dayOf(plannedAt, zone) !== dayOf(now, zone)) return 'Today: open the planner to refresh';
  const planned = formatDuration(input.todayPlannedMin);
  const cap = formatDuration(input.dailyCapMin);
  return input.todayPlannedMin > input.dailyCapMin
    ? `Today: ${planned} planned, over the ${cap} cap`
    : `Today: ${planned} planned of ${cap}`;
}

function statusText(input: TrayInput, next: Reminder | undefined): string {
  const { state, now, zone } = input;
  if (state.paused) return 'reminders paused';
  if (state.snoozedUntil !== null && state.snoozedUntil > now) {
    return `snoozed until ${formatWhen(state.snoozedUntil, now, zone)}`;
  }
  if (!next) return 'no upcoming reminders';
  return `next: ${formatWhen(next.eventAt, now, zone)} ${next.title}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const SNOOZE_LABELS: Readonly<Record<SnoozeOption, string>> = {
  '15m': '15 minutes',
  '1h': '1 hour',
  tomorrow: `Until tomorrow ${SNOOZE_MORNING}`,
};

function snoozeMenu(input: TrayInput): TrayItem {
  const items: TrayItem[] = SNOOZE_OPTIONS.map((option) => ({
    kind: 'action',
    label: SNOOZE_LABELS[option],
    action: { type: 'snooze', option },
  }));
  if (input.state.snoozedUntil !== null && input.state.snoozedUntil > input.now) {
    items.push(
      { kind: 'separator' },
      { kind: 'action', label: 'Resume now', action: { type: 'cancel-snooze' } },
    );
  }
  return { kind: 'submenu', label: 'Snooze reminders', items };
}

/** The tray tooltip and menu for this state and instant. */
export function buildTrayView(input: TrayInput): TrayView {
  const next3 = upcoming(input.state, input.now, 3);
  const items: TrayItem[] = [];
  if (next3.length === 0) items.push({ kind: 'info', label: 'No upcoming reminders' });
  for (const reminder of next3) {
    items.push({
      kind: 'action',
      label: clip(reminderLabel(reminder, input.now, input.zone), 100),
      action: { type: 'show-event', eventAt: reminder.eventAt },
    });
  }
  items.push(
    { kind: 'separator' },
    { kind: 'info', label: todayLine(input) },
    { kind: 'separator' },
    { kind: 'action', label: 'Open planner', action: { type: 'open' } },
    snoozeMenu(input),
    {
      kind: 'checkbox',
      label: 'Pause reminders',
      checked: input.state.paused,
      action: { type: 'toggle-pause' },
    },
    { kind: 'separator' },
    { kind: 'action', label: 'Quit', action: { type: 'quit' } },
  );
  const tooltip = clip(`${input.appName}: ${statusText(input, next3[0])}`, TOOLTIP_MAX);
  return { tooltip, items };
}
