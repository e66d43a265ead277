/**
 * One VCALENDAR holding every published item, for the first publish into the app's own empty
 * calendar on a server that stores a whole calendar PUT to its collection URL as one object per
 * UID (Radicale does, atomically, at the cost of one request instead of one per event).
 *
 * It is assembled from the items' own text, so it carries exactly their UIDs, events (with
 * their overrides and alarms) and VTIMEZONEs; nothing is written anew. Anything that would not
 * split back into the same objects — an item that is not one VCALENDAR of VEVENTs with its own
 * UID, two different definitions of one zone, a UID the server would store under another name —
 * makes it refuse (null), and the caller sends the items one by one as usual.
 */
import type { PublishedItem } from '../bridge/sync-contract';
import { escapeText, foldLine } from '../ics/format';
import { objectName } from './sync-state';

/** What one item's calendar text holds at its top level. */
type Parts = { prodid: string | null; timezones: Map<string, string>; events: string[] };

const CRLF = '\r\n';

/** The value of a property of a component (its lines unfolded), or null. */
function property(lines: readonly string[], name: string): string | null {
  const unfolded = lines.join(CRLF).replace(/\r\n[ \t]/g, '');
  const re = new RegExp(`^${name}(?:;[^:\\r\\n]*)?:([^\\r\\n]*)$`, 'm');
  return re.exec(unfolded)?.[1] ?? null;
}

/** The top-level components of one VCALENDAR, or null when it is anything else. */
function partsOf(ics: string): Parts | null {
  const lines = ics.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (lines[0] !== 'BEGIN:VCALENDAR' || lines[lines.length - 1] !== 'END:VCALENDAR') return null;
  const parts: Parts = { prodid: null, timezones: new Map(), events: [] };
  let block: string[] | null = null;
  let depth = 0;
  for (const line of lines.slice(1, -1)) {
    if (line.startsWith('BEGIN:')) depth += 1;
    if (depth === 0) {
      if (line.startsWith('PRODID:')) parts.prodid = line;
      continue;
    }
    (block ??= []).push(line);
    if (line.startsWith('END:')) depth -= 1;
    if (depth > 0) continue;
    const [first = ''] = block;
    const text = block.join(CRLF);
    if (first === 'BEGIN:VEVENT') parts.events.push(text);
    else if (first === 'BEGIN:VTIMEZONE') {
      const tzid = property(block, 'TZID');
      if (tzid === null) return null;
      parts.timezones.set(tzid, text);
    } else return null;
    block = null;
  }
  return depth === 0 && block === null ? parts : null;
}

/**
 * Whether the server will name this UID's object exactly as the app does (`<uid>.ics`): it
 * uses the UID itself when that is a safe file name, so only UIDs the app spells unchanged
 * qualify.
 */
function storedUnderItsName(uid: string): boolean {
  return objectName(uid) === `${uid}.ics` && !uid.toLowerCase().endsWith('.ics');
}

/** The one calendar of all `items`, named `displayName`; null when it would not split back. */
export function bulkCalendar(items: readonly PublishedItem[], displayName: string): string | null {
  const timezones = new Map<string, string>();
  const events: string[] = [];
  let prodid: string | null = null;
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.uid) || !storedUnderItsName(item.uid)) return null;
    seen.add(item.uid);
    const parts = partsOf(item.ics);
    if (!parts || parts.events.length === 0) return null;
    for (const event of parts.events) {
      if (property(event.split(CRLF), 'UID') !== item.uid) return null;
      events.push(event);
    }
    for (const [tzid, text] of parts.timezones) {
      const known = timezones.get(tzid);
      if (known !== undefined && known !== text) return null;
      timezones.set(tzid, text);
    }
    prodid ??= parts.prodid;
  }
  const head = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    prodid ?? 'PRODID:-//Hybrid Planner//Hybrid Planner//EN',
    'CALSCALE:GREGORIAN',
    // Radicale takes the collection's display name from this when it stores a whole calendar.
    foldLine(`X-WR-CALNAME:${escapeText(displayName)}`),
  ];
  return [...head, ...timezones.values(), ...events, 'END:VCALENDAR', ''].join(CRLF);
}

/** Whether an item's text defines a time zone (the server rewrites those when storing in bulk). */
export function definesTimezone(item: PublishedItem): boolean {
  return item.ics.includes('BEGIN:VTIMEZONE');
}
