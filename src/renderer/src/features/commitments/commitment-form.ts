/**
 * The commitment editor's form state and its pure conversions: from a stored commitment (or the
 * defaults for a new one) to the form, from the form to a draft in the client's zone and its
 * check, and the live preview (the home-zone time, the repeat in words, DST dates, overlaps).
 */
import { describeRecurrence } from '../../../../core/recurrence';
import {
  addDays,
  dayOf,
  isValidClock,
  isValidDay,
  startOfDay,
  toInstant,
  weekdayOf,
} from '../../../../core/time';
import type {
  Client,
  Commitment,
  CommitmentKind,
  MonthlyDay,
  WeekOfMonth,
  Weekday,
} from '../../../../core/types';
import type { FieldErrors, Validation } from '../../../../core/validate/fields';
import { dstIssues, findOverlaps } from '../../../../core/validate/commitment-checks';
import { validateCommitment, type CommitmentDraft } from '../../../../core/validate/records';
import { optionalNumberText, parseNumber, parseOptionalNumber } from '../../components/form-values';
import { formatLongDay, formatTime, zoneCity } from '../../format';

export type Repeat = 'weekly' | 'monthly' | 'once';

/** How a monthly rule picks its day: a day of the month, or the nth weekday. */
export type MonthlyBy = MonthlyDay['by'];

export type CommitmentForm = {
  clientId: string;
  /** Blank means the default title, e.g. "Acme call". */
  title: string;
  kind: CommitmentKind;
  repeat: Repeat;
  weekdays: Weekday[];
  /** Every N weeks (weekly) or months (monthly). */
  interval: string;
  monthlyBy: MonthlyBy;
  /** The day of the month, as typed (1–31). */
  monthDay: string;
  nth: WeekOfMonth;
  monthWeekday: Weekday;
  start: string;
  duration: string;
  /** The first date of a weekly series, or the date of a one-off. */
  startDate: string;
  endDate: string;
  /** A series can end after a number of times (imported calendars often say COUNT=10). */
  count: string;
  /** Dates to skip, as typed: comma- or space-separated. */
  skipped: string;
  lead: string;
  notes: string;
};

/** What the draft needs beyond the form: the commitment edited, the clients, the home zone. */
export type CommitmentContext = {
  existing: Commitment | null;
  clients: readonly Client[];
  homeZone: string;
};

/** Where the editor shows each error inline; others (zone, moved occurrences) are listed. */
export const COMMITMENT_FIELD_PATHS = [
  'clientId',
  'title',
  'kind',
  'start',
  'durationMin',
  'recurrence',
  'skippedDates',
  'reminderLeadMin',
  'notes',
] as const;

const KIND_NOUN: Record<CommitmentKind, string> = {
  call: 'call',
  work: 'work block',
  deadline: 'deadline',
};

/** The clients a commitment can belong to: the active ones, and its own even if archived. */
export function selectableClients(clients: readonly Client[], existing: Commitment | null) {
  return clients.filter((x) => !x.archived || x.id === existing?.clientId);
}

/** The form for an existing commitment, or a weekly Monday call for the first client. */
export function commitmentToForm(
  c: Commitment | null,
  options: { clients: readonly Client[]; today: string },
): CommitmentForm {
  const r = c?.recurrence;
  const series = r?.kind === 'weekly' || r?.kind === 'monthly' ? r : null;
  const startDate = series ? series.startDate : r?.kind === 'once' ? r.date : options.today;
  const on = r?.kind === 'monthly' ? r.on : null;
  return {
    clientId: c?.clientId ?? selectableClients(options.clients, c)[0]?.id ?? '',
    title: c?.title ?? '',
    kind: c?.kind ?? 'call',
    repeat: r?.kind ?? 'weekly',
    weekdays: r?.kind === 'weekly' ? r.weekdays : [1],
    interval: String(series ? series.interval : 1),
    // A new monthly rule starts from the start date: its day, or its weekday's first.
    monthlyBy: on?.by ?? 'monthday',
    monthDay: String(on?.by === 'monthday' ? on.day : Number(startDate.slice(8, 10)) || 1),
    nth: on?.by === 'weekday' ? on.nth : 1,
    monthWeekday: on?.by === 'weekday' ? on.weekday : weekdayOfDay(startDate),
    start: c?.start ?? '09:00',
    duration: String(c?.durationMin ?? 60),
    startDate,
    endDate: series ? (series.endDate ?? '') : '',
    count: series ? optionalNumberText(series.count) : '',
    skipped: c?.skippedDates.join(', ') ?? '',
    lead: optionalNumberText(c?.reminderLeadMin),
    notes: c?.notes ?? '',
  };
}

function weekdayOfDay(day: string): Weekday {
  return isValidDay(day) ? weekdayOf(day) : 1;
}

/** The repeat a select's value names; anything else is weekly. */
export function parseRepeat(value: string): Repeat {
  return value === 'once' || value === 'monthly' ? value : 'weekly';
}

const WEEKS_OF_MONTH: readonly WeekOfMonth[] = [1, 2, 3, 4, -1];

/** The week of the month a select's value names ('1' … '4', '-1'); anything else is the first. */
export function parseNth(value: string): WeekOfMonth {
  return WEEKS_OF_MONTH.find((n) => String(n) === value) ?? 1;
}

/** The kind a select's value names; anything else is a call. */
export function parseKind(value: string): CommitmentKind {
  return value === 'work' || value === 'deadline' ? value : 'call';
}

/** The weekdays with `day` switched on or off, in weekday order. */
export function toggleWeekday(days: readonly Weekday[], day: Weekday): Weekday[] {
  return days.includes(day) ? days.filter((d) => d !== day) : [...days, day].sort();
}

function skippedList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The commitment's zone: its own while it stays with its client (it was written there), else the
 * chosen client's, else home.
 */
function commitmentZone(form: CommitmentForm, context: CommitmentContext): string {
  const { existing, clients, homeZone } = context;
  if (existing && existing.clientId === form.clientId) return existing.zone;
  return clients.find((x) => x.id === form.clientId)?.zone ?? homeZone;
}

/** "<client> <kind>": the title of a commitment left without one. */
export function defaultTitle(client: Pick<Client, 'name'>, kind: CommitmentKind): string {
  return `${client.name} ${KIND_NOUN[kind]}`;
}

/** The title saved: what was typed, or "<client> <kind>" when left blank. */
function effectiveTitle(form: CommitmentForm, clients: readonly Client[]): string {
  const client = clients.find((x) => x.id === form.clientId);
  return form.title.trim() === '' && client ? defaultTitle(client, form.kind) : form.title;
}

/** The draft the validator checks; moved occurrences and the calendar UID are kept as they are. */
export function formToCommitmentDraft(
  form: CommitmentForm,
  context: CommitmentContext,
): CommitmentDraft {
  const { existing } = context;
  return {
    clientId: form.clientId,
    title: effectiveTitle(form, context.clients),
    kind: form.kind,
    zone: commitmentZone(form, context),
    start: form.start,
    durationMin: parseNumber(form.duration),
    recurrence: formRecurrence(form),
    skippedDates: skippedList(form.skipped),
    moved: existing?.moved ?? [],
    reminderLeadMin: parseOptionalNumber(form.lead),
    notes: form.notes,
    icsUid: existing?.icsUid ?? null,
  };
}

function formRecurrence(form: CommitmentForm): CommitmentDraft['recurrence'] {
  if (form.repeat === 'once') return { kind: 'once', date: form.startDate };
  const span = {
    interval: Number(form.interval),
    startDate: form.startDate,
    endDate: form.endDate || null,
    count: parseOptionalNumber(form.count),
  };
  if (form.repeat === 'weekly') return { kind: 'weekly', weekdays: form.weekdays, ...span };
  const on: MonthlyDay =
    form.monthlyBy === 'monthday'
      ? { by: 'monthday', day: parseNumber(form.monthDay) }
      : { by: 'weekday', nth: form.nth, weekday: form.monthWeekday };
  return { kind: 'monthly', on, ...span };
}

/**
 * The commitment the form describes, or every field's error at once, keyed as the form shows them:
 * the bad skipped dates (one error each from the validator) become one message on the skip box.
 */
export function checkCommitmentForm(
  form: CommitmentForm,
  context: CommitmentContext,
): Validation<CommitmentDraft> {
  const checked = validateCommitment(formToCommitmentDraft(form, context));
  return checked.ok ? checked : { ok: false, errors: foldSkippedDates(checked.errors, form) };
}

function foldSkippedDates(errors: FieldErrors, form: CommitmentForm): FieldErrors {
  const typed = skippedList(form.skipped);
  const bad: string[] = [];
  const rest: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const index = /^skippedDates\.(\d+)$/.exec(path)?.[1];
    if (index === undefined) rest[path] = message;
    else bad.push(typed[Number(index)] ?? '');
  }
  if (bad.length === 0) return errors;
  const which = bad.length === 1 ? 'is not a real date' : 'are not real dates';
  return { ...rest, skippedDates: `${bad.join(', ')} ${which} (yyyy-mm-dd).` };
}

export type CommitmentPreview = {
  /** "= 21:00 Manila time (Monday 9 March)" under the start time. */
  home: string | undefined;
  /** The repeat in words. */
  summary: string;
  dst: string[];
  overlaps: string[];
};

/** What the editor says about the draft as it is typed; empty until it has a time and a date. */
export function commitmentPreview(
  draft: CommitmentDraft,
  existing: Commitment | null,
  all: readonly Commitment[],
  options: { homeZone: string; clock: '12h' | '24h' },
): CommitmentPreview {
  const { homeZone, clock } = options;
  const empty = { home: undefined, summary: '', dst: [], overlaps: [] };
  const r = draft.recurrence;
  const firstDay = r.kind === 'once' ? r.date : r.startDate;
  if (!isValidClock(draft.start) || !isValidDay(firstDay) || !(draft.durationMin > 0)) return empty;
  if (r.kind === 'weekly' && r.weekdays.length === 0) return empty;
  const full: Commitment = { ...draft, id: existing?.id ?? 'draft', createdAt: 0, updatedAt: 0 };
  const at = toInstant(firstDay, draft.start, draft.zone);
  const range = {
    start: startOfDay(firstDay, draft.zone),
    end: startOfDay(addDays(firstDay, 182), draft.zone),
  };
  return {
    home: `= ${formatTime(at, homeZone, clock)} ${zoneCity(homeZone)} time (${formatLongDay(firstDay)})`,
    summary: r.kind === 'once' ? '' : describeRecurrence(full),
    dst: dstIssues(full, firstDay).map((issue) => issue.message),
    overlaps: findOverlaps(full, all, range).map(
      (o) => `“${o.otherTitle}” on ${formatLongDay(dayOf(o.start, homeZone))}`,
    ),
  };
}
