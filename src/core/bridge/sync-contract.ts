/**
 * What the window and the desktop shell say to each other about calendar sync (CalDAV). The main
 * process owns the account, the password (Electron safeStorage, never sent back), the sync state
 * and every request to the server; the window owns the plan. The window publishes the whole set
 * of events it wants on the server (one VCALENDAR per UID, as the ICS export writes them), main
 * brings the server to it and reports back what other devices changed, what conflicts, and the
 * busy time read from the worker's other calendars. Channel names and their payloads are added
 * to contract.ts from these types.
 */
import type { Instant } from '../types';

/** What the connect form sends. The password goes to main only, once. */
export type SyncAccountInput = { serverUrl: string; username: string; password: string };

/** A calendar found on the server. `url` is its collection URL, the key used everywhere. */
export type RemoteCalendar = {
  url: string;
  displayName: string;
  /** '#rrggbb' when the server gives one. */
  color: string | null;
  /** Whether the server lets this account write events into it. */
  writable: boolean;
};

/** A calendar read as busy time; `countsAsWork` feeds the burnout rules. */
export type BusyCalendar = { url: string; countsAsWork: boolean };

/** A read-only calendar known only by a (secret) https or webcal address, read as busy time. */
export type Subscription = BusyCalendar & {
  id: string;
  name: string;
  /** Minutes between refreshes. */
  refreshMin: number;
};

/** Where the plan is published: an existing calendar, or one the app creates with this name. */
export type PublishTarget = { url: string } | { create: string } | null;

/** What the worker chose on the calendars screen. */
export type SyncConfigInput = {
  publishTo: PublishTarget;
  busyCalendars: BusyCalendar[];
  subscriptions: Subscription[];
};

/** The chosen configuration as main keeps it (a created calendar is known by its URL). */
export type SyncConfig = {
  publishTo: string | null;
  busyCalendars: BusyCalendar[];
  subscriptions: Subscription[];
};

/** What kind of record a published event stands for. */
export type PublishedKind = 'commitment' | 'session' | 'time-off';

/**
 * One event the app publishes: one UID, one whole VCALENDAR (VTIMEZONE, master, overrides).
 * `end` is when its last occurrence ends (null: a series, which never ages out).
 */
export type PublishedItem = { uid: string; kind: PublishedKind; ics: string; end: Instant | null };

/**
 * The whole set the window wants on the server now; anything else the app published goes,
 * except what only aged out: an item that ended by `since` (the window publishes nothing older)
 * stays on the server as it is and is no longer synced. Without `since` nothing ages out.
 */
export type PublishRequest = { items: PublishedItem[]; since?: Instant };

/** An edit another device (or person) made to an event the app published. */
export type IncomingChange =
  | { uid: string; kind: PublishedKind; change: 'updated'; ics: string }
  | { uid: string; kind: PublishedKind; change: 'deleted' };

/** Both sides changed the same event since the last sync; the worker chooses. */
export type SyncConflict = {
  uid: string;
  kind: PublishedKind;
  /** The event's title, for the list. */
  summary: string;
  /** The app's version, or null when the app deleted it. */
  app: string | null;
  /** The server's version, or null when it was deleted there. */
  server: string | null;
};

/** The worker's choice for one conflict. */
export type ConflictChoice = { uid: string; keep: 'app' | 'server' };

/** What the last sync did. */
export type SyncReport = {
  at: Instant;
  created: number;
  updated: number;
  deleted: number;
  /** Changes brought in from the server (edits elsewhere and busy events). */
  received: number;
};

/**
 * Where sync stands. 'unavailable': this is the browser version (sync needs the desktop app);
 * 'offline': the server cannot be reached and changes wait in the queue.
 */
export type SyncState = 'unavailable' | 'disconnected' | 'idle' | 'syncing' | 'offline' | 'error';

/**
 * A calendar read as busy time (a picked calendar or a subscription) that could not be read the
 * last time; its busy time read before is kept until a read succeeds.
 */
export type BusyProblem = {
  /** The calendar URL or the subscription id. */
  source: string;
  /** Its name, as the worker knows it. */
  name: string;
  /** What went wrong, in plain words. */
  error: string;
};

/** Everything the sync screens show; main sends it on every change. */
export type SyncStatus = {
  state: SyncState;
  account: { serverUrl: string; username: string } | null;
  calendars: RemoteCalendar[];
  config: SyncConfig;
  lastSync: SyncReport | null;
  /** During a long sync (a first publish of a big plan). */
  progress: { done: number; total: number } | null;
  /** The last problem in plain words, or null. */
  error: string | null;
  /** Changes waiting to reach the server. */
  pending: number;
  conflicts: SyncConflict[];
  /** When the next attempt is due after a failure, or null. */
  nextRetryAt: Instant | null;
  /** Busy calendars and subscriptions whose last read failed, one entry each. */
  busyProblems: BusyProblem[];
};

/** The answer to connect: the new status, or why not in plain words. */
export type ConnectResult = { ok: true; status: SyncStatus } | { ok: false; error: string };

/** The most calendar text one busy event carries (UTF-16 units); larger events carry none. */
export const MAX_BUSY_SOURCE_CHARS = 64 * 1024;

/** Busy time wanted for this span. */
export type BusyRequest = { from: Instant; to: Instant };

/** One event of another calendar, drawn as busy time. */
export type BusyEvent = {
  /** Stable: source plus UID plus occurrence start. */
  id: string;
  /** The calendar URL or the subscription id it came from. */
  source: string;
  title: string;
  start: Instant;
  end: Instant;
  allDay: boolean;
  countsAsWork: boolean;
  /** The event's UID, so an invitation can be turned into a commitment through the import path. */
  uid: string;
  /**
   * The event's calendar data for that import (its VEVENTs and their VTIMEZONEs, at most
   * MAX_BUSY_SOURCE_CHARS), or null when it has none or it is larger.
   */
  ics: string | null;
};

/** Listener removal, as for the other bridge events. */
type Unsubscribe = () => void;

/**
 * The sync part of the bridge (`window.planner.sync`). The desktop shell implements it over the
 * 'sync:*' channels; the browser version answers every call with state 'unavailable'.
 */
export type SyncBridge = {
  status(): Promise<SyncStatus>;
  connect(input: SyncAccountInput): Promise<ConnectResult>;
  /** Forgets the account, its password and the sync state; local data stays. */
  disconnect(): Promise<SyncStatus>;
  configure(config: SyncConfigInput): Promise<SyncStatus>;
  /** The whole set of events the plan wants on the server now (debounced by the caller). */
  publish(request: PublishRequest): Promise<{ pending: number }>;
  syncNow(): Promise<SyncStatus>;
  resolve(choice: ConflictChoice): Promise<SyncStatus>;
  busy(request: BusyRequest): Promise<BusyEvent[]>;
  /** The window applied these incoming changes (or refused them; the next publish says which). */
  applied(uids: string[]): Promise<void>;
  onStatus(listener: (status: SyncStatus) => void): Unsubscribe;
  onIncoming(listener: (changes: IncomingChange[]) => void): Unsubscribe;
  /** Busy events changed (a refresh brought new ones); ask `busy` again. */
  onBusyChanged(listener: (at: Instant) => void): Unsubscribe;
};

/** The status a bridge without sync reports (the browser version). */
export function unavailableSyncStatus(): SyncStatus {
  return {
    state: 'unavailable',
    account: null,
    calendars: [],
    config: { publishTo: null, busyCalendars: [], subscriptions: [] },
    lastSync: null,
    progress: null,
    error: 'Calendar sync needs the desktop app.',
    pending: 0,
    conflicts: [],
    nextRetryAt: null,
    busyProblems: [],
  };
}
