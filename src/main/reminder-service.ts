/**
 * Glue between the pure scheduler and the desktop: one timer for the next wake-up, native
 * notifications, power events, and the persisted schedule in userData.
 *
 * Why a watchdog: timers run on a monotonic clock, so after sleep or a wall-clock change they
 * fire late or early. The timer never sleeps longer than a minute, and every wake-up asks the
 * scheduler again with the real `Date.now()`; `resume` and `unlock-screen` re-check at once.
 * The same check notices a change of the system time zone and refreshes the tray.
 */
import { Notification, powerMonitor } from 'electron';
import type { ReminderSchedule } from '../core/bridge/contract';
import { MINUTE } from '../core/time';
import type { Instant } from '../core/types';
import { readJsonFileSync, writeJsonFile } from './json-file';
import {
  cancelSnooze,
  emptySchedulerState,
  replan,
  setPaused,
  snooze,
  tick,
  type SchedulerState,
  type SnoozeOption,
} from './reminder-scheduler';
import { parsePersistedReminders, toPersisted } from './reminder-store';

/** What listeners (the tray) see after every change. */
export type ReminderSnapshot = {
  state: SchedulerState;
  schedule: ReminderSchedule | null;
  zone: string;
  now: Instant;
};

/** Controls the tray and IPC handlers use. */
export type ReminderService = {
  setSchedule(schedule: ReminderSchedule): Promise<void>;
  snooze(option: SnoozeOption): void;
  cancelSnooze(): void;
  togglePause(): void;
  snapshot(): ReminderSnapshot;
  /** Resolves when the last change has been written to disk. */
  flush(): Promise<void>;
  subscribe(listener: (snapshot: ReminderSnapshot) => void): () => void;
  dispose(): void;
};

/** What the service needs from its surroundings. */
export type ReminderServiceDeps = {
  /** userData/reminders.json */
  storePath: string;
  /** Called on a notification click with the event's instant (show the window there). */
  onShowEvent: (eventAt: Instant) => void;
  log?: (message: string) => void;
  /** Longest sleep between checks. */
  watchdogMs?: number;
  /** The system's current IANA zone (default: read from Intl on every check). */
  systemZone?: () => string;
  /** The host platform (default: process.platform); Linux notification bodies are markup. */
  platform?: NodeJS.Platform;
};

const DEFAULT_WATCHDOG_MS = MINUTE;

/**
 * A notification body as the platform will read it: libnotify (Linux) parses the body as
 * markup, so a client called "R&D <Ops>" would show mangled or empty; escape what it reads.
 */
export function notificationBody(text: string, platform: NodeJS.Platform): string {
  if (platform !== 'linux') return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function intlZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Starts the reminder service: loads the last schedule and arms the timer. */
export function createReminderService(deps: ReminderServiceDeps): ReminderService {
  const log = deps.log ?? (() => {});
  const watchdogMs = deps.watchdogMs ?? DEFAULT_WATCHDOG_MS;
  const listeners = new Set<(snapshot: ReminderSnapshot) => void>();
  // Notifications must stay referenced until they close, or a click may be lost to GC.
  const live = new Set<Notification>();
  const systemZone = deps.systemZone ?? intlZone;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastZone = systemZone();
  // Writes are chained so two quick changes can never race on the same file.
  let writing: Promise<void> = Promise.resolve();

  const persisted = parsePersistedReminders(readJsonFileSync(deps.storePath));
  let schedule: ReminderSchedule | null = persisted?.schedule ?? null;
  let state: SchedulerState = emptySchedulerState();
  if (persisted) {
    state = replan(
      {
        ...state,
        handled: persisted.handled,
        latestSeen: persisted.latestSeen,
        snoozedUntil: persisted.snoozedUntil,
        paused: persisted.paused,
      },
      persisted.schedule.reminders,
      Date.now(),
    );
  }

  const zone = (): string => schedule?.homeZone ?? systemZone();
  const snapshot = (): ReminderSnapshot => ({ state, schedule, zone: zone(), now: Date.now() });

  function notify(): void {
    const snap = snapshot();
    for (const listener of listeners) listener(snap);
  }

  function persist(): void {
    if (!schedule) return;
    const data = toPersisted(schedule, state);
    writing = writing
      .then(() => writeJsonFile(deps.storePath, data))
      .catch((error: unknown) => {
        log(`could not save reminders: ${error instanceof Error ? error.message : String(error)}`);
      });
  }

  function show(eventAt: Instant, title: string, body: string): void {
    if (!Notification.isSupported()) return;
    const notification = new Notification({
      title,
      body: notificationBody(body, deps.platform ?? process.platform),
    });
    live.add(notification);
    notification.on('click', () => {
      live.delete(notification);
      deps.onShowEvent(eventAt);
    });
    notification.on('close', () => live.delete(notification));
    notification.show();
  }

  /** Asks the scheduler what is due, shows it, and re-arms the timer. */
  function run(changed: boolean): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const now = Date.now();
    const result = tick(state, now);
    const moved = result.fire.length > 0 || result.state.snoozedUntil !== state.snoozedUntil;
    state = result.state;
    for (const reminder of result.fire) show(reminder.eventAt, reminder.title, reminder.body);
    const zoneNow = systemZone();
    const zoneChanged = zoneNow !== lastZone;
    lastZone = zoneNow;
    if (changed || moved) persist();
    if (changed || moved || zoneChanged) notify();
    const delay =
      result.nextWakeAt === null
        ? watchdogMs
        : Math.min(Math.max(result.nextWakeAt - now, 0), watchdogMs);
    timer = setTimeout(() => run(false), delay);
  }

  const onWake = (): void => run(false);
  powerMonitor.on('resume', onWake);
  powerMonitor.on('unlock-screen', onWake);
  run(false);

  return {
    async setSchedule(next) {
      schedule = next;
      state = replan(state, next.reminders, Date.now());
      run(true);
      await writing;
    },
    snooze(option) {
      state = snooze(state, option, Date.now(), zone());
      run(true);
    },
    cancelSnooze() {
      state = cancelSnooze(state);
      run(true);
    },
    togglePause() {
      state = setPaused(state, !state.paused, Date.now());
      run(true);
    },
    snapshot,
    flush: () => writing,
    subscribe(listener) {
      listeners.add(listener);
      listener(snapshot());
      return () => listeners.delete(listener);
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      powerMonitor.removeListener('resume', onWake);
      powerMonitor.removeListener('unlock-screen', onWake);
      listeners.clear();
      live.clear();
    },
  };
}
