/**
 * The persisted reminder state (userData/reminders.json): the last schedule the renderer sent
 * plus what was already shown, snooze and pause, so reminders survive a restart without
 * repeating. The file is read as untrusted input and validated field by field.
 */
import type { ReminderSchedule } from '../core/bridge/contract';
import { validateReminderSchedule } from '../core/bridge/validate';
import type { Instant } from '../core/types';
import type { HandledReminder } from '../core/reminder-policy';
import type { SchedulerState } from './reminder-scheduler';

/** What is written to disk. */
export type PersistedReminders = {
  version: 1;
  schedule: ReminderSchedule;
  handled: HandledReminder[];
  /** Absent in files written before it existed. */
  latestSeen: Instant | null;
  snoozedUntil: Instant | null;
  paused: boolean;
};

const MAX_HANDLED = 20_000;

function isInstant(value: unknown): value is Instant {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 8.64e15;
}

function readHandled(value: unknown): HandledReminder[] | null {
  if (!Array.isArray(value) || value.length > MAX_HANDLED) return null;
  const out: HandledReminder[] = [];
  for (const entry of value) {
    if (typeof entry !== 'object' || entry === null) return null;
    const id: unknown = Reflect.get(entry, 'id');
    const eventAt: unknown = Reflect.get(entry, 'eventAt');
    if (typeof id !== 'string' || id.length === 0 || id.length > 200 || !isInstant(eventAt)) {
      return null;
    }
    out.push({ id, eventAt });
  }
  return out;
}

/** Validates a parsed reminders file; null when it is not one (then the app starts empty). */
export function parsePersistedReminders(raw: unknown): PersistedReminders | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  if (Reflect.get(raw, 'version') !== 1) return null;
  const schedule = validateReminderSchedule(Reflect.get(raw, 'schedule'));
  const handled = readHandled(Reflect.get(raw, 'handled'));
  const snoozedUntil: unknown = Reflect.get(raw, 'snoozedUntil');
  const paused: unknown = Reflect.get(raw, 'paused');
  const latest: unknown = Reflect.get(raw, 'latestSeen');
  const latestSeen = isInstant(latest) ? latest : null;
  if (!schedule.ok || handled === null || typeof paused !== 'boolean') return null;
  if (snoozedUntil !== null && !isInstant(snoozedUntil)) return null;
  return { version: 1, schedule: schedule.value, handled, latestSeen, snoozedUntil, paused };
}

/** The file contents for a schedule and scheduler state. */
export function toPersisted(schedule: ReminderSchedule, state: SchedulerState): PersistedReminders {
  return {
    version: 1,
    schedule,
    handled: state.handled,
    latestSeen: state.latestSeen,
    snoozedUntil: state.snoozedUntil,
    paused: state.paused,
  };
}
