/**
 * The bridge for a plain browser tab: Web Notifications and in-page timers instead of the tray,
 * downloads and file pickers instead of native dialogs. Same contract as the desktop bridge.
 */
import type {
  MenuCommand,
  OpenFileRequest,
  OpenFileResult,
  PlannerBridge,
  Reminder,
  SaveFileRequest,
  SaveFileResult,
} from '../../../core/bridge/contract';
import { unavailableSyncStatus } from '../../../core/bridge/sync-contract';
import { setNotificationsBlocked, showInPage } from './in-page-reminders';
import { claimReminderOwnership } from './reminder-owner';
import { shownRecordStore } from './shown-record';
import { createWebReminders } from './web-reminders';

const MIME = { ics: 'text/calendar', json: 'application/json', csv: 'text/csv' } as const;
const ACCEPT = {
  ics: '.ics,text/calendar',
  json: '.json,application/json',
  csv: '.csv,text/csv',
} as const;
const MAX_OPEN_BYTES = 50 * 1024 * 1024;

type Listener<T> = (value: T) => void;

function notificationApi(): typeof Notification | null {
  return typeof Notification === 'undefined' ? null : Notification;
}

/** Creates the browser implementation of the planner bridge. */
export function createWebBridge(win: Window = window): PlannerBridge {
  const showListeners = new Set<Listener<number>>();
  const menuListeners = new Set<Listener<MenuCommand>>();

  function notify(reminder: Reminder): void {
    const Notify = notificationApi();
    setNotificationsBlocked(Notify?.permission === 'denied');
    // Not allowed (refused, unanswered or unsupported): the page shows it, so it is never lost.
    if (!Notify || Notify.permission !== 'granted') return showInPage(reminder);
    const notification = new Notify(reminder.title, { body: reminder.body, tag: reminder.id });
    notification.onclick = () => {
      win.focus();
      for (const listener of showListeners) listener(reminder.eventAt);
    };
  }

  // Late-bound: the lock may be granted before the scheduler exists.
  const owner = claimReminderOwnership(win, () => reminders.check());
  const reminders = createWebReminders({
    now: () => Date.now(),
    setTimer: (callback, delay) => win.setTimeout(callback, delay),
    clearTimer: (handle) => win.clearTimeout(handle),
    show: notify,
    isOwner: owner.isOwner,
    record: shownRecordStore(win),
  });
  // A laptop waking shows the page again: look at once instead of at the next watchdog.
  win.document.addEventListener('visibilitychange', () => reminders.check());

  return {
    async setReminders(list) {
      const Notify = notificationApi();
      setNotificationsBlocked(Notify?.permission === 'denied');
      if (Notify && Notify.permission === 'default' && list.reminders.length > 0) {
        // Asking needs no answer now: timers are set either way and check permission on firing.
        void Notify.requestPermission().catch(() => undefined);
      }
      reminders.schedule(list.reminders);
    },
    async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
      const blob = new Blob([request.content], { type: MIME[request.kind] });
      const url = URL.createObjectURL(blob);
      const link = win.document.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      link.rel = 'noopener';
      win.document.body.append(link);
      link.click();
      link.remove();
      win.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { saved: true, name: request.suggestedName };
    },
    openFile(request: OpenFileRequest): Promise<OpenFileResult> {
      return new Promise((resolve, reject) => {
        const input = win.document.createElement('input');
        input.type = 'file';
        input.accept = ACCEPT[request.kind];
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve(null);
          if (file.size > MAX_OPEN_BYTES) {
            return reject(new Error(`“${file.name}” is larger than 50 MB and was not opened.`));
          }
          file.text().then((content) => resolve({ name: file.name, content }), reject);
        });
        input.addEventListener('cancel', () => resolve(null));
        input.click();
      });
    },
    async getAppInfo() {
      return { version: __APP_VERSION__, platform: 'web', desktop: false };
    },
    async writeDailyBackup() {
      // Browsers have no private folder to write to; backups are downloads the user asks for.
      return { written: false };
    },
    async setOpenAtLogin() {
      return { openAtLogin: false };
    },
    onShowTime(listener) {
      showListeners.add(listener);
      return () => showListeners.delete(listener);
    },
    onMenuCommand(listener) {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    sync: webSync(),
  };
}

/** Calendar sync needs the desktop app: a browser tab cannot hold a password safely or reach
 * another origin under the page's `connect-src 'self'`. Every call says so. */
function webSync(): PlannerBridge['sync'] {
  const status = async () => unavailableSyncStatus();
  const none = () => () => undefined;
  return {
    status,
    connect: async () => ({ ok: false, error: unavailableSyncStatus().error ?? '' }),
    disconnect: status,
    configure: status,
    publish: async () => ({ pending: 0 }),
    syncNow: status,
    resolve: status,
    busy: async () => [],
    applied: async () => undefined,
    onStatus: none,
    onIncoming: none,
    onBusyChanged: none,
  };
}
