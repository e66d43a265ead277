/**
 * A typed view of ical.js's jCal output (RFC 7265 arrays), checked element by element so nothing
 * parsed from a file is trusted by a cast, plus readers for the value types the import needs.
 */
import { isValidClock, isValidDay } from '../time';
import type { CalendarDay, ClockTime, Instant } from '../types';

export type JProp = {
  name: string;
  params: Record<string, string>;
  type: string;
  values: unknown[];
};
export type JComp = { name: string; props: JProp[]; comps: JComp[] };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function toProp(x: unknown): JProp | null {
  if (!Array.isArray(x) || x.length < 3) return null;
  const arr: unknown[] = x;
  const [name, params, type, ...values] = arr;
  if (typeof name !== 'string' || typeof type !== 'string' || !isRecord(params)) return null;
  const clean: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'string') clean[k] = v;
    else if (Array.isArray(v) && typeof v[0] === 'string') clean[k] = v[0];
  }
  return { name, params: clean, type, values };
}

/** Converts one jCal component, or null when the shape is not jCal. */
export function toComp(x: unknown): JComp | null {
  if (!Array.isArray(x) || x.length !== 3) return null;
  const arr: unknown[] = x;
  const [name, props, comps] = arr;
  if (typeof name !== 'string' || !Array.isArray(props) || !Array.isArray(comps)) return null;
  const outProps: JProp[] = [];
  for (const p of props) {
    const prop = toProp(p);
    if (!prop) return null;
    outProps.push(prop);
  }
  const outComps: JComp[] = [];
  for (const c of comps) {
    const comp = toComp(c);
    if (!comp) return null;
    outComps.push(comp);
  }
  return { name, props: outProps, comps: outComps };
}

/** All properties of a name. */
export function props(comp: JComp, name: string): JProp[] {
  return comp.props.filter((p) => p.name === name);
}

/** RFC 5545 TEXT unescaping, for properties ical.js does not know (X-WR-CALNAME, NAME). */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The first value of the first property of a name, when it is a string (TEXT unescaped). */
export function text(comp: JComp, name: string): string | null {
  const prop = props(comp, name)[0];
  const value = prop?.values[0];
  if (typeof value !== 'string') return null;
  return prop?.type === 'unknown' ? unescapeText(value) : value;
}

/** A DATE or DATE-TIME value as written: a day, a UTC instant, or a wall time with its TZID. */
export type TimeValue =
  | { kind: 'date'; day: CalendarDay }
  | { kind: 'utc'; instant: Instant; seconds: number }
  | { kind: 'local'; day: CalendarDay; time: ClockTime; tzid: string | null; seconds: number };

const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(Z?)$/;

/**
 * Reads one jCal date or date-time string; null when it is not a real date or time. The planner
 * keeps minutes: seconds are dropped from the time and returned, so the reader can say so.
 */
export function timeValue(value: unknown, tzid: string | null): TimeValue | null {
  if (typeof value !== 'string') return null;
  // "2002-10-28T::" is how ical.js passes on a DATE written without VALUE=DATE (Apple iCal 1,
  // Google's EXDATE lists): it is a date, as other readers take it.
  const bare = /^(\d{4}-\d{2}-\d{2})(?:T::)?$/.exec(value)?.[1];
  if (bare !== undefined) return isValidDay(bare) ? { kind: 'date', day: bare } : null;
  const m = DATE_TIME_RE.exec(value);
  if (!m) return null;
  const day = m[1] as string;
  const time = `${m[2]}:${m[3]}`;
  if (!isValidDay(day) || !isValidClock(time) || Number(m[4]) > 60) return null;
  if (m[5] === 'Z') {
    const instant = Date.UTC(
      Number(day.slice(0, 4)),
      Number(day.slice(5, 7)) - 1,
      Number(day.slice(8, 10)),
      Number(m[2]),
      Number(m[3]),
    );
    return { kind: 'utc', instant, seconds: Number(m[4]) };
  }
  return { kind: 'local', day, time, tzid, seconds: Number(m[4]) };
}

/** Every time value of the properties of a name (EXDATE lists several per line). */
export function timeValues(comp: JComp, name: string): (TimeValue | null)[] {
  const out: (TimeValue | null)[] = [];
  for (const p of props(comp, name)) {
    for (const v of p.values) out.push(timeValue(v, p.params.tzid ?? null));
  }
  return out;
}

/** The first time value of a property, or null. */
export function firstTime(comp: JComp, name: string): TimeValue | null {
  const p = props(comp, name)[0];
  return p ? timeValue(p.values[0], p.params.tzid ?? null) : null;
}

const DURATION_RE = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** A DURATION value in minutes (days as 1440 minutes, seconds dropped), or null. */
export function durationMinutes(value: unknown): number | null {
  if (typeof value !== 'string' || value === 'P' || value.endsWith('T')) return null;
  const m = DURATION_RE.exec(value);
  if (!m) return null;
  const n = (i: number): number => Number(m[i] ?? 0);
  const minutes = n(2) * 7 * 1440 + n(3) * 1440 + n(4) * 60 + n(5) + Math.floor(n(6) / 60);
  return m[1] === '-' ? -minutes : minutes;
}

/** The recurrence rule object of an RRULE value, with string keys and lists kept as given. */
export function recurValue(value: unknown): Record<string, unknown> | null {
  return isRecord(value) ? value : null;
}
