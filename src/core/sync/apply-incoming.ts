/**
 * Edits made elsewhere to events the app published (calendar sync's incoming changes), turned
 * into changes of the app's records. Each event is read with the ICS import, so a change on a
 * phone means what the same event would mean in an imported file: for a commitment, an
 * occurrence moved (RECURRENCE-ID override) becomes a moved occurrence, an EXDATE or a cancelled
 * override a skipped date, a new master time or title the commitment updated, a cancelled or
 * deleted event the commitment removed; a session moves or goes; time off changes its days or
 * goes. What the app alone keeps (kind, reminder lead, notes, client) stays as it is. An edit
 * that equals what the app has changes nothing.
 */
import type { IncomingChange } from '../bridge/sync-contract';
import { commitmentUid, parseIcs, timeOffUid, type ImportPreview } from '../ics';
import { sessionUid } from '../ics/export';
import type { Commitment, IanaZone, Instant, MicrotaskSession, TimeOff } from '../types';
import { toWall } from '../time';
import { publishedItems } from './published-items';

export type IncomingInput = {
  changes: readonly IncomingChange[];
  commitments: readonly Commitment[];
  sessions: readonly MicrotaskSession[];
  timeOff: readonly TimeOff[];
  homeZone: IanaZone;
  now: Instant;
};

/** What to write, all together, and what to tell the worker and the shell. */
export type IncomingResult = {
  putCommitments: Commitment[];
  removeCommitments: string[];
  putSessions: MicrotaskSession[];
  removeSessions: string[];
  putTimeOff: TimeOff[];
  removeTimeOff: string[];
  /** Every UID looked at (applied, unchanged or refused): the shell is told these were seen. */
  handled: string[];
  /** Changes the app could not take, in words; its own version is published again. */
  refused: { uid: string; reason: string }[];
  /** What changed, in words, for the worker. */
  notes: string[];
};

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

// The import leaves out the app's own sessions and availability (a re-imported export must not
// turn them into commitments); here the kind is known, so the marker is dropped before reading.
const KIND_LINE_RE = /^X-HYBRID-PLANNER-KIND:[^\r\n]*\r?\n/gim;

/** True when the event's master (not an override) is cancelled: the event is gone. */
function masterCancelled(ics: string): boolean {
  return ics
    .split(/^BEGIN:VEVENT\r?$/m)
    .slice(1)
    .some((block) => {
      const body = block.split(/^END:VEVENT/m)[0] ?? '';
      return !/^RECURRENCE-ID/im.test(body) && /^STATUS:CANCELLED\r?$/im.test(body);
    });
}

/** Reads one event the app published (a session or time off too) with the ICS import. */
export function readPublished(ics: string, homeZone: IanaZone): Read<ImportPreview> {
  const parsed = parseIcs(ics.replace(KIND_LINE_RE, ''), { homeZone });
  if (!parsed.ok) return { ok: false, reason: parsed.error.message };
  return { ok: true, value: parsed.preview };
}

/**
 * A commitment as the app publishes it, stamps aside: two commitments that write the same event
 * are the same to every calendar, whatever their fields say (a series read back starts on its
 * first occurrence, not on the day it was entered from).
 */
function published(c: Commitment, homeZone: IanaZone): string {
  const stamped = { ...c, updatedAt: 0, createdAt: 0 };
  const items = publishedItems({
    commitments: [stamped],
    clients: [],
    sessions: [],
    platforms: [],
    timeOff: [],
    homeZone,
    defaultReminderLeadMin: 0,
    now: 0,
    since: 0,
    alarms: false,
  });
  return items[0]?.ics ?? '';
}

/** The read recurrence, with the app's start day kept when that writes the same series. */
function keepStartDate(next: Commitment, c: Commitment, homeZone: IanaZone): Commitment {
  const r = next.recurrence;
  const own = c.recurrence;
  if (r.kind === 'once' || own.kind === 'once' || r.startDate === own.startDate) return next;
  const kept = { ...next, recurrence: { ...r, startDate: own.startDate } };
  return published(kept, homeZone) === published(next, homeZone) ? kept : next;
}

type PublishedEvent = ImportPreview['events'][number];

/** The event `pick` chooses from `ics`, or why there is none (the reader's own reason first). */
function readEvent(
  ics: string,
  zone: IanaZone,
  pick: (events: readonly PublishedEvent[]) => PublishedEvent | undefined,
  missing: string,
): Read<PublishedEvent> {
  const preview = readPublished(ics, zone);
  if (!preview.ok) return preview;
  const event = pick(preview.value.events);
  if (!event) return { ok: false, reason: preview.value.skipped[0]?.reason ?? missing };
  return { ok: true, value: event };
}

function readCommitment(
  c: Commitment,
  ics: string,
  zone: IanaZone,
  now: Instant,
): Read<Commitment | null> {
  const read = readEvent(
    ics,
    zone,
    (events) => events.find((e) => e.draft.icsUid === commitmentUid(c)),
    'The event holds no commitment.',
  );
  if (!read.ok) return read;
  const event = read.value;
  const d = event.draft;
  // A one-off event is written in UTC: it stays in the commitment's own zone (the client's).
  const once = d.recurrence.kind === 'once' ? toWall(event.start, c.zone) : null;
  const next: Commitment = {
    ...c,
    title: d.title.trim() === '' ? c.title : d.title,
    zone: once ? c.zone : d.zone,
    start: once ? once.time : d.start,
    durationMin: d.durationMin,
    recurrence: once ? { kind: 'once', date: once.date } : d.recurrence,
    skippedDates: d.skippedDates,
    moved: d.moved,
  };
  const value = keepStartDate(next, c, zone);
  if (published(value, zone) === published(c, zone)) return { ok: true, value: null };
  return { ok: true, value: { ...value, updatedAt: Math.max(now, c.updatedAt + 1) } };
}

function readSession(
  s: MicrotaskSession,
  ics: string,
  zone: IanaZone,
  now: Instant,
): Read<MicrotaskSession | null> {
  const read = readEvent(ics, zone, (events) => events[0], 'The event holds no session.');
  if (!read.ok) return read;
  const event = read.value;
  if (event.recurring)
    return { ok: false, reason: 'A session happens once; the event now repeats.' };
  if (event.start === s.start && event.end === s.end) return { ok: true, value: null };
  return {
    ok: true,
    value: { ...s, start: event.start, end: event.end, updatedAt: Math.max(now, s.updatedAt + 1) },
  };
}

function readTimeOff(t: TimeOff, ics: string, zone: IanaZone, now: Instant): Read<TimeOff | null> {
  const preview = readPublished(ics, zone);
  if (!preview.ok) return preview;
  const offer = preview.value.timeOff[0];
  if (!offer)
    return { ok: false, reason: 'Time off is an all-day event; the event now has times.' };
  const label = offer.label.trim() === '' ? t.label : offer.label;
  if (offer.startDate === t.startDate && offer.endDate === t.endDate && label === t.label) {
    return { ok: true, value: null };
  }
  return {
    ok: true,
    value: {
      ...t,
      startDate: offer.startDate,
      endDate: offer.endDate,
      label,
      updatedAt: Math.max(now, t.updatedAt + 1),
    },
  };
}

/** How one kind of record takes a change: found by UID, read from the event, put or removed. */
type Kind<T extends { id: string }> = {
  byUid: Map<string, T>;
  read: (record: T, ics: string, zone: IanaZone, now: Instant) => Read<T | null>;
  put: T[];
  remove: string[];
  /** What to tell the worker when the record changed, or went (nothing when absent). */
  changed?: (record: T) => string;
  removed?: (record: T) => string;
};

function take<T extends { id: string }>(
  kind: Kind<T>,
  change: IncomingChange,
  input: IncomingInput,
  out: IncomingResult,
): void {
  const record = kind.byUid.get(change.uid);
  // Deleted here meanwhile: the next publish leaves it out anyway.
  if (!record) return;
  if (change.change === 'deleted' || masterCancelled(change.ics)) {
    kind.remove.push(record.id);
    const note = kind.removed?.(record);
    if (note) out.notes.push(note);
    return;
  }
  const read = kind.read(record, change.ics, input.homeZone, input.now);
  if (!read.ok) out.refused.push({ uid: change.uid, reason: read.reason });
  else if (read.value) {
    kind.put.push(read.value);
    const note = kind.changed?.(read.value);
    if (note) out.notes.push(note);
  }
}

/** The changes to make for the incoming edits; pure, so the window writes them in one go. */
export function applyIncoming(input: IncomingInput): IncomingResult {
  const out: IncomingResult = {
    putCommitments: [],
    removeCommitments: [],
    putSessions: [],
    removeSessions: [],
    putTimeOff: [],
    removeTimeOff: [],
    handled: [],
    refused: [],
    notes: [],
  };
  const commitments: Kind<Commitment> = {
    byUid: new Map(input.commitments.map((c) => [commitmentUid(c), c])),
    read: readCommitment,
    put: out.putCommitments,
    remove: out.removeCommitments,
    changed: (c) => `“${c.title}” was changed on another device.`,
    removed: (c) => `“${c.title}” was deleted on another device and is removed here.`,
  };
  const sessions: Kind<MicrotaskSession> = {
    byUid: new Map(input.sessions.map((s) => [sessionUid(s), s])),
    read: readSession,
    put: out.putSessions,
    remove: out.removeSessions,
  };
  const timeOff: Kind<TimeOff> = {
    byUid: new Map(input.timeOff.map((t) => [timeOffUid(t), t])),
    read: readTimeOff,
    put: out.putTimeOff,
    remove: out.removeTimeOff,
  };
  // One change per UID: the last one the shell sent is the server's state now.
  const latest = new Map(input.changes.map((c) => [c.uid, c]));
  for (const change of latest.values()) {
    out.handled.push(change.uid);
    if (change.kind === 'commitment') take(commitments, change, input, out);
    else if (change.kind === 'session') take(sessions, change, input, out);
    else take(timeOff, change, input, out);
  }
  return out;
}
