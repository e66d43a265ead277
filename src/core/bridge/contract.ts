/**
 * The one contract between the window and the desktop shell: what the renderer may ask
 * (invoke channels, 'domain:verb'), what it may be told (event channels), and the bridge object
 * the preload exposes as `window.planner`. Main's handlers, the preload and the web fallback
 * are all typed from this file.
 */
import type { IanaZone, Instant } from '../types';
import type {
  BusyEvent,
  BusyRequest,
  ConflictChoice,
  ConnectResult,
  IncomingChange,
  PublishRequest,
  SyncAccountInput,
  SyncBridge,
  SyncConfigInput,
  SyncStatus,
} from './sync-contract';

/** What a reminder is about; the validator and the type both read this list. */
export const REMINDER_KINDS = [
  'availability-open',
  'availability-close',
  'commitment',
  'session',
  'day-end',
] as const;

export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** One reminder the shell should fire: computed by the core, scheduled by main. */
export type Reminder = {
  /** Stable across re-plans for the same event, so a re-plan never duplicates a reminder. */
  id: string;
  kind: ReminderKind;
  /** When to notify. */
  fireAt: Instant;
  /** When the thing itself happens (the week view opens here on click). */
  eventAt: Instant;
  title: string;
  body: string;
  /** Optional: the zone of the other party (usually the client's), so the tray can show its local time too. */
  zone?: IanaZone;
  /** Optional: the title without its lead ("Call with Acme"), so a late notice can say the real time left. */
  subject?: string;
};

/** What the renderer sends whenever the plan changes. */
export type ReminderSchedule = {
  generatedAt: Instant;
  reminders: Reminder[];
  /** Today's planned working minutes and the daily cap, for the tray menu. */
  todayPlannedMin: number;
  dailyCapMin: number;
  /** Optional: the worker's home zone (tray times, "until tomorrow 08:00"); main falls back to the system zone. */
  homeZone?: IanaZone;
};

/** The kinds of file the shell saves and opens. */
export const FILE_KINDS = ['ics', 'json', 'csv'] as const;

export type FileKind = (typeof FILE_KINDS)[number];

export type SaveFileRequest = { kind: FileKind; suggestedName: string; content: string };
export type SaveFileResult = { saved: boolean; name: string | null };
export type OpenFileRequest = { kind: FileKind };
export type OpenFileResult = { name: string; content: string } | null;
export type AppInfo = {
  version: string;
  platform: string;
  desktop: boolean;
  /** Whether the OS starts the app at login (desktop only; Linux always reports false). */
  openAtLogin?: boolean;
};
export type DailyBackupRequest = { day: string; content: string };

/**
 * Commands the native menu can send to the window. The one list: the menu's labels and
 * accelerators are Records over it, so a command without them does not compile.
 */
export const MENU_COMMANDS = [
  'new-commitment',
  'new-client',
  'go-today',
  'prev-week',
  'next-week',
  'export-ics',
  'import-ics',
  'backup',
  'restore',
  'calendar-sync',
  'settings',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * Invoke channels: argument and result of each. The runtime list of channels is the key set of
 * the validator map (validate.ts), which the compiler holds to exactly these keys.
 */
export type InvokeChannels = {
  'reminders:set': { arg: ReminderSchedule; result: void };
  'file:save': { arg: SaveFileRequest; result: SaveFileResult };
  'file:open': { arg: OpenFileRequest; result: OpenFileResult };
  'app:info': { arg: null; result: AppInfo };
  'backup:daily': { arg: DailyBackupRequest; result: { written: boolean } };
  'login-item:set': { arg: { openAtLogin: boolean }; result: { openAtLogin: boolean } };
  'sync:status': { arg: null; result: SyncStatus };
  'sync:connect': { arg: SyncAccountInput; result: ConnectResult };
  'sync:disconnect': { arg: null; result: SyncStatus };
  'sync:configure': { arg: SyncConfigInput; result: SyncStatus };
  'sync:publish': { arg: PublishRequest; result: { pending: number } };
  'sync:now': { arg: null; result: SyncStatus };
  'sync:resolve': { arg: ConflictChoice; result: SyncStatus };
  'sync:busy': { arg: BusyRequest; result: BusyEvent[] };
  'sync:applied': { arg: { uids: string[] }; result: void };
};

export type InvokeChannel = keyof InvokeChannels;

/** Event channels: main → renderer. */
export type EventChannels = {
  /** A reminder notification was clicked: show the week at this instant. */
  'reminder:show': Instant;
  'menu:command': MenuCommand;
  'sync:status': SyncStatus;
  'sync:incoming': IncomingChange[];
  'sync:busy-changed': Instant;
};

export type EventChannel = keyof EventChannels;

export type Unsubscribe = () => void;

/** The object the preload exposes as `window.planner`, and the web bridge implements too. */
export type PlannerBridge = {
  setReminders(schedule: ReminderSchedule): Promise<void>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  getAppInfo(): Promise<AppInfo>;
  writeDailyBackup(request: DailyBackupRequest): Promise<{ written: boolean }>;
  setOpenAtLogin(openAtLogin: boolean): Promise<{ openAtLogin: boolean }>;
  onShowTime(listener: (at: Instant) => void): Unsubscribe;
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  /** Calendar sync (CalDAV); see sync-contract.ts. */
  sync: SyncBridge;
};
