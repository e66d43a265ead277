/**
 * Domain types shared by every layer. Plain data only: these shapes are what Dexie stores,
 * what the planner reads and what crosses the bridge.
 *
 * Time model (see ARCHITECTURE.md): an instant is UTC epoch milliseconds; a calendar day is
 * 'yyyy-MM-dd'; a clock time is 'HH:mm' (24 h, '24:00' allowed only as a window end); a wall
 * time is a day and a clock time in an explicit IANA zone. Nothing here is host-zone dependent.
 */

/** UTC epoch milliseconds. */
export type Instant = number;
/** A calendar day, 'yyyy-MM-dd'. */
export type CalendarDay = string;
/** A clock time, 'HH:mm' on a 24-hour clock. */
export type ClockTime = string;
/** An IANA time-zone name such as 'America/New_York'. */
export type IanaZone = string;
/** 0 = Sunday … 6 = Saturday (the same numbering as date-fns' getDay). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A wall-clock time in a named zone. */
export type WallTime = { date: CalendarDay; time: ClockTime; zone: IanaZone };

/** A half-open span of time [start, end). */
export type Interval = { start: Instant; end: Instant };

/** A window on one weekday, in some zone given by its owner ('09:00'–'17:30'; end may be '24:00'). */
export type WeekdayWindow = { weekday: Weekday; start: ClockTime; end: ClockTime };

/** A daily window that may cross midnight (quiet hours 22:00–07:00). */
export type DailyWindow = { start: ClockTime; end: ClockTime };

/** What every stored record carries: its id and when it was created and last changed. */
export type Stamp = { id: string; createdAt: Instant; updatedAt: Instant };

/** A record as an editor or a validator builds it: everything but the stamp. */
export type Draft<T> = Omit<T, keyof Stamp>;

export type Billing =
  | { kind: 'hourly'; rate: number }
  | { kind: 'retainer'; monthlyFee: number; includedHours: number; overageRate: number };

export type Client = Stamp & {
  name: string;
  /** '#rrggbb' */
  color: string;
  zone: IanaZone;
  /** Availability in the client's own zone. */
  availability: WeekdayWindow[];
  billing: Billing;
  /** ISO 4217 code, e.g. 'USD'. */
  currency: string;
  notes: string;
  archived: boolean;
};

export type CommitmentKind = 'call' | 'work' | 'deadline';

/** Which week of the month: first … fourth, or -1 for the last. */
export type WeekOfMonth = 1 | 2 | 3 | 4 | -1;

/**
 * The day of each month a monthly rule falls on: a day of the month (1–31; a month without that
 * day has no occurrence, as RFC 5545 says) or the nth weekday of the month.
 */
export type MonthlyDay =
  { by: 'monthday'; day: number } | { by: 'weekday'; nth: WeekOfMonth; weekday: Weekday };

/** What every repeating rule has: where it starts, how often, and how it ends. */
type RepeatSpan = {
  /** First day the rule may produce an occurrence, in the commitment's zone. */
  startDate: CalendarDay;
  /** Last day (inclusive) in the commitment's zone, or null for no end. */
  endDate: CalendarDay | null;
  /** Stop after this many occurrences (skipped ones count, as in RFC 5545), or null. */
  count: number | null;
};

export type Recurrence =
  | { kind: 'once'; date: CalendarDay }
  | ({
      kind: 'weekly';
      weekdays: Weekday[];
      /** Every N weeks (1 = every week). */
      interval: number;
    } & RepeatSpan)
  | ({
      kind: 'monthly';
      on: MonthlyDay;
      /** Every N months (1 = every month), counted from startDate's month. */
      interval: number;
    } & RepeatSpan);

/**
 * One occurrence moved elsewhere: `date` is the original occurrence day in the commitment's zone.
 * `notes`, when present, replace the commitment's notes for this occurrence only (optional and
 * additive: records stored before it read the same, so no schema version is needed).
 */
export type MovedOccurrence = {
  date: CalendarDay;
  to: WallTime;
  durationMin: number;
  notes?: string;
};

export type Commitment = Stamp & {
  clientId: string;
  title: string;
  kind: CommitmentKind;
  /** The zone the commitment is defined in (the client's, by default). Never pre-converted. */
  zone: IanaZone;
  start: ClockTime;
  durationMin: number;
  recurrence: Recurrence;
  /** Occurrence days (commitment zone) that do not happen. */
  skippedDates: CalendarDay[];
  moved: MovedOccurrence[];
  /** Minutes before the start to remind, or null to use the settings' default. */
  reminderLeadMin: number | null;
  notes: string;
  /** UID of the calendar event this came from, when imported; also used as the export UID. */
  icsUid: string | null;
};

export type PlatformPreset = 'mturk' | 'prolific' | 'clickworker' | 'appen' | 'custom';

export type Platform = Stamp & {
  name: string;
  preset: PlatformPreset;
  color: string;
  /** Expected earnings per hour in `currency`. */
  hourlyRate: number;
  currency: string;
  /** Peak hours are given in this zone (many US-requester platforms peak in US hours). */
  peakZone: IanaZone;
  peakWindows: WeekdayWindow[];
  minSessionMin: number;
  maxSessionMin: number;
  enabled: boolean;
};

export type SessionStatus = 'planned' | 'done';

/** An accepted microtask session (proposals are computed, never stored). */
export type MicrotaskSession = Stamp & {
  platformId: string;
  start: Instant;
  end: Instant;
  locked: boolean;
  status: SessionStatus;
  /** Actual earnings once done, in the platform's currency. */
  actualEarnings: number | null;
  /** Minutes actually worked once done, or null for as planned (since data version 8). */
  actualMin: number | null;
  note: string;
};

/** What became of a past occurrence of client work. */
export type WorkOutcome = 'done' | 'missed';

/** Where an occurrence of client work stands: its outcome once marked, else planned. */
export type OccurrenceStatus = WorkOutcome | 'planned';

/**
 * The outcome of one occurrence of a commitment, once the worker marks it (since data version
 * 8). Keyed by the occurrence id, so it follows the occurrence through moves and re-plans.
 */
export type WorkRecord = Stamp & {
  /** The occurrence id: `${commitmentId}@${originalDate}`. */
  id: string;
  commitmentId: string;
  outcome: WorkOutcome;
  /** Minutes actually worked when done, or null for done as planned (always null when missed). */
  actualMin: number | null;
};

/** Whose days away: a client's (their holiday, their vacation) or the worker's own. */
export type TimeOffOwner = { kind: 'client'; clientId: string } | { kind: 'worker' };

/**
 * Days away: a range of calendar days in the owner's zone (the client's zone, or the home zone
 * for the worker), so a Sydney holiday is a Sydney calendar day wherever the worker lives.
 */
export type TimeOff = Stamp & {
  owner: TimeOffOwner;
  /** First day away, owner's zone. */
  startDate: CalendarDay;
  /** Last day away (inclusive), owner's zone. */
  endDate: CalendarDay;
  label: string;
  /** UID of the all-day calendar event it came from (also the export UID), or null if typed in. */
  icsUid: string | null;
};

/**
 * A proposal the worker dismissed, kept so it stays dismissed after a reload. Keyed by the
 * proposal's id (its platform and start: the same slot is proposed again as the same id) and
 * kept only until the end of the week it was shown in: after that no proposal can match it.
 * Short-lived view state, so backups do not carry it (see db/schema.ts).
 */
export type Dismissal = {
  /** The proposal's id (fill-gaps: platform and start). */
  id: string;
  platformId: string;
  start: Instant;
  end: Instant;
  /** The end of the week it was dismissed in; removed once that has passed. */
  expiresAt: Instant;
  createdAt: Instant;
};

export type BurnoutThresholds = {
  dailyWarnMin: number;
  dailyStrongMin: number;
  weeklyWarnMin: number;
  weeklyStrongMin: number;
  weeklyCriticalMin: number;
  dailyRestMin: number;
  weeklyRestMin: number;
  breakAfterDayMin: number;
  /**
   * The one break rule: at most this many minutes of continuous work (gaps shorter than the
   * break count as work) before a break of `continuousBreakMin`. The gap filler keeps to it and
   * the continuous-screen rule warns about it.
   */
  continuousMaxMin: number;
  continuousBreakMin: number;
  nightStart: ClockTime;
  nightEnd: ClockTime;
  maxConsecutiveDays: number;
  fragmentedSpanMin: number;
  microtaskDailyMaxMin: number;
};

/** 1 unit of `currency` = `perUnit` of the worker's currency, as the worker entered it on `setOn`. */
export type ExchangeRate = { currency: string; perUnit: number; setOn: CalendarDay };

export type Settings = {
  id: 'settings';
  homeZone: IanaZone;
  weekStart: 0 | 1;
  clock: '12h' | '24h';
  /** The worker's own allowed hours, home zone. */
  workingHours: WeekdayWindow[];
  quietHours: DailyWindow | null;
  dailyCapMin: number;
  weeklyCapMin: number;
  /** Gap between client work and a microtask session. */
  bufferMin: number;
  defaultReminderLeadMin: number;
  /** Weekly income target in `currency`, or null. */
  weeklyIncomeTarget: number | null;
  currency: string;
  /** Rates into `currency` the worker entered (since data version 7); one per other currency. */
  exchangeRates: ExchangeRate[];
  burnout: BurnoutThresholds;
  /** First-run choice made (sample or empty). */
  onboarded: boolean;
  updatedAt: Instant;
};

// ---------------------------------------------------------------------------------------------
// Derived (computed by the core, never stored)
// ---------------------------------------------------------------------------------------------

/** One occurrence of a commitment, placed in absolute time. */
export type Occurrence = {
  /** `${commitmentId}@${originalDate}`: stable across re-plans and edits of other occurrences. */
  id: string;
  commitmentId: string;
  clientId: string;
  title: string;
  kind: CommitmentKind;
  /** The day the rule produced, in the commitment's zone (before any move): skip/move key. */
  originalDate: CalendarDay;
  /** The wall time actually scheduled, in the commitment's zone (after a move, if any). */
  wall: WallTime;
  start: Instant;
  end: Instant;
  /** 'gap' or 'ambiguous' when the DST policy had to decide; the UI says so. */
  resolution: 'exact' | 'gap' | 'ambiguous';
  /** Minutes moved later out of a DST gap (0 otherwise). */
  shiftMin: number;
  moved: boolean;
  reminderLeadMin: number | null;
};

/** A span of work as the burnout and income rules see it. */
export type WorkItem = {
  id: string;
  /** 'external': an event of another calendar that counts as work (calendar sync's busy time). */
  source: 'commitment' | 'session' | 'proposal' | 'external';
  start: Instant;
  end: Instant;
  clientId: string | null;
  platformId: string | null;
  /** What the worker calls it ('Acme check-in call', 'MTurk'), for warning messages. */
  label?: string;
};

/**
 * Time taken by an event of another calendar (read by calendar sync): no proposal goes over it,
 * and when its calendar counts as work it counts for the burnout rules like client work.
 */
export type BusyTime = {
  id: string;
  start: Instant;
  end: Instant;
  title: string;
  countsAsWork: boolean;
};

/** A computed microtask session the worker may accept (never stored). */
export type Proposal = {
  /** `proposal:${platformId}:${start}`: the same slot keeps the same id across re-plans. */
  id: string;
  platformId: string;
  start: Instant;
  end: Instant;
  /** Expected earnings in `currency` (the platform's). */
  expectedEarnings: number;
  currency: string;
  /** Share of the session inside the platform's peak hours, 0–1. */
  peakShare: number;
  /** Ranking value: hourly rate × (1 + 0.5 × peakShare). Higher is placed first. */
  score: number;
  /** Why it was placed here, e.g. 'Peak MTurk hours (09:00–17:00 New York), $9/h, ...'. */
  reason: string;
};
