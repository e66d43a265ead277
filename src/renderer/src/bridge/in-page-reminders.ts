/**
 * Reminders the browser may not show as notifications (the user refused them): the page says so
 * and shows the next reminder itself. The web bridge publishes here; a banner subscribes.
 */
import type { Reminder } from '../../../core/bridge/contract';

/** What the page shows about reminders. */
export type InPageReminderState = { blocked: boolean; latest: Reminder | null };

type Listener = (state: InPageReminderState) => void;

let state: InPageReminderState = { blocked: false, latest: null };
const listeners = new Set<Listener>();

function publish(next: InPageReminderState): void {
  state = next;
  for (const listener of listeners) listener(state);
}

/** Records whether notifications are refused (only a refusal is "blocked", not "not asked yet"). */
export function setNotificationsBlocked(blocked: boolean): void {
  if (blocked !== state.blocked) publish({ ...state, blocked });
}

/** Shows a reminder in the page instead of as a notification. */
export function showInPage(reminder: Reminder): void {
  publish({ ...state, latest: reminder });
}

/** Dismisses the reminder shown in the page (the blocked notice stays). */
export function dismissInPage(): void {
  publish({ ...state, latest: null });
}

/** The current state. */
export function inPageReminders(): InPageReminderState {
  return state;
}

/** Subscribes to changes; returns the unsubscribe. */
export function subscribeInPageReminders(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
