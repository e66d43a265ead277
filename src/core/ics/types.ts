/** Types of the ICS module: what an export needs, and what an import produces. */
import type {
  CalendarDay,
  Client,
  Commitment,
  IanaZone,
  Instant,
  MicrotaskSession,
  Platform,
  TimeOff,
  TimeOffOwner,
  WallTime,
} from '../types';

/**
 * Which part of the schedule to export: a span of time (this week, the next N weeks: recurring
 * commitments are written as RRULEs clipped to it), or every recurring commitment as its whole
 * series (one-off items and sessions are then left out).
 */
export type IcsRange = { kind: 'span'; start: Instant; end: Instant } | { kind: 'recurring' };

export type IcsContent = {
  commitments: boolean;
  /** Accepted (stored) microtask sessions. */
  sessions: boolean;
  /** Each client's availability as weekly TRANSP:TRANSPARENT events. */
  availability: boolean;
  /** A VALARM per event (Google drops them on import; the app's own reminders never need them). */
  alarms: boolean;
  /** Clients' days away and the worker's days off, as all-day events. */
  timeOff?: boolean;
};

export type IcsExportInput = {
  calendarName: string;
  range: IcsRange;
  content: IcsContent;
  commitments: readonly Commitment[];
  clients: readonly Client[];
  sessions: readonly MicrotaskSession[];
  platforms: readonly Platform[];
  /** Exported when `content.timeOff` is set. */
  timeOff?: readonly TimeOff[];
  /** The worker's zone: a span's days for the worker's days off. */
  homeZone?: IanaZone;
  /** Reminder lead for commitments without their own and for sessions. */
  defaultReminderLeadMin: number;
  /** Used for DTSTAMP only when a record has no valid updatedAt, and to start availability. */
  now: Instant;
  /** Write one CalDAV calendar object: no METHOD and no calendar name (sync). */
  calendarObject?: boolean;
};

/** A commitment as read from a file: everything but the ids the app assigns on import. */
export type CommitmentDraft = Omit<
  Commitment,
  'id' | 'clientId' | 'icsUid' | 'createdAt' | 'updatedAt'
> & {
  icsUid: string;
};

/** One importable event as the preview shows it. */
export type ImportedEvent = {
  draft: CommitmentDraft;
  /** First occurrence, as an instant and as wall times in the event's zone and the home zone. */
  start: Instant;
  end: Instant;
  startInZone: WallTime;
  startInHome: WallTime;
  recurring: boolean;
  /** Notes for the user: a floating time read in the home zone, a Windows zone name mapped… */
  notices: string[];
  /** What was changed so that saving takes it (a title from the file name, text cut…). */
  adaptations: string[];
  /** Who sent it (ORGANIZER), used to suggest the client. */
  organizer: Organizer | null;
};

export type Organizer = { email: string | null; name: string | null };

/** An event the planner cannot take as it is, with the reason shown to the user. */
export type SkippedEvent = {
  uid: string | null;
  /** The event's title, or a label naming it when it has none. */
  title: string;
  reason: string;
};

/** An all-day event offered as time off; the preview asks whose (or to skip it). */
export type TimeOffOffer = {
  icsUid: string;
  label: string;
  /** First and last day (inclusive), as the file writes them: the owner's calendar days. */
  startDate: CalendarDay;
  endDate: CalendarDay;
  notices: string[];
  /** Whose it was, when this planner exported it; null for anyone else's file. */
  owner: TimeOffOwner | null;
};

export type ImportPreview = {
  calendarName: string | null;
  events: ImportedEvent[];
  /** All-day events, offered as time off. */
  timeOff: TimeOffOffer[];
  skipped: SkippedEvent[];
  /** What was repaired in the text before it could be read (a BOM, Outlook's quirks). */
  repairs: string[];
};

export type IcsErrorCode =
  'too-large' | 'binary' | 'control-character' | 'not-icalendar' | 'malformed' | 'too-many-events';

/** Why a whole file was refused: nothing from it is used. */
export type IcsError = { code: IcsErrorCode; message: string };

export type ParseResult = { ok: true; preview: ImportPreview } | { ok: false; error: IcsError };

export type ParseOptions = {
  /** The worker's zone: times are also shown in it, and floating times are read in it. */
  homeZone: IanaZone;
  /** The file's name: an untitled event is named after it. */
  fileName?: string;
};

/** What mergeImport decided: new commitments to add and existing ones to update in place. */
export type MergePlan = {
  creates: Commitment[];
  updates: Commitment[];
};
