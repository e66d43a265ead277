/**
 * The reminder scheduler: pure. State and `now` in; which notifications to show now and when to
 * wake up next out. No timers, no clock, no Electron: the service around it owns those.
 *
 * What is due, already shown or too late is the core's reminder policy (core/reminder-policy),
 * the same one the browser bridge follows. On top of it the desktop adds:
 * - Snooze defers everything due before its end to its end; what has already happened by then
 *   is dropped. Pause silences: whatever comes due while paused is never shown.
 * - Everything is in UTC instants, so a host time-zone or DST change never moves a reminder;
 *   only "until tomorrow 08:00" needs a zone, and gets it as a parameter.
 */
import type { Reminder } from '../core/bridge/contract';
import {
  advanceLedger,
  latestSeen,
  normalizePlan,
  recordHandled,
  triageReminders,
  type HandledReminder,
} from '../core/reminder-policy';
import { addDays, dayOf, MINUTE, toInstant } from '../core/time';
import type { IanaZone, Instant } from '../core/types';

/** Everything the scheduler knows; plain data, safe to persist as JSON. */
export type SchedulerState = {
  /** The latest plan, deduplicated by id, sorted by fire time. */
  reminders: Reminder[];
  handled: HandledReminder[];
  /** The latest clock reading seen; the record is pruned by it, so a clock set back forgets nothing. */
  latestSeen: Instant | null;
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

/** Snooze lengths offered in the tray, in menu order: the tray's labels are a Record over it. */
export const SNOOZE_OPTIONS = ['15m', '1h', 'tomorrow'] as const;

export type SnoozeOption = (typeof SNOOZE_OPTIONS)[number];

/** Scheduler tuning. */
export type SchedulerOptions = {
  /** How long handled reminders are remembered after their event (default: the policy's). */
  retainMs?: number;
};

/** The local time "until tomorrow" snoozes to. */
export const SNOOZE_MORNING = '08:00';

/** The state before any plan has arrived. */
export function emptySchedulerState(): SchedulerState {
  return { reminders: [], handled: [], latestSeen: null, snoozedUntil: null, paused: false };
}

/** Replaces the plan: duplicates by id collapse (first wins), stale reminders simply disappear. */
export function replan(
  state: SchedulerState,
  reminders: readonly Reminder[],
  now: Instant,
  options: SchedulerOptions = {},
): SchedulerState {
  // Keep what was handled while it can still matter: a re-plan may send the same event again.
  const ledger = advanceLedger(state, now, { retainMs: options.retainMs });
  return { ...state, reminders: normalizePlan(reminders), ...ledger };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One step at `now`: what to show, what to drop, and when to look again. */
export function tick(state: SchedulerState, now: Instant): TickResult {
  const snoozeEnd = state.snoozedUntil;
  const triage = triageReminders(state.reminders, state.handled, now, { deferUntil: snoozeEnd });
  // What came due is handled now, shown or silenced by a pause: never replayed. What is too late
  // stays unrecorded: if the clock was fast and is set back, it comes due again.
  const next: SchedulerState = {
    ...state,
    handled: recordHandled(state.handled, triage.due),
    latestSeen: latestSeen(state.latestSeen, now),
    snoozedUntil: snoozeEnd !== null && snoozeEnd <= now ? null : snoozeEnd,
  };
  if (state.paused) return { state: next, fire: [], nextWakeAt: null };
  return { state: next, fire: triage.due, nextWakeAt: triage.nextDueAt };
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
  const triage = triageReminders(state.reminders, state.handled, now, {
    deferUntil: state.snoozedUntil,
  });
  return {
    ...state,
    paused: false,
    handled: recordHandled(state.handled, triage.due),
  };
}

/** The next `count` events still ahead of `now`, soonest first (for the tray). */
export function upcoming(state: SchedulerState, now: Instant, count: number): Reminder[] {
  return state.reminders
    .filter((r) => r.eventAt > now)
    .sort((a, b) => a.eventAt - b.eventAt || cmp(a.id, b.id))
    .slice(0, count);
}
