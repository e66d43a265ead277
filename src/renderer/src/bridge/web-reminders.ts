/**
 * Reminders in a plain browser tab: one in-page timer per pending reminder, following the core's
 * reminder policy (the same one the desktop scheduler follows) for what is due, what was already
 * shown and what is too late. The clock, the timers and the notification are passed in.
 */
import type { Reminder } from '../../../core/bridge/contract';
import {
  forgetHandled,
  normalizePlan,
  recordHandled,
  triageReminders,
  type HandledReminder,
} from '../../../core/reminder-policy';
import type { Instant } from '../../../core/types';

/** What the in-page scheduler needs from the page. */
export type WebReminderDeps<Handle> = {
  now: () => Instant;
  setTimer: (callback: () => void, delayMs: number) => Handle;
  clearTimer: (handle: Handle) => void;
  /** Shows one reminder (a Web Notification when allowed). */
  show: (reminder: Reminder) => void;
};

/** The in-page scheduler: `schedule` replaces the plan. */
export type WebReminders = { schedule: (reminders: readonly Reminder[]) => void };

// Browsers cap timers at ~24.8 days; the schedule is re-sent long before that.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Creates the in-page reminder scheduler. */
export function createWebReminders<Handle>(deps: WebReminderDeps<Handle>): WebReminders {
  const timers = new Map<string, Handle>();
  let handled: HandledReminder[] = [];

  function fire(reminder: Reminder): void {
    timers.delete(reminder.id);
    handled = recordHandled(handled, [reminder]);
    deps.show(reminder);
  }

  return {
    schedule(reminders) {
      for (const handle of timers.values()) deps.clearTimer(handle);
      timers.clear();
      const now = deps.now();
      handled = forgetHandled(handled, now);
      const triage = triageReminders(normalizePlan(reminders), handled, now);
      handled = recordHandled(handled, triage.tooLate);
      for (const reminder of [...triage.due, ...triage.pending]) {
        const delay = Math.max(0, reminder.fireAt - now);
        if (delay > MAX_TIMER_MS) continue;
        timers.set(
          reminder.id,
          deps.setTimer(() => fire(reminder), delay),
        );
      }
    },
  };
}
