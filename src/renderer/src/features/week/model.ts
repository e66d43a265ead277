/**
 * Turns the data of one week into what the grid draws: days with their real lengths, blocks with
 * home and client times, and availability bands. Pure, so it is unit-tested without a browser.
 */
import { expandCommitments } from '../../../../core/recurrence';
import {
  addDays,
  clockToMinutes,
  daySpan,
  HOUR,
  toInstant,
  weekdayOf,
} from '../../../../core/time';
import type {
  CalendarDay,
  Client,
  Commitment,
  IanaZone,
  Instant,
  Occurrence,
} from '../../../../core/types';
import { formatTime, zoneCity } from '../../format';
import type { DayInfo, GridBand, GridBlock } from './WeekGrid';

export type WeekModelInput = {
  weekStart: CalendarDay;
  homeZone: IanaZone;
  clock: '12h' | '24h';
  clients: readonly Client[];
  commitments: readonly Commitment[];
  hiddenBands: ReadonlySet<string>;
  now: Instant;
};

export type WeekModel = {
  days: DayInfo[];
  range: { start: Instant; end: Instant };
  occurrences: Occurrence[];
  blocks: GridBlock[];
  bands: GridBand[];
  bandClients: Client[];
};

/** The seven home-zone days of the week starting at `weekStart`. */
export function weekDays(weekStart: CalendarDay, zone: IanaZone, now: Instant): DayInfo[] {
  return Array.from({ length: 7 }, (_, i) => {
    const date = addDays(weekStart, i);
    const span = daySpan(date, zone);
    return {
      date,
      ...span,
      hours: (span.end - span.start) / HOUR,
      today: now >= span.start && now < span.end,
    };
  });
}

/** Availability windows of visible clients as absolute bands overlapping the week. */
export function availabilityBands(
  clients: readonly Client[],
  range: { start: Instant; end: Instant },
): { client: Client; start: Instant; end: Instant; label: string }[] {
  const out: { client: Client; start: Instant; end: Instant; label: string }[] = [];
  for (const client of clients) {
    // Client days that can touch the home week: one day of margin each side covers any offset.
    const first = new Date(range.start).toISOString().slice(0, 10);
    for (let i = -1; i <= 8; i++) {
      const day = addDays(first, i);
      for (const w of client.availability) {
        if (w.weekday !== weekdayOf(day)) continue;
        const start = toInstant(day, w.start, client.zone);
        const end =
          w.end === '24:00'
            ? toInstant(addDays(day, 1), '00:00', client.zone)
            : toInstant(day, w.end, client.zone);
        if (
          end <= range.start ||
          start >= range.end ||
          clockToMinutes(w.end) <= clockToMinutes(w.start)
        )
          continue;
        out.push({
          client,
          start,
          end,
          label: `${client.name} available ${w.start}–${w.end} ${zoneCity(client.zone)} time`,
        });
      }
    }
  }
  return out;
}

function overlapsAny(o: Occurrence, all: readonly Occurrence[]): boolean {
  return all.some((x) => x !== o && x.start < o.end && o.start < x.end);
}

/** Builds the grid model for a week. */
export function buildWeekModel(input: WeekModelInput): WeekModel {
  const days = weekDays(input.weekStart, input.homeZone, input.now);
  const range = { start: days[0]?.start ?? 0, end: days[6]?.end ?? 0 };
  const clientById = new Map(input.clients.map((c) => [c.id, c]));
  const activeCommitments = input.commitments.filter((c) => !clientById.get(c.clientId)?.archived);
  const occurrences = expandCommitments(activeCommitments, range);
  const blocks: GridBlock[] = occurrences.map((o) => {
    const client = clientById.get(o.clientId);
    const homeTimes = `${formatTime(o.start, input.homeZone, input.clock)}–${formatTime(o.end, input.homeZone, input.clock)}`;
    const clientTime = `${formatTime(o.start, o.wall.zone, input.clock)} ${zoneCity(o.wall.zone)}`;
    const dst =
      o.resolution === 'gap'
        ? ` Starts ${o.shiftMin} min later than written: the time does not exist that day.`
        : o.resolution === 'ambiguous'
          ? ' The time happens twice that day; the first one is used.'
          : '';
    const conflict = overlapsAny(o, occurrences);
    return {
      id: o.id,
      kind: 'commitment',
      start: o.start,
      end: o.end,
      title: o.title,
      lines: [homeTimes, clientTime],
      color: client?.color ?? '#64748b',
      conflict,
      movable: false,
      locked: false,
      description: `${o.title} with ${client?.name ?? 'a client'}, ${homeTimes} your time, ${clientTime} time.${conflict ? ' Overlaps another commitment.' : ''}${dst}`,
    };
  });
  const bandClients = input.clients.filter((c) => !c.archived && c.availability.length > 0);
  const bands: GridBand[] = [];
  bandClients.forEach((client, lane) => {
    if (input.hiddenBands.has(client.id)) return;
    for (const b of availabilityBands([client], range)) {
      bands.push({
        id: `${client.id}@${b.start}`,
        lane,
        start: b.start,
        end: b.end,
        color: client.color,
        label: b.label,
      });
    }
  });
  return { days, range, occurrences, blocks, bands, bandClients };
}
