/**
 * The one reminder policy, shared by the desktop shell's scheduler and the browser bridge: given
 * the reminders of the latest plan, the record of those already handled (shown, or silenced),
 * and now, it says which are due now, which were already shown, which came due too late to be
 * shown, and when the next one comes due.
 *
 * - A handled reminder is keyed by its id AND the instant of the event it announces: a re-plan
 *   that sends the same reminder again cannot repeat it, but an event that moved is reminded again.
 * - Lateness is measured against the event, not the fire time: a reminder missed by sleep or a
 *   fast clock is still shown while its event is ahead (saying how soon it starts), and dropped,
 *   without being recorded, once the event has begun. Not recording it is what makes a clock that
 *   was fast and is corrected backwards lose nothing: the reminder simply comes due again.
 * - The record is pruned against the latest time seen, never the current clock alone, so a clock
 *   that jumps forward and back cannot forget (and so repeat) what it showed before the jump.
 */
import type { Reminder } from './bridge/contract';
import { DAY, MINUTE } from './time';
import type { Instant } from './types';

/** A reminder id with the event instant it was handled for. */
export type HandledReminder = { id: string; eventAt: Instant };

/** How long a handled reminder is remembered after its event (by the latest time seen). */
export const HANDLED_RETAIN_MS = 7 * DAY;
/** The most handled reminders remembered; the newest events are kept. */
export const MAX_HANDLED = 2000;
/** How late a reminder of the moment itself (no lead before its event) may still be shown. */
export const MOMENT_GRACE_MS = 10 * MINUTE;
/** A reminder shown this much after its fire time says how soon its event starts. */
const LATE_NOTICE_MS = MINUTE;

/** Policy tuning. */
export type ReminderPolicyOptions = {
  /** A snooze: nothing comes due before it, and what it defers past its event is too late. */
  deferUntil?: Instant | null;
};

/** The reminders of a plan sorted into what to do with each. */
export type ReminderTriage = {
  /** Show these now, in fire order (late ones reworded to say how soon their event starts). */
  due: Reminder[];
  /** Already handled for this very event: never again. */
  alreadyShown: Reminder[];
  /** Their event has begun: never shown, and not recorded (a clock set back brings them back). */
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

function key(id: string, eventAt: Instant): string {
  return `${eventAt}\u0000${id}`;
}

function handledKeys(handled: readonly HandledReminder[]): Set<string> {
  return new Set(handled.map((h) => key(h.id, h.eventAt)));
}

/** "in 45 min", rounded up so a notice never claims more time than is left. */
function startsIn(eventAt: Instant, now: Instant): string {
  return `in ${Math.max(1, Math.ceil((eventAt - now) / MINUTE))} min`;
}

/**
 * A late reminder reworded for `now`: its title names the real time left when the plan gave a
 * subject (the title without its lead), and its body says how soon the event starts.
 */
function lateNotice(reminder: Reminder, now: Instant): Reminder {
  const left = startsIn(reminder.eventAt, now);
  return {
    ...reminder,
    title: reminder.subject ? `${reminder.subject} ${left}` : reminder.title,
    body: reminder.body ? `Starts ${left}. ${reminder.body}` : `Starts ${left}.`,
  };
}

/** Sorts a (normalized) plan at `now` against the record of handled reminders. */
export function triageReminders(
  reminders: readonly Reminder[],
  handled: readonly HandledReminder[],
  now: Instant,
  options: ReminderPolicyOptions = {},
): ReminderTriage {
  const deferUntil = options.deferUntil ?? null;
  const keys = handledKeys(handled);
  const triage: ReminderTriage = {
    due: [],
    alreadyShown: [],
    tooLate: [],
    pending: [],
    nextDueAt: null,
  };
  for (const reminder of reminders) {
    if (keys.has(key(reminder.id, reminder.eventAt))) {
      triage.alreadyShown.push(reminder);
      continue;
    }
    const due = dueAt(reminder, deferUntil);
    if (due > now) {
      triage.pending.push(reminder);
      triage.nextDueAt = triage.nextDueAt === null ? due : Math.min(triage.nextDueAt, due);
    } else if (reminder.eventAt === reminder.fireAt) {
      // A reminder of the moment itself ("is now available", "day done") has no time ahead to
      // announce: it is shown a little late, never when a snooze pushed it past its moment.
      if (due !== reminder.fireAt || now - due > MOMENT_GRACE_MS) triage.tooLate.push(reminder);
      else triage.due.push(reminder);
    } else if (reminder.eventAt <= now) {
      triage.tooLate.push(reminder);
    } else {
      triage.due.push(
        now - reminder.fireAt >= LATE_NOTICE_MS ? lateNotice(reminder, now) : reminder,
      );
    }
  }
  return triage;
}

/** The record with these reminders marked handled for their current event instant. */
export function recordHandled(
  handled: readonly HandledReminder[],
  reminders: readonly Reminder[],
): HandledReminder[] {
  const out = [...handled];
  const keys = handledKeys(handled);
  for (const reminder of reminders) {
    const k = key(reminder.id, reminder.eventAt);
    if (keys.has(k)) continue;
    keys.add(k);
    out.push({ id: reminder.id, eventAt: reminder.eventAt });
  }
  return out;
}

/** The later of the latest time seen so far and now: a clock set back never lowers it. */
export function latestSeen(previous: Instant | null, now: Instant): Instant {
  return previous === null ? now : Math.max(previous, now);
}

/**
 * The record without events older than the retention before the latest time seen, and at most
 * MAX_HANDLED entries (the newest events). A latest time far ahead of now (a clock once set to
 * a wrong year) is capped at now plus the retention, so one bad clock cannot empty the record.
 */
export function forgetHandled(
  handled: readonly HandledReminder[],
  latest: Instant,
  now: Instant,
  options: { retainMs?: number; max?: number } = {},
): HandledReminder[] {
  const retainMs = options.retainMs ?? HANDLED_RETAIN_MS;
  const max = options.max ?? MAX_HANDLED;
  const cutoff = Math.min(latest, now + retainMs) - retainMs;
  const kept = handled.filter((h) => h.eventAt >= cutoff);
  if (kept.length <= max) return kept;
  return [...kept].sort((a, b) => b.eventAt - a.eventAt).slice(0, max);
}

/** What a shell keeps of the reminders it showed, across re-plans and restarts. */
export type ShownLedger = { handled: HandledReminder[]; latestSeen: Instant | null };

/**
 * The ledger at `now`, as both shells move it on before they plan or show anything: the latest
 * time seen advances (never back), and what can no longer matter is forgotten (forgetHandled).
 */
export function advanceLedger(
  ledger: { handled: readonly HandledReminder[]; latestSeen: Instant | null },
  now: Instant,
  options: { retainMs?: number } = {},
): { handled: HandledReminder[]; latestSeen: Instant } {
  const latest = latestSeen(ledger.latestSeen, now);
  return { handled: forgetHandled(ledger.handled, latest, now, options), latestSeen: latest };
}
