/**
 * The reminder scheduler: pure. State and `now` in; which notifications to show now and when to
 * wake up next out. No timers, no clock, no Electron: the service around it owns those.
 *
 * Rules:
 * - A reminder is identified by its id and the event instant it announces. Once handled (shown,
 *   silenced while paused, or dropped as too old) it is never shown again for that instant, so a
 *   re-plan that sends the same list again cannot duplicate it. If the event moves, it is new.
 * - Reminders that came due while nothing ran (sleep, a clock jump) are shown at most once, and
 *   only if they are at most `graceMs` late; older ones are dropped silently.
 * - Snooze defers everything due before its end to its end; what has already happened by then
 *   is dropped. Pause silences: whatever comes due while paused is never shown.
 * - Everything is in UTC instants, so a host time-zone or DST change never moves a reminder;
 *   only "until tomorrow 08:00" needs a zone, and gets it as a parameter.
 */
import type { Reminder } from '../core/bridge/contract';
import { addDays, dayOf, MINUTE, toInstant } from '../core/time';
import type { IanaZone, Instant } from '../core/types';

/** A reminder id with the event instant it was handled for. */
export type HandledReminder = { id: string; eventAt: Instant };

/** Everything the scheduler knows; plain data, safe to persist as JSON. */
export type SchedulerState = {
  /** The latest plan, deduplicated by id, sorted by fire time. */
  reminders: Reminder[];
  handled: HandledReminder[];
  snoozedUntil: Instant | null;
  paused: boolean;
};

/** What one scheduler step decided. */
export type TickResult = {
  state: SchedulerState;
  /** Notifications to show now, in fire order. */
  fire: Reminder[];
  /** When the next reminder comes due, or null when nothing is pending (or paused). */
  nextWakeAt: Instant | null;
};

/** Snooze lengths offered in the tray. */
export type SnoozeOption = '15m' | '1h' | 'tomorrow';

/** Scheduler tuning. */
export type SchedulerOptions = {
  /** How late a missed reminder may still be shown (default 10 minutes). */
  graceMs?: number;
  /** How long handled ids are remembered after their event (default 2 days). */
  retainMs?: number;
};

const DEFAULT_GRACE_MS = 10 * MINUTE;
const DEFAULT_RETAIN_MS = 2 * 24 * 60 * MINUTE;
/** The local time "until tomorrow" snoozes to. */
export const SNOOZE_MORNING = '08:00';

/** The state before any plan has arrived. */
export function emptySchedulerState(): SchedulerState {
  return { reminders: [], handled: [], snoozedUntil: null, paused: false };
}

function handledMap(state: SchedulerState): Map<string, Instant> {
  return new Map(state.handled.map((h) => [h.id, h.eventAt]));
}

function isHandled(handled: Map<string, Instant>, reminder: Reminder): boolean {
  return handled.get(reminder.id) === reminder.eventAt;
}

/** When a reminder comes due, taking a snooze into account. */
function dueAt(reminder: Reminder, snoozedUntil: Instant | null): Instant {
  return snoozedUntil !== null && reminder.fireAt < snoozedUntil ? snoozedUntil : reminder.fireAt;
}

/** Replaces the plan: duplicates by id collapse (first wins), stale reminders simply disappear. */
export function replan(
  state: SchedulerState,
  reminders: readonly Reminder[],
  now: Instant,
  options: SchedulerOptions = {},
): SchedulerState {
  const retainMs = options.retainMs ?? DEFAULT_RETAIN_MS;
  const byId = new Map<string, Reminder>();
  for (const reminder of reminders) {
    if (!byId.has(reminder.id)) byId.set(reminder.id, { ...reminder });
  }
  const sorted = [...byId.values()].sort((a, b) => a.fireAt - b.fireAt || cmp(a.id, b.id));
  // Keep what was handled while it can still matter: a re-plan may send the same event again.
  const handled = state.handled.filter((h) => h.eventAt >= now - retainMs);
  return { ...state, reminders: sorted, handled };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One step at `now`: what to show, what to drop, and when to look again. */
export function tick(
  state: SchedulerState,
  now: Instant,
  options: SchedulerOptions = {},
): TickResult {
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const handled = handledMap(state);
  const snoozeEnd = state.snoozedUntil;
  const fire: Reminder[] = [];
  let nextWakeAt: Instant | null = null;
  for (const reminder of state.reminders) {
    if (isHandled(handled, reminder)) continue;
    const due = dueAt(reminder, snoozeEnd);
    if (due > now) {
      nextWakeAt = nextWakeAt === null ? due : Math.min(nextWakeAt, due);
      continue;
    }
    handled.set(reminder.id, reminder.eventAt);
    if (state.paused) continue;
    const deferred = due !== reminder.fireAt;
    if (deferred && reminder.eventAt <= due) continue;
    if (now - due > graceMs) continue;
    fire.push(reminder);
  }
  const next: SchedulerState = {
    ...state,
    handled: [...handled].map(([id, eventAt]) => ({ id, eventAt })),
    snoozedUntil: snoozeEnd !== null && snoozeEnd <= now ? null : snoozeEnd,
  };
  return { state: next, fire, nextWakeAt: state.paused ? null : nextWakeAt };
}

/** The instant a snooze option ends; "tomorrow" is 08:00 on the next calendar day in `zone`. */
export function snoozeEnd(option: SnoozeOption, now: Instant, zone: IanaZone): Instant {
  if (option === '15m') return now + 15 * MINUTE;
  if (option === '1h') return now + 60 * MINUTE;
  // Through the time module: the next day may be 23 or 25 hours long.
  return toInstant(addDays(dayOf(now, zone), 1), SNOOZE_MORNING, zone);
}

/** Snoozes all reminders until the end of `option`. */
export function snooze(
  state: SchedulerState,
  option: SnoozeOption,
  now: Instant,
  zone: IanaZone,
): SchedulerState {
  return { ...state, snoozedUntil: snoozeEnd(option, now, zone) };
}

/** Ends a snooze early: what it deferred comes due now. */
export function cancelSnooze(state: SchedulerState): SchedulerState {
  return { ...state, snoozedUntil: null };
}

/** Pauses or resumes; on resume, whatever came due during the pause is silenced, not replayed. */
export function setPaused(state: SchedulerState, paused: boolean, now: Instant): SchedulerState {
  if (paused === state.paused) return state;
  if (paused) return { ...state, paused: true };
  const handled = handledMap(state);
  for (const reminder of state.reminders) {
    if (!isHandled(handled, reminder) && dueAt(reminder, state.snoozedUntil) <= now) {
      handled.set(reminder.id, reminder.eventAt);
    }
  }
  return {
    ...state,
    paused: false,
    handled: [...handled].map(([id, eventAt]) => ({ id, eventAt })),
  };
}

/** The next `count` events still ahead of `now`, soonest first (for the tray). */
export function upcoming(state: SchedulerState, now: Instant, count: number): Reminder[] {
  return state.reminders
    .filter((r) => r.eventAt > now)
    .sort((a, b) => a.eventAt - b.eventAt || cmp(a.id, b.id))
    .slice(0, count);
}
