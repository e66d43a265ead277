/**
 * The calendar data of one busy event, so an invitation can be turned into a commitment through
 * the ICS import (the same zone matching, client suggestion, monthly rules and time off as a
 * file): the event's VEVENTs (its series and its changed occurrences) and the VTIMEZONEs they
 * name, cut out of the calendar text they came in. What the import never reads and what makes
 * invitations big (attachments, HTML descriptions, attendee lists) is left out; an event still
 * larger than MAX_BUSY_SOURCE_CHARS has no data, so busy time never carries megabytes.
 */
import ICAL from 'ical.js';
import { MAX_BUSY_SOURCE_CHARS } from '../bridge/sync-contract';
import { derivedUid } from '../ics/import';
import { props, text, toComp } from '../ics/jcal';

/** Properties the import does not read that can make one event hundreds of kilobytes. */
const LEFT_OUT = new Set(['attach', 'x-alt-desc', 'attendee']);

/** Properties whose TZID a VTIMEZONE must be kept for. */
const TIMED = ['dtstart', 'dtend', 'due', 'exdate', 'rdate', 'recurrence-id'];

/** A raw jCal component as ical.js gives it: [name, properties, components]. */
type Raw = [string, unknown[], unknown[]];

function asRaw(x: unknown): Raw | null {
  if (!Array.isArray(x) || x.length !== 3) return null;
  const [name, list, comps]: unknown[] = x;
  if (typeof name !== 'string' || !Array.isArray(list) || !Array.isArray(comps)) return null;
  return [name, list, comps];
}

/** A property's name, as ical.js writes it (lower case). */
function propName(p: unknown): string {
  return Array.isArray(p) && typeof p[0] === 'string' ? p[0] : '';
}

function calendars(parsed: unknown): Raw[] {
  const list: unknown[] = Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : [];
  if (list.length === 0 && Array.isArray(parsed)) list.push(...parsed);
  return list.flatMap((x) => {
    const raw = asRaw(x);
    return raw && raw[0] === 'vcalendar' ? [raw] : [];
  });
}

/** One calendar's events by the UID the import gives them, and its zones by TZID. */
type Index = { calendar: Raw; events: Map<string, Raw[]>; zones: Map<string, Raw> };

function indexOf(cal: Raw): Index {
  const events = new Map<string, Raw[]>();
  const zones = new Map<string, Raw>();
  for (const c of cal[2]) {
    const raw = asRaw(c);
    const comp = raw ? toComp(raw) : null;
    if (!raw || !comp) continue;
    if (comp.name === 'vtimezone') {
      const tzid = text(comp, 'tzid');
      if (tzid !== null) zones.set(tzid, raw);
    } else if (comp.name === 'vevent') {
      const uid = text(comp, 'uid') ?? derivedUid(comp);
      events.set(uid, [...(events.get(uid) ?? []), raw]);
    }
  }
  return { calendar: cal, events, zones };
}

/** The TZIDs an event's times name. */
function tzids(event: Raw): Set<string> {
  const comp = toComp(event);
  const out = new Set<string>();
  for (const name of TIMED) {
    for (const p of comp ? props(comp, name) : []) if (p.params.tzid) out.add(p.params.tzid);
  }
  return out;
}

function slim(event: Raw): Raw {
  return [event[0], event[1].filter((p) => !LEFT_OUT.has(propName(p))), event[2]];
}

function sourceIn(index: Index, uid: string): string | null {
  // A changed occurrence of a series not in the text is imported as `${uid}#${recurrence-id}`.
  const cut = uid.lastIndexOf('#');
  const events = index.events.get(uid) ?? (cut > 0 ? index.events.get(uid.slice(0, cut)) : null);
  if (!events) return null;
  const named = new Set(events.flatMap((e) => [...tzids(e)]));
  const zones = [...named].flatMap((id) => {
    const zone = index.zones.get(id);
    return zone ? [zone] : [];
  });
  const head = index.calendar[1].filter((p) => propName(p) !== 'method');
  const text = ICAL.stringify(['vcalendar', head, [...zones, ...events.map(slim)]]);
  return text.length <= MAX_BUSY_SOURCE_CHARS ? text : null;
}

/**
 * A reader of the calendar data of each event of a calendar by the UID the import gives it (null
 * when it has none, or it is too large), from the jCal the import parsed the calendar text into
 * (parseIcsWithJcal), so the text is not parsed a second time; it is indexed on the first call.
 */
export function eventSources(jcal: unknown): (uid: string) => string | null {
  let indexes: Index[] | null = null;
  const done = new Map<string, string | null>();
  return (uid) => {
    const known = done.get(uid);
    if (known !== undefined) return known;
    if (indexes === null) {
      try {
        indexes = calendars(jcal).map(indexOf);
      } catch {
        indexes = [];
      }
    }
    let found: string | null = null;
    for (const index of indexes) {
      try {
        found = sourceIn(index, uid);
      } catch {
        // What ical.js read it can write back; should it not, the event just has no data.
        found = null;
      }
      if (found !== null) break;
    }
    done.set(uid, found);
    return found;
  };
}
