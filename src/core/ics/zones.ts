/**
 * Reads the TZID of an imported event as an IANA zone. Names come first: IANA ids as they are,
 * Mozilla-style prefixed ids, Windows ids and display names (zone-names.ts), the X-LIC-LOCATION of
 * the file's VTIMEZONE. When the file defines the TZID in a VTIMEZONE, a name is only taken if its
 * zone's rules agree with that definition over the years the event spans; otherwise the IANA
 * zones are searched for one that agrees. When none does, the file's own rules place the times.
 * An IANA id whose VTIMEZONE disagrees keeps the IANA rules (an outdated table in the file must
 * not shift a commitment), and that is said.
 */
import { isValidZone, listZones } from '../time';
import type { IanaZone } from '../types';
import { agreesWith, constantOffset, isConsistent } from './vtimezone-read';
import type { FileZone, YearSpan } from './vtimezone-read';
import { DISPLAY_ZONES, displayKey, WINDOWS_ZONES } from './zone-names';

/** What the file says about its zones: VTIMEZONE definitions and X-LIC-LOCATIONs, by TZID. */
export type FileZones = {
  locations: ReadonlyMap<string, string>;
  zones: ReadonlyMap<string, FileZone>;
};

/**
 * A zone that was found; or the file's own rules when no IANA zone agrees with them; or why
 * neither can place the time (the message names the TZID).
 */
export type ZoneLookup =
  | { ok: true; zone: IanaZone; notice: string | null }
  | { ok: 'rules'; rules: FileZone; notice: string }
  | { ok: false; reason: string };

/** Zones tried first when searching by rules: the one zone each Windows zone stands for. */
let searchOrder: IanaZone[] | null = null;
/** Lookups by file (definitions differ by file) and by TZID and span. */
const cache = new WeakMap<FileZones, Map<string, ZoneLookup>>();

function searchZones(): IanaZone[] {
  if (searchOrder === null) {
    const preferred = [...Object.values(WINDOWS_ZONES), ...Object.values(DISPLAY_ZONES)];
    searchOrder = [...new Set([...preferred, ...listZones()])].filter(isValidZone);
  }
  return searchOrder;
}

function years(span: YearSpan): string {
  return span.from === span.to ? String(span.from) : `${span.from}–${span.to}`;
}

/** The zones a TZID names, with how it was read (for the notice). */
function named(
  id: string,
  locations: ReadonlyMap<string, string>,
  raw: string,
): [IanaZone, string][] {
  const out: [IanaZone, string][] = [];
  if (isValidZone(id)) out.push([id, '']);
  // "/mozilla.org/20050126_1/America/New_York", "/citadel.org/20190914_1/Europe/Berlin".
  const tail = /^\/.*?\/([A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/.exec(id)?.[1];
  if (tail !== undefined && isValidZone(tail)) out.push([tail, '']);
  const windows = WINDOWS_ZONES[id];
  if (windows !== undefined) out.push([windows, `Windows zone "${id}" read as ${windows}.`]);
  const display = DISPLAY_ZONES[displayKey(id)];
  if (display !== undefined) out.push([display, `Time zone "${id}" read as ${display}.`]);
  const location = locations.get(raw);
  if (location !== undefined && isValidZone(location)) {
    out.push([location, `Time zone "${id}" read as ${location}.`]);
  }
  return out.filter(([zone]) => isValidZone(zone));
}

/** A fixed-offset zone for a whole-hour offset (Etc/GMT signs are inverted), or UTC. */
function fixedZone(offset: number): IanaZone | null {
  if (offset === 0) return 'UTC';
  if (offset % 60 !== 0) return null;
  const hours = -offset / 60;
  const zone = `Etc/GMT${hours > 0 ? '+' : '-'}${Math.abs(hours)}`;
  return isValidZone(zone) ? zone : null;
}

function byRules(
  id: string,
  rules: FileZone,
  span: YearSpan,
  disagreed: IanaZone | null,
): ZoneLookup {
  const why = disagreed
    ? `"${id}" names ${disagreed}, but the file's own definition of it differs in ${years(span)}`
    : `"${id}" is not a zone name the planner knows`;
  const offset = constantOffset(rules, span);
  const fixed = offset === null ? null : fixedZone(offset);
  if (fixed !== null) {
    return {
      ok: true,
      zone: fixed,
      notice: `${why}; its definition has no DST change, so it is read as ${fixed}.`,
    };
  }
  const match = searchZones().find((zone) => agreesWith(rules, zone, span));
  if (match !== undefined) {
    return {
      ok: true,
      zone: match,
      notice: `${why}; its definition matches ${match} in ${years(span)}, so it is read as ${match}.`,
    };
  }
  return {
    ok: 'rules',
    rules,
    notice: `${why}, and its definition matches no known zone in ${years(span)}: the times are placed by the file's own rules.`,
  };
}

function resolve(tzid: string, file: FileZones, span: YearSpan): ZoneLookup {
  const id = tzid.trim().replace(/^"|"$/g, '');
  const defined = file.zones.get(tzid) ?? file.zones.get(id);
  const rules = defined && isConsistent(defined, span) ? defined : undefined;
  let disagreed: IanaZone | null = null;
  for (const [zone, notice] of named(id, file.locations, tzid)) {
    if (defined && !rules) {
      const said = `The file's definition of "${id}" is inconsistent (its offsets do not follow on), so it was read by its name as ${zone}.`;
      return { ok: true, zone, notice: said };
    }
    if (!rules) return { ok: true, zone, notice: notice || null };
    if (agreesWith(rules, zone, span)) {
      // Say that the name was checked against the file's definition, not taken on trust.
      const checked = notice ? `${notice.slice(0, -1)}; the file's definition agrees.` : null;
      return { ok: true, zone, notice: checked };
    }
    if (zone === id) {
      return {
        ok: true,
        zone,
        notice: `The file's own definition of ${zone} differs from the ${zone} rules in ${years(span)}; the ${zone} rules were used.`,
      };
    }
    disagreed ??= zone;
  }
  if (rules) return byRules(id, rules, span, disagreed);
  return {
    ok: false,
    reason: `Unknown time zone "${id.slice(0, 80)}": it is neither an IANA nor a Windows zone name and the file does not define it, so the time cannot be placed safely.`,
  };
}

/** Resolves a TZID for an event spanning the years `span`, with the file's zone definitions. */
export function resolveTzid(tzid: string, file: FileZones, span: YearSpan): ZoneLookup {
  let memo = cache.get(file);
  if (memo === undefined) {
    memo = new Map();
    cache.set(file, memo);
  }
  const key = `${tzid}|${span.from}|${span.to}`;
  let found = memo.get(key);
  if (found === undefined) {
    found = resolve(tzid, file, span);
    memo.set(key, found);
  }
  return found;
}
