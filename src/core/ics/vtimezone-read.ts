/**
 * Reads a file's own VTIMEZONE (its observances, their yearly rules and dates) into an offset
 * function, and compares it with an IANA zone over a span of years. Outlook and Exchange name
 * zones "Customized Time Zone", "1" or "(UTC-05:00) Eastern Time (US & Canada)": the only thing
 * such a file says for certain is its VTIMEZONE, so that is what a zone is matched against.
 */
import { MINUTE, offsetChanges, offsetMinutes } from '../time';
import type { IanaZone, Instant } from '../types';
import { props, recurValue, text } from './jcal';
import type { JComp } from './jcal';

/** When an observance begins: its local DTSTART and, for a yearly rule, the month and day rule. */
type Observance = {
  from: number;
  to: number;
  /** Local start as UTC-epoch ms of the wall time (not an instant). */
  local: number;
  rule: { month: number; nth: number; weekday: number; untilYear: number | null } | null;
  dates: number[];
};

/** A file's VTIMEZONE as an offset function. */
export type FileZone = { tzid: string; observances: Observance[] };

export type YearSpan = { from: number; to: number };

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const OFFSET_RE = /^([+-])(\d{2}):?(\d{2})(?::?(\d{2}))?$/;
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?$/;

function offsetOf(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = OFFSET_RE.exec(value);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function localOf(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = LOCAL_RE.exec(value);
  if (!m) return null;
  const n = (i: number): number => Number(m[i] ?? 0);
  return Date.UTC(n(1), n(2) - 1, n(3), n(4), n(5), n(6));
}

/** BYMONTH with BYDAY "2SU" / "-1SU" (every Windows and tzdb-written rule has this shape). */
function ruleOf(value: unknown): Observance['rule'] | 'unreadable' | null {
  const rule = recurValue(value);
  if (!rule) return null;
  if (String(rule.freq).toUpperCase() !== 'YEARLY') return 'unreadable';
  const month = Number(Array.isArray(rule.bymonth) ? rule.bymonth[0] : rule.bymonth);
  const byday = String(Array.isArray(rule.byday) ? rule.byday[0] : rule.byday).toUpperCase();
  const m = /^([+-]?\d)?(SU|MO|TU|WE|TH|FR|SA)$/.exec(byday);
  if (!Number.isInteger(month) || month < 1 || month > 12 || !m) return 'unreadable';
  const until = typeof rule.until === 'string' ? Number(rule.until.slice(0, 4)) : null;
  return {
    month,
    nth: m[1] ? Number(m[1]) : 1,
    weekday: WEEKDAYS.indexOf(m[2] as string),
    untilYear: until,
  };
}

/** Reads one VTIMEZONE, or null when an observance cannot be read (then it is not trusted). */
export function readFileZone(comp: JComp): FileZone | null {
  const tzid = text(comp, 'tzid');
  if (tzid === null) return null;
  const observances: Observance[] = [];
  for (const o of comp.comps) {
    if (o.name !== 'standard' && o.name !== 'daylight') continue;
    const from = offsetOf(props(o, 'tzoffsetfrom')[0]?.values[0]);
    const to = offsetOf(props(o, 'tzoffsetto')[0]?.values[0]);
    const local = localOf(props(o, 'dtstart')[0]?.values[0]);
    const rule = ruleOf(props(o, 'rrule')[0]?.values[0]);
    if (from === null || to === null || local === null || rule === 'unreadable') return null;
    const dates = props(o, 'rdate').flatMap((p) => p.values.map(localOf));
    if (dates.some((d) => d === null)) return null;
    observances.push({ from, to, local, rule, dates: dates.filter((d) => d !== null) });
  }
  return observances.length > 0 ? { tzid: tzid.trim(), observances } : null;
}

/** The local start, in `year`, of the nth (or last, -1) weekday of a month at a wall time. */
function nthWeekday(year: number, rule: NonNullable<Observance['rule']>, timeMs: number): number {
  if (rule.nth < 0) {
    const last = new Date(Date.UTC(year, rule.month, 0));
    const back = (last.getUTCDay() - rule.weekday + 7) % 7;
    return Date.UTC(year, rule.month - 1, last.getUTCDate() - back) + timeMs;
  }
  const first = new Date(Date.UTC(year, rule.month - 1, 1)).getUTCDay();
  const day = 1 + ((rule.weekday - first + 7) % 7) + (rule.nth - 1) * 7;
  return Date.UTC(year, rule.month - 1, day) + timeMs;
}

/** Every onset (instant, offset after) of the zone in the years around `span`, in time order. */
function onsets(zone: FileZone, span: YearSpan): { at: Instant; from: number; to: number }[] {
  const out: { at: Instant; from: number; to: number }[] = [];
  for (const o of zone.observances) {
    const startYear = new Date(o.local).getUTCFullYear();
    const locals = [o.local, ...o.dates];
    if (o.rule) {
      // The wall time of DTSTART (its local ms are negative before 1970, hence the double modulo).
      const day = 24 * 60 * MINUTE;
      const timeMs = ((o.local % day) + day) % day;
      const last = Math.min(span.to + 1, o.rule.untilYear ?? span.to + 1);
      for (let y = Math.max(startYear, span.from - 1); y <= last; y++) {
        locals.push(nthWeekday(y, o.rule, timeMs));
      }
    }
    // DTSTART is usually also the rule's first onset: each onset counts once.
    for (const local of new Set(locals)) {
      if (local >= o.local) out.push({ at: local - o.from * MINUTE, from: o.from, to: o.to });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The offset (minutes east) the file's zone gives at `instant`. */
function fileZoneOffset(zone: FileZone, instant: Instant): number {
  const year = new Date(instant).getUTCFullYear();
  const list = onsets(zone, { from: year, to: year });
  // Before its first onset a zone is at the offset that onset starts from.
  let offset = list[0]?.from ?? 0;
  for (const o of list) {
    if (o.at <= instant) offset = o.to;
    else break;
  }
  return offset;
}

/** The instant a wall time (as UTC-epoch ms of its fields) means in the file's zone. */
export function fileZoneInstant(zone: FileZone, localMs: number): Instant {
  const guess = localMs - fileZoneOffset(zone, localMs) * MINUTE;
  return localMs - fileZoneOffset(zone, guess) * MINUTE;
}

function spanBounds(span: YearSpan): [Instant, Instant] {
  return [Date.UTC(span.from, 0, 1), Date.UTC(span.to + 1, 0, 1)];
}

/** The offset the file's zone keeps all through `span`, or null when it changes. */
export function constantOffset(zone: FileZone, span: YearSpan): number | null {
  const [from, to] = spanBounds(span);
  const first = fileZoneOffset(zone, from);
  const changes = onsets(zone, span).filter((o) => o.at > from && o.at < to);
  return changes.every((o) => o.to === first) ? first : null;
}

/** True when `iana` gives the same offset as the file's zone at every instant of `span`. */
export function agreesWith(zone: FileZone, iana: IanaZone, span: YearSpan): boolean {
  const [from, to] = spanBounds(span);
  // Both are step functions: equal at the start and just after every step of either is equal.
  const probes = [
    from,
    ...onsets(zone, span)
      .map((o) => o.at)
      .filter((t) => t > from && t < to),
    ...offsetChanges(iana, from, to).map((c) => c.at),
  ];
  return probes.every((t) => fileZoneOffset(zone, t) === offsetMinutes(iana, t));
}

/**
 * True when each onset around `span` starts from the offset the one before ended at: a definition
 * whose observances do not follow on (CET rules under "New Zealand Standard Time") says nothing
 * reliable, so its name is used instead.
 */
export function isConsistent(zone: FileZone, span: YearSpan): boolean {
  const [from, to] = spanBounds({ from: span.from - 1, to: span.to + 1 });
  const list = onsets(zone, { from: span.from - 1, to: span.to + 1 }).filter(
    (o) => o.at >= from && o.at < to,
  );
  return list.every((o, i) => i === 0 || o.from === (list[i - 1] as { to: number }).to);
}
