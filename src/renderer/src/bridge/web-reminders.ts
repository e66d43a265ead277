/**
 * Reminders in a plain browser tab, following the core's reminder policy (the same one the
 * desktop scheduler follows) for what is due, what was already shown and what is too late.
 *
 * Why one timer and a watchdog instead of a timer per reminder: a page's timers run on a
 * monotonic clock and a sleeping laptop pauses them, so on waking they fire hours late. Every
 * wake-up asks the policy again with the real clock, which drops what has begun and rewords what
 * is late; the timer never sleeps longer than the watchdog, so a wall-clock change is noticed.
 * Only the tab that owns reminders shows them, and the record of what was shown is shared by the
 * tabs, so a tab that takes over never repeats one. Clock, timers, ownership and record are
 * passed in.
 */
import type { Reminder } from '../../../core/bridge/contract';
import {
  advanceLedger,
  normalizePlan,
  recordHandled,
  triageReminders,
  type ShownLedger,
} from '../../../core/reminder-policy';
import { MINUTE } from '../../../core/time';
import type { Instant } from '../../../core/types';

/** What was shown, as the tabs of one browser share it. */
export type ShownRecord = ShownLedger;

/** What the in-page scheduler needs from the page. */
export type WebReminderDeps<Handle> = {
  now: () => Instant;
  setTimer: (callback: () => void, delayMs: number) => Handle;
  clearTimer: (handle: Handle) => void;
  /** Shows one reminder (a Web Notification when allowed, in the page otherwise). */
  show: (reminder: Reminder) => void;
  /** Whether this tab shows reminders; other tabs keep the plan and wait (default: always). */
  isOwner?: () => boolean;
  /** The record shared by the tabs (default: this tab's memory only). */
  record?: { load: () => ShownRecord | null; save: (record: ShownRecord) => void };
  /** Longest sleep between checks (default one minute). */
  watchdogMs?: number;
};

/** The in-page scheduler: `schedule` replaces the plan, `check` looks again at once. */
export type WebReminders = {
  schedule: (reminders: readonly Reminder[]) => void;
  check: () => void;
  dispose: () => void;
};

/** Creates the in-page reminder scheduler. */
export function createWebReminders<Handle>(deps: WebReminderDeps<Handle>): WebReminders {
  const watchdogMs = deps.watchdogMs ?? MINUTE;
  const isOwner = deps.isOwner ?? (() => true);
  let plan: Reminder[] = [];
  let memory: ShownRecord = { handled: [], latestSeen: null };
  let timer: { handle: Handle } | null = null;

  const load = (): ShownRecord => deps.record?.load() ?? memory;
  function save(record: ShownRecord): void {
    memory = record;
    deps.record?.save(record);
  }

  function check(): void {
    if (timer) deps.clearTimer(timer.handle);
    timer = null;
    if (plan.length === 0) return;
    const now = deps.now();
    let nextDueAt: Instant | null = null;
    if (isOwner()) {
      const { handled, latestSeen } = advanceLedger(load(), now);
      const triage = triageReminders(plan, handled, now);
      save({ handled: recordHandled(handled, triage.due), latestSeen });
      for (const reminder of triage.due) deps.show(reminder);
      nextDueAt = triage.nextDueAt;
    }
    const delay =
      nextDueAt === null ? watchdogMs : Math.min(Math.max(nextDueAt - now, 0), watchdogMs);
    timer = { handle: deps.setTimer(check, delay) };
  }

  return {
    schedule(reminders) {
      plan = normalizePlan(reminders);
      check();
    },
    check,
    dispose() {
      if (timer) deps.clearTimer(timer.handle);
      timer = null;
      plan = [];
    },
  };
}
