/**
 * Says in the page when the browser refuses notifications, and shows the latest reminder that
 * could not be a notification, so a refused permission never silently loses a reminder.
 * Renders nothing on the desktop, where the shell shows reminders natively.
 */
import { useSyncExternalStore } from 'react';
import {
  dismissInPage,
  inPageReminders,
  subscribeInPageReminders,
} from '../bridge/in-page-reminders';

/** The "notifications are blocked" banner with the next reminder shown in the page. */
export function ReminderBanner(): React.JSX.Element | null {
  const { blocked, latest } = useSyncExternalStore(subscribeInPageReminders, inPageReminders);
  if (!blocked && !latest) return null;
  return (
    <div className="notice warn reminder-banner" role="status" data-testid="reminder-banner">
      {blocked && (
        <p>
          Notifications are blocked in this browser, so reminders are shown here. Allow
          notifications for this site to get them while the tab is in the background.
        </p>
      )}
      {latest && (
        <p data-testid="in-page-reminder">
          <strong>{latest.title}</strong> {latest.body}{' '}
          <button type="button" onClick={dismissInPage}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
