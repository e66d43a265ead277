/**
 * The record of shown reminders in localStorage, shared by the tabs of one browser: the tab that
 * takes over reminders when the owner closes must not show again what the owner showed. Read as
 * untrusted text; anything unreadable is an empty record.
 */
import type { ShownRecord } from './web-reminders';

const KEY = 'hybrid-planner.reminders.shown';

function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 8.64e15;
}

/** Parses a stored record; null when it is not one. */
export function parseShownRecord(text: string | null): ShownRecord | null {
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const list: unknown = Reflect.get(raw, 'handled');
  const latest: unknown = Reflect.get(raw, 'latestSeen');
  if (!Array.isArray(list)) return null;
  const handled: ShownRecord['handled'] = [];
  for (const entry of list) {
    if (typeof entry !== 'object' || entry === null) continue;
    const id: unknown = Reflect.get(entry, 'id');
    const eventAt: unknown = Reflect.get(entry, 'eventAt');
    if (typeof id === 'string' && id.length <= 200 && isInstant(eventAt)) {
      handled.push({ id, eventAt });
    }
  }
  return { handled, latestSeen: isInstant(latest) ? latest : null };
}

/** The shared record for a window; storage failures (private mode, full) fall back to memory. */
export function shownRecordStore(win: Window): {
  load: () => ShownRecord | null;
  save: (record: ShownRecord) => void;
} {
  return {
    load() {
      try {
        return parseShownRecord(win.localStorage.getItem(KEY));
      } catch {
        return null;
      }
    },
    save(record) {
      try {
        win.localStorage.setItem(KEY, JSON.stringify(record));
      } catch {
        // The in-memory copy still prevents repeats in this tab.
      }
    },
  };
}
