/**
 * Reads an .ics file into an import preview with ical.js (unfolding, unescaping, value parsing)
 * and the checks in import-guard.ts. Times are placed with time.ts from the TZID's IANA zone, not
 * from the file's VTIMEZONE, so an outdated table in the file cannot shift a commitment and no
 * global ical.js time-zone state is touched. A refused file gives a typed error and no events.
 */
import ICAL from 'ical.js';
import { isValidZone } from '../time';
import { readEvent } from './import-event';
import type { ReadContext, ReadResult } from './import-event';
import { fitForSaving } from './import-check';
import { checkCalendarShape, checkRawText } from './import-guard';
import { repairIcs } from './import-repair';
import { props, text, toComp } from './jcal';
import type { JComp } from './jcal';
import { isAllDay, readTimeOff } from './import-time-off';
import type { TimeOffRead } from './import-time-off';
import { readFileZone } from './vtimezone-read';
import type { FileZone } from './vtimezone-read';
import type { ImportPreview, IcsError, ParseOptions, ParseResult } from './types';

/** More events than this in one file is not a calendar a person exports. */
export const MAX_IMPORT_EVENTS = 20_000;

function refused(code: IcsError['code'], message: string): ParseResult {
  return { ok: false, error: { code, message } };
}

/** A stable stand-in UID for an event without one, so re-importing the file still matches. */
export function derivedUid(v: JComp): string {
  const seed = `${text(v, 'summary') ?? ''}|${JSON.stringify(props(v, 'dtstart')[0]?.values ?? [])}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `no-uid-${hash.toString(16).padStart(8, '0')}@import`;
}

function calendarsOf(parsed: unknown): JComp[] | null {
  const list: unknown[] = Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : [];
  if (list.length === 0 && Array.isArray(parsed)) list.push(...parsed);
  const out: JComp[] = [];
  for (const item of list) {
    const comp = toComp(item);
    if (!comp) return null;
    if (comp.name === 'vcalendar') out.push(comp);
  }
  return out;
}

function contextOf(calendars: JComp[], options: ParseOptions): ReadContext {
  const locations = new Map<string, string>();
  const zones = new Map<string, FileZone>();
  let calendarZone: string | null = null;
  for (const cal of calendars) {
    const zone = text(cal, 'x-wr-timezone');
    if (calendarZone === null && zone !== null && isValidZone(zone)) calendarZone = zone;
    for (const tz of cal.comps.filter((c) => c.name === 'vtimezone')) {
      const tzid = text(tz, 'tzid');
      const location = text(tz, 'x-lic-location');
      if (tzid !== null && location !== null) locations.set(tzid, location);
      const rules = readFileZone(tz);
      if (tzid !== null && rules !== null) zones.set(tzid, rules);
    }
  }
  return { homeZone: options.homeZone, calendarZone, file: { locations, zones } };
}

/** Adds a read event to the preview as saving will take it, or with why it cannot be saved. */
function take(result: ImportPreview, read: ReadResult, options: ParseOptions): void {
  const fitted = read.ok ? fitForSaving(read.event, options.fileName ?? null) : read;
  if (fitted.ok) result.events.push(fitted.event);
  else result.skipped.push(fitted.skipped);
}

function offerTimeOff(result: ImportPreview, read: TimeOffRead): void {
  if (read.ok) result.timeOff.push(read.offer);
  else result.skipped.push(read.skipped);
}

function preview(calendars: JComp[], options: ParseOptions, repairs: string[]): ParseResult {
  const ctx = contextOf(calendars, options);
  const vevents = calendars.flatMap((cal) => cal.comps.filter((c) => c.name === 'vevent'));
  if (vevents.length > MAX_IMPORT_EVENTS) {
    return refused(
      'too-many-events',
      `The file has ${vevents.length} events; the limit is ${MAX_IMPORT_EVENTS}.`,
    );
  }
  const masters = new Map<string, JComp>();
  const overrides = new Map<string, JComp[]>();
  for (const v of vevents) {
    const uid = text(v, 'uid') ?? derivedUid(v);
    if (props(v, 'recurrence-id').length > 0)
      overrides.set(uid, [...(overrides.get(uid) ?? []), v]);
    // A repeated master UID (an older copy in the same file): the last one wins.
    else masters.set(uid, v);
  }
  const result: ImportPreview = {
    calendarName: text(calendars[0] ?? { name: '', props: [], comps: [] }, 'x-wr-calname'),
    events: [],
    timeOff: [],
    skipped: [],
    repairs,
  };
  for (const [uid, v] of masters) {
    if (isAllDay(v)) offerTimeOff(result, readTimeOff(v, uid));
    else take(result, readEvent(v, uid, overrides.get(uid) ?? [], ctx), options);
  }
  for (const [uid, list] of overrides) {
    if (masters.has(uid)) continue;
    // An invitation for one changed meeting of someone else's series: each is a one-off, with a
    // UID of its own so that two of them from one series stay two.
    for (const o of list) {
      const rid = JSON.stringify(props(o, 'recurrence-id')[0]?.values[0] ?? '');
      const oneUid = `${uid}#${rid.replace(/"/g, '')}`;
      if (isAllDay(o)) offerTimeOff(result, readTimeOff(o, oneUid));
      else take(result, readEvent(o, oneUid, [], ctx, { orphan: true }), options);
    }
  }
  result.events.sort((a, b) => a.start - b.start);
  result.timeOff.sort((a, b) =>
    a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0,
  );
  return { ok: true, preview: result };
}

/** What parseIcs gives, with the jCal ical.js read the file into (null when it was refused). */
export type IcsRead = { result: ParseResult; jcal: unknown };

function refusedRead(code: IcsError['code'], message: string): IcsRead {
  return { result: refused(code, message), jcal: null };
}

/**
 * parseIcs, keeping the jCal it parsed, for a caller that also cuts components out of the file
 * (busy-source.ts): the text is then parsed once, not once per reader. The jCal is only read.
 */
export function parseIcsWithJcal(text: string, options: ParseOptions): IcsRead {
  if (typeof text !== 'string') return refusedRead('not-icalendar', 'The file is not text.');
  if (!isValidZone(options.homeZone)) {
    return refusedRead('malformed', 'The home zone is not valid.');
  }
  const guard = checkRawText(text);
  if (guard) return { result: { ok: false, error: guard }, jcal: null };
  const repaired = repairIcs(text);
  const shape = checkCalendarShape(repaired.text);
  if (shape) return { result: { ok: false, error: shape }, jcal: null };
  let jcal: unknown;
  try {
    jcal = ICAL.parse(repaired.text);
  } catch (e) {
    const detail = e instanceof Error ? e.message.slice(0, 200) : 'unknown error';
    return refusedRead('malformed', `The calendar could not be read: ${detail}.`);
  }
  const calendars = calendarsOf(jcal);
  if (calendars === null) return refusedRead('malformed', 'The calendar could not be read.');
  if (calendars.length === 0) {
    return refusedRead('not-icalendar', 'The file contains no VCALENDAR.');
  }
  try {
    const result = preview(calendars, options, repaired.repairs);
    return { result, jcal: result.ok ? jcal : null };
  } catch (e) {
    // A defect or an input no check foresaw: still a refusal, never a half-read file.
    const detail = e instanceof Error ? e.message.slice(0, 200) : 'unknown error';
    return refusedRead('malformed', `The calendar could not be read: ${detail}.`);
  }
}

/** Reads an iCalendar text into a preview of importable events, or a typed error; never throws. */
export function parseIcs(text: string, options: ParseOptions): ParseResult {
  return parseIcsWithJcal(text, options).result;
}
