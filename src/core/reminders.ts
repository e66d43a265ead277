/**
 * The reminders the shell should schedule for the next hours or days: a client's availability
 * opening and (shortly before) closing, commitment starts, accepted session starts and the end of
 * the planned day. Ids depend only on what the reminder is about, never on its time, so a re-plan
 * replaces a reminder instead of duplicating it.
 */
import { activeClients } from './active-clients';
import type { Reminder } from './bridge/contract';
import { windowsInRange } from './availability';
import { formatClockAt, formatDuration, zoneCity } from './format';
import { coveredMs } from './intervals';
import { plannedWork } from './planned-time';
import { DAY, MINUTE, addDays, dayOf, daySpan } from './time';
import { awayTest, clientTimeOff } from './time-off';
import type {
  Client,
  Instant,
  MicrotaskSession,
  Occurrence,
  Platform,
  Settings,
  TimeOff,
} from './types';

export type ReminderInput = {
  settings: Settings;
  clients: readonly Client[];
  platforms: readonly Platform[];
  /** Client work around the horizon (already expanded). */
  occurrences: readonly Occurrence[];
  /** Accepted sessions. */
  sessions: readonly MicrotaskSession[];
  /** Time off: a client away on a day (their zone) gets no availability reminders then. */
  timeOff?: readonly TimeOff[];
};

/** Reminders up to this long ago are still returned (a restart just after one was due). */
const DEFAULT_GRACE_MS = 5 * MINUTE;

/** '09:00 New York · 21:00 your time', or '21:00 your time' when both zones agree. */
function bothTimes(t: Instant, zone: string, home: string): string {
  const mine = `${formatClockAt(t, home)} your time`;
  if (zone === home || formatClockAt(t, zone) === formatClockAt(t, home)) return mine;
  return `${formatClockAt(t, zone)} ${zoneCity(zone)} · ${mine}`;
}

function availabilityReminders(input: ReminderInput, from: Instant, to: Instant): Reminder[] {
  const home = input.settings.homeZone;
  const lead = input.settings.defaultReminderLeadMin * MINUTE;
  const out: Reminder[] = [];
  // Windows placed by core/availability: overnight windows and '24:00' ends handled there.
  const range = { start: from - DAY, end: to + DAY };
  for (const c of activeClients(input.clients)) {
    const away = awayTest(clientTimeOff(input.timeOff ?? [], c.id));
    for (const zw of windowsInRange(c.availability, c.zone, range)) {
      if (away?.(zw.day)) continue;
      const { start: open, end: close } = zw;
      const key = `${c.id}@${zw.day}:${zw.window.start}`;
      out.push({
        id: `availability-open:${key}`,
        kind: 'availability-open',
        fireAt: open,
        eventAt: open,
        title: `${c.name} is now available`,
        zone: c.zone,
        body: `Their day starts: ${bothTimes(open, c.zone, home)}, until ${bothTimes(close, c.zone, home)}.`,
      });
      out.push({
        id: `availability-close:${key}`,
        kind: 'availability-close',
        fireAt: close - lead,
        eventAt: close,
        title: `${c.name}'s hours end in ${lead / MINUTE} min`,
        subject: `${c.name}'s hours end`,
        zone: c.zone,
        body: `Their day ends at ${bothTimes(close, c.zone, home)}: send anything that needs an answer today.`,
      });
    }
  }
  return out;
}

function commitmentReminders(input: ReminderInput): Reminder[] {
  const home = input.settings.homeZone;
  const names = new Map(input.clients.map((c) => [c.id, c.name]));
  return input.occurrences.map((o) => {
    const lead = o.reminderLeadMin ?? input.settings.defaultReminderLeadMin;
    const client = names.get(o.clientId);
    return {
      id: `commitment:${o.id}`,
      kind: 'commitment',
      fireAt: o.start - lead * MINUTE,
      eventAt: o.start,
      title: lead > 0 ? `${o.title} in ${lead} min` : `${o.title} now`,
      subject: o.title,
      // The client's zone, so the tray can show their local time beside the home time.
      zone: o.wall.zone,
      body: `${bothTimes(o.start, o.wall.zone, home)}${client ? ` · ${client}` : ''} · ${(o.end - o.start) / MINUTE} min`,
    };
  });
}

function sessionReminders(input: ReminderInput): Reminder[] {
  const home = input.settings.homeZone;
  const lead = input.settings.defaultReminderLeadMin;
  const names = new Map(input.platforms.map((p) => [p.id, p.name]));
  return input.sessions
    .filter((s) => s.status === 'planned')
    .map((s) => ({
      id: `session:${s.id}`,
      kind: 'session',
      fireAt: s.start - lead * MINUTE,
      eventAt: s.start,
      title: `${names.get(s.platformId) ?? 'Microtask'} session in ${lead} min`,
      subject: `${names.get(s.platformId) ?? 'Microtask'} session`,
      body: `${formatClockAt(s.start, home)}–${formatClockAt(s.end, home)} your time: planned microtasks.`,
    }));
}

function dayEndReminders(input: ReminderInput, from: Instant, to: Instant): Reminder[] {
  const home = input.settings.homeZone;
  const work = [...input.occurrences, ...input.sessions];
  const out: Reminder[] = [];
  for (let day = addDays(dayOf(from, home), -1); day <= dayOf(to, home); day = addDays(day, 1)) {
    const span = daySpan(day, home);
    const today = work.filter((w) => w.start >= span.start && w.start < span.end);
    if (today.length === 0) continue;
    const end = Math.max(...today.map((w) => w.end));
    // Merged, as the week view counts it: a session over client work is not time worked twice.
    const planned = coveredMs(plannedWork(today, []), span.start, end) / MINUTE;
    out.push({
      id: `day-end:${day}`,
      kind: 'day-end',
      fireAt: end,
      eventAt: end,
      title: 'Planned day done',
      body: `Your last planned item ended at ${formatClockAt(end, home)} (${formatDuration(planned)} planned). Time to log off.`,
    });
  }
  return out;
}

/**
 * Reminders firing in [now − grace, now + horizonMs], and those that fired earlier but whose
 * event is still ahead (the policy shows a late one while it can still help), sorted by fireAt.
 */
export function upcomingReminders(
  input: ReminderInput,
  now: Instant,
  horizonMs: number,
  options?: { graceMs?: number },
): Reminder[] {
  const from = now - (options?.graceMs ?? DEFAULT_GRACE_MS);
  const to = now + horizonMs;
  const all = [
    ...availabilityReminders(input, from, to),
    ...commitmentReminders(input),
    ...sessionReminders(input),
    ...dayEndReminders(input, from, to),
  ];
  return all
    .filter((r) => r.fireAt <= to && (r.fireAt >= from || r.eventAt > now))
    .sort((a, b) => a.fireAt - b.fireAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
