/**
 * VTIMEZONE components built from the runtime's own IANA data (time.ts offsetChanges), never from
 * a bundled table that goes stale: a zone that has dropped DST (America/Sao_Paulo since 2019,
 * America/Mexico_City since 2022) gets a single STANDARD observance.
 *
 * Where the yearly transitions follow one rule ("2nd Sunday of March at 02:00"), the observance is
 * written once with a yearly RRULE, so calendar apps also get later years right; irregular years
 * (a rule change, a zone that stopped DST) are written as dated observances.
 */
import { offsetChanges, offsetMinutes, MINUTE } from '../time';
import type { IanaZone, Instant } from '../types';
import { CRLF, foldLine, localStamp, offsetValue, paramValue } from './format';

type Transition = { at: Instant; before: number; after: number };

/** How one transition falls in the calendar, read in the wall time before it (RFC 5545 DTSTART). */
type Shape = {
  year: number;
  month: number;
  weekday: number;
  /** 1…5: which such weekday of the month. */
  day: number;
  nth: number;
  last: boolean;
  local: string;
  time: string;
  before: number;
  after: number;
};

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/**
 * Years past the requested span that are scanned to confirm a yearly rule before writing it as an
 * open-ended RRULE (calendar apps apply it to every later year).
 */
const LOOKAHEAD_YEARS = 14;
/** A rule must hold this many consecutive years to be written as an RRULE. */
const MIN_RULE_YEARS = 12;
const cache = new Map<string, string>();

function shapeOf(t: Transition): Shape {
  const d = new Date(t.at + t.before * MINUTE);
  const iso = d.toISOString();
  const day = d.getUTCDate();
  const monthLength = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  const time = iso.slice(11, 16);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    weekday: d.getUTCDay(),
    day,
    nth: Math.ceil(day / 7),
    last: day + 7 > monthLength,
    local: localStamp(iso.slice(0, 10), time),
    time,
    before: t.before,
    after: t.after,
  };
}

/**
 * The BYDAY/BYMONTHDAY rule that describes every shape in `list` ("2SU", "-1SU", or a weekday on
 * one of seven month days, which is how tzdb rules such as Israel's "Fri>=23" read), or null.
 * Only the same weekday, month, wall time and offsets every year qualify.
 */
function commonRule(list: Shape[]): string | null {
  const first = list[0];
  if (!first) return null;
  const same = list.every(
    (s) =>
      s.month === first.month &&
      s.weekday === first.weekday &&
      s.time === first.time &&
      s.before === first.before &&
      s.after === first.after,
  );
  if (!same) return null;
  const weekday = BYDAY[first.weekday] as string;
  if (list.every((s) => s.last)) return `BYDAY=-1${weekday}`;
  // tzdb rules read "weekday on or after day d": certain only once all seven days were seen.
  const days = list.map((s) => s.day);
  const min = Math.min(...days);
  if (new Set(days).size !== 7 || Math.max(...days) - min !== 6) return null;
  if ((min - 1) % 7 === 0) return `BYDAY=${(min + 6) / 7}${weekday}`;
  if (min + 6 > 28 && first.month === 2) return null;
  const monthDays = Array.from({ length: 7 }, (_, i) => min + i).join(',');
  return `BYDAY=${weekday};BYMONTHDAY=${monthDays}`;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', s: Shape, rrule: string | null): string[] {
  const lines = [
    `BEGIN:${kind}`,
    `DTSTART:${s.local}`,
    `TZOFFSETFROM:${offsetValue(s.before)}`,
    `TZOFFSETTO:${offsetValue(s.after)}`,
  ];
  if (rrule) lines.push(`RRULE:${rrule}`);
  lines.push(`END:${kind}`);
  return lines;
}

/** The transitions of the years from..to, index `i` of each year (one transition a year each). */
function column(byYear: Map<number, Shape[]>, from: number, to: number, i: number): Shape[] {
  const out: Shape[] = [];
  for (let y = from; y <= to; y++) {
    const shape = byYear.get(y)?.[i];
    if (shape) out.push(shape);
  }
  return out;
}

/**
 * The first year of the longest run of years, ending at `lastYear`, in which two transitions a
 * year follow one rule each; lastYear + 1 when there is no such run.
 */
function regularTail(byYear: Map<number, Shape[]>, fromYear: number, lastYear: number): number {
  let start = lastYear + 1;
  for (let year = lastYear; year >= fromYear; year--) {
    if ((byYear.get(year) ?? []).length !== 2) break;
    if (year > lastYear - MIN_RULE_YEARS + 1) continue;
    const a = commonRule(column(byYear, year, lastYear, 0));
    const b = commonRule(column(byYear, year, lastYear, 1));
    if (a === null || b === null) break;
    start = year;
  }
  return start;
}

/**
 * The VTIMEZONE block for `zone` covering at least the years fromYear…toYear (CRLF-joined folded
 * lines, no trailing CRLF). Cached per zone and span: building it scans the zone's offsets.
 */
export function buildVtimezone(zone: IanaZone, fromYear: number, toYear: number): string {
  const key = `${zone}|${fromYear}|${toYear}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;

  const lastYear = toYear + LOOKAHEAD_YEARS;
  const changes = offsetChanges(zone, Date.UTC(fromYear, 0, 1), Date.UTC(lastYear + 1, 0, 1));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${paramValue(zone)}`];
  if (changes.length === 0) {
    // No offset change now or in the next years: one STANDARD observance, no DAYLIGHT.
    const offset = offsetValue(offsetMinutes(zone, Date.UTC(fromYear, 0, 1)));
    lines.push('BEGIN:STANDARD', `DTSTART:${fromYear}0101T000000`);
    lines.push(`TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD');
  } else {
    const shapes = changes.map(shapeOf);
    const byYear = new Map<number, Shape[]>();
    for (const s of shapes) byYear.set(s.year, [...(byYear.get(s.year) ?? []), s]);
    const tailStart = regularTail(byYear, fromYear, lastYear);
    shapes.forEach((s, i) => {
      if (s.year >= tailStart) return;
      const next = shapes[i + 1];
      const seasonal = s.after > s.before && next !== undefined && next.after === s.before;
      lines.push(...observance(seasonal ? 'DAYLIGHT' : 'STANDARD', s, null));
    });
    (byYear.get(tailStart) ?? []).forEach((s, i) => {
      const rule = commonRule(column(byYear, tailStart, lastYear, i));
      const rrule = `FREQ=YEARLY;BYMONTH=${s.month};${rule ?? ''}`;
      lines.push(...observance(s.after > s.before ? 'DAYLIGHT' : 'STANDARD', s, rrule));
    });
  }
  lines.push('END:VTIMEZONE');
  const block = lines.map(foldLine).join(CRLF);
  cache.set(key, block);
  return block;
}
