/** The week's DST facts: the home zone's own offset changes and the occurrences its policy moved. */
import { formatClockAt, formatDayShort, zoneCity } from './format';
import { dayOf, formatOffset, offsetChanges } from './time';
import type { Instant, Interval, Occurrence } from './types';

export type DstShift = {
  kind: 'home-offset' | 'gap' | 'ambiguous';
  at: Instant;
  occurrenceId: string | null;
  message: string;
};

/** DST facts the week view must show: home-zone offset changes and occurrences the DST policy moved. */
export function dstShifts(zone: string, range: Interval, occ: Occurrence[]): DstShift[] {
  const out: DstShift[] = offsetChanges(zone, range.start, range.end).map((c) => ({
    kind: 'home-offset',
    at: c.at,
    occurrenceId: null,
    message: `${formatDayShort(dayOf(c.at, zone))}: your clocks change from ${formatOffset(c.before)} to ${formatOffset(c.after)} (a ${24 + (c.before - c.after) / 60} h day).`,
  }));
  for (const o of occ) {
    if (o.resolution === 'exact') continue;
    const home = formatClockAt(o.start, zone);
    const message =
      o.resolution === 'gap'
        ? `${o.title} at ${o.wall.time} ${zoneCity(o.wall.zone)} on ${o.originalDate} does not exist (clocks spring forward): it moves ${o.shiftMin} min later, ${home} your time.`
        : `${o.title} at ${o.wall.time} ${zoneCity(o.wall.zone)} on ${o.originalDate} happens twice (clocks fall back): the first one, ${home} your time, is used.`;
    out.push({ kind: o.resolution, at: o.start, occurrenceId: o.id, message });
  }
  return out.sort((a, b) => a.at - b.at);
}
