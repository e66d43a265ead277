/**
 * Time off in the plan: which calendar days a client is away or the worker is off, and which
 * commitments fall on them. Days are the owner's: a client's in the client's zone (a Sydney
 * holiday is a Sydney calendar day), the worker's in the home zone.
 */
import { formatDayShort, zoneCity } from './format';
import { MINUTE, addDays, dayOf } from './time';
import type { CalendarDay, Client, IanaZone, Occurrence, TimeOff } from './types';

/** A commitment that falls on time off, for the week view to flag. */
export type TimeOffFlag = {
  occurrenceId: string;
  kind: 'client-away' | 'worker-off';
  timeOffId: string;
  message: string;
};

/** Whether `day` lies in the time off's range (days compare as 'yyyy-MM-dd' strings). */
export function coversDay(t: Pick<TimeOff, 'startDate' | 'endDate'>, day: CalendarDay): boolean {
  return t.startDate <= day && day <= t.endDate;
}

/** The client's time off, for `clientId`. */
export function clientTimeOff(list: readonly TimeOff[], clientId: string): TimeOff[] {
  return list.filter((t) => t.owner.kind === 'client' && t.owner.clientId === clientId);
}

/** The worker's own days off. */
export function workerTimeOff(list: readonly TimeOff[]): TimeOff[] {
  return list.filter((t) => t.owner.kind === 'worker');
}

/** A test for "is this (owner's) day away?" over a list of time off; `null` when there is none. */
export function awayTest(list: readonly TimeOff[]): ((day: CalendarDay) => boolean) | null {
  if (list.length === 0) return null;
  return (day) => list.some((t) => coversDay(t, day));
}

/** The first time off in `list` covering a day the span touches in `zone`, with that day. */
function covering(
  list: readonly TimeOff[],
  start: number,
  end: number,
  zone: IanaZone,
): { timeOff: TimeOff; day: CalendarDay } | undefined {
  const first = dayOf(start, zone);
  // The end is exclusive: an item ending at midnight does not touch the next day.
  const last = dayOf(Math.max(start, end - MINUTE), zone);
  for (let day = first; day <= last; day = addDays(day, 1)) {
    const hit = list.find((t) => coversDay(t, day));
    if (hit) return { timeOff: hit, day };
  }
  return undefined;
}

/**
 * Commitments on time off: with a client on their days away (their zone), and any commitment
 * on the worker's days off (home zone). Either way the work is still planned: the worker
 * decides whether to move it, so it is flagged, never dropped.
 */
export function timeOffFlags(
  occurrences: readonly Occurrence[],
  timeOff: readonly TimeOff[],
  clients: readonly Client[],
  homeZone: IanaZone,
): TimeOffFlag[] {
  if (timeOff.length === 0) return [];
  const clientById = new Map(clients.map((c) => [c.id, c]));
  const mine = workerTimeOff(timeOff);
  const out: TimeOffFlag[] = [];
  for (const o of occurrences) {
    const client = clientById.get(o.clientId);
    const theirs = client ? clientTimeOff(timeOff, client.id) : [];
    const away = client ? covering(theirs, o.start, o.end, client.zone) : undefined;
    if (client && away) {
      const { timeOff: t, day } = away;
      out.push({
        occurrenceId: o.id,
        kind: 'client-away',
        timeOffId: t.id,
        message: `${o.title}: ${client.name} is away on ${formatDayShort(day)} (${zoneCity(client.zone)} time${t.label ? `, ${t.label}` : ''}). Check that it still happens.`,
      });
    }
    const off = covering(mine, o.start, o.end, homeZone);
    if (off) {
      const { timeOff: t, day } = off;
      out.push({
        occurrenceId: o.id,
        kind: 'worker-off',
        timeOffId: t.id,
        message: `${o.title} is on your day off (${formatDayShort(day)}${t.label ? `, ${t.label}` : ''}). Move it or change the day off.`,
      });
    }
  }
  return out;
}
