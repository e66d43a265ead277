/**
 * The one reminder policy, shared by the desktop shell's scheduler and the browser bridge: given
 * the reminders of the latest plan, the record of those already handled (shown, or silenced),
 * and now, it says which are due now, which were already shown, which came due too long ago to
 * be shown, and when the next one comes due.
 *
 * A handled reminder is keyed by its id AND the instant of the event it announces: a re-plan that
 * sends the same reminder again cannot repeat it, but an event that moved is reminded again.
 */
import type { Reminder } from './bridge/contract';
import { DAY, MINUTE } from './time';
import type { Instant } from './types';

/** A reminder id with the event instant it was handled for. */
export type HandledReminder = { id: string; eventAt: Instant };

/** How late a missed reminder (sleep, a throttled tab) may still be shown. */
export const REMINDER_GRACE_MS = 10 * MINUTE;
/** How long a handled reminder is remembered after its event. */
export const HANDLED_RETAIN_MS = 2 * DAY;

/** Policy tuning. */
export type ReminderPolicyOptions = {
  /** How late a reminder may still be shown (default REMINDER_GRACE_MS). */
  graceMs?: number;
  /** A snooze: nothing comes due before it, and what it defers past its event is too late. */
  deferUntil?: Instant | null;
};

/** The reminders of a plan sorted into what to do with each. */
export type ReminderTriage = {
  /** Show these now, in fire order. */
  due: Reminder[];
  /** Already handled for this very event: never again. */
  alreadyShown: Reminder[];
  /** Came due too long ago (or deferred past their event): record them, never show them. */
  tooLate: Reminder[];
  /** Not due yet. */
  pending: Reminder[];
  /** When the first pending reminder comes due; null when none is pending. */
  nextDueAt: Instant | null;
};

function byFireThenId(a: Reminder, b: Reminder): number {
  return a.fireAt - b.fireAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A plan as the policy reads it: one reminder per id (the first wins), sorted by fire time. */
export function normalizePlan(reminders: readonly Reminder[]): Reminder[] {
  const byId = new Map<string, Reminder>();
  for (const reminder of reminders) {
    if (!byId.has(reminder.id)) byId.set(reminder.id, { ...reminder });
  }
  return [...byId.values()].sort(byFireThenId);
}

/** When a reminder comes due, taking a snooze into account. */
function dueAt(reminder: Reminder, deferUntil: Instant | null = null): Instant {
  return deferUntil !== null && reminder.fireAt < deferUntil ? deferUntil : reminder.fireAt;
}

function handledIndex(handled: readonly HandledReminder[]): Map<string, Instant> {
  return new Map(handled.map((h) => [h.id, h.eventAt]));
}

/** Sorts a (normalized) plan at `now` against the record of handled reminders. */
export function triageReminders(
  reminders: readonly Reminder[],
  handled: readonly HandledReminder[],
  now: Instant,
  options: ReminderPolicyOptions = {},
): ReminderTriage {
  const graceMs = options.graceMs ?? REMINDER_GRACE_MS;
  const deferUntil = options.deferUntil ?? null;
  const index = handledIndex(handled);
  const triage: ReminderTriage = {
    due: [],
    alreadyShown: [],
    tooLate: [],
    pending: [],
    nextDueAt: null,
  };
  for (const reminder of reminders) {
    if (index.get(reminder.id) === reminder.eventAt) {
      triage.alreadyShown.push(reminder);
      continue;
    }
    const due = dueAt(reminder, deferUntil);
    if (due > now) {
      triage.pending.push(reminder);
      triage.nextDueAt = triage.nextDueAt === null ? due : Math.min(triage.nextDueAt, due);
    } else if ((due !== reminder.fireAt && reminder.eventAt <= due) || now - due > graceMs) {
      triage.tooLate.push(reminder);
    } else {
      triage.due.push(reminder);
    }
  }
  return triage;
}

/** The record with these reminders marked handled for their current event instant. */
export function recordHandled(
  handled: readonly HandledReminder[],
  reminders: readonly Reminder[],
): HandledReminder[] {
  const index = handledIndex(handled);
  for (const reminder of reminders) index.set(reminder.id, reminder.eventAt);
  return [...index].map(([id, eventAt]) => ({ id, eventAt }));
}

/** The record without events older than `retainMs`: a re-plan can no longer send those. */
export function forgetHandled(
  handled: readonly HandledReminder[],
  now: Instant,
  retainMs: number = HANDLED_RETAIN_MS,
): HandledReminder[] {
  return handled.filter((h) => h.eventAt >= now - retainMs);
}
