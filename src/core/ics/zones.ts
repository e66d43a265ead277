/**
 * Reads the TZID of an imported event as an IANA zone: IANA names as they are, Windows names
 * (Outlook, Exchange: "Eastern Standard Time") through the CLDR windowsZones mapping for the
 * default territory, Mozilla-style prefixed ids ("/mozilla.org/20050126_1/America/New_York"), and
 * an X-LIC-LOCATION given in the file's own VTIMEZONE. Anything else is an error for that event.
 */
import { isValidZone } from '../time';
import type { IanaZone } from '../types';

/** CLDR windowsZones.xml, territory "001" (the zone Windows means), for the common zones. */
const WINDOWS_ZONES: Readonly<Record<string, IanaZone>> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'UTC-11': 'Etc/GMT+11',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time (Mexico)': 'America/Tijuana',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time (Mexico)': 'America/Mazatlan',
  'Mountain Standard Time': 'America/Denver',
  'Central America Standard Time': 'America/Guatemala',
  'Central Standard Time': 'America/Chicago',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'SA Pacific Standard Time': 'America/Bogota',
  'Eastern Standard Time (Mexico)': 'America/Cancun',
  'Eastern Standard Time': 'America/New_York',
  'US Eastern Standard Time': 'America/Indiana/Indianapolis',
  'Venezuela Standard Time': 'America/Caracas',
  'Atlantic Standard Time': 'America/Halifax',
  'SA Western Standard Time': 'America/La_Paz',
  'Pacific SA Standard Time': 'America/Santiago',
  'Newfoundland Standard Time': 'America/St_Johns',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Argentina/Buenos_Aires',
  'SA Eastern Standard Time': 'America/Cayenne',
  'Montevideo Standard Time': 'America/Montevideo',
  'UTC-02': 'Etc/GMT+2',
  'Azores Standard Time': 'Atlantic/Azores',
  'Cape Verde Standard Time': 'Atlantic/Cape_Verde',
  UTC: 'Etc/UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'Morocco Standard Time': 'Africa/Casablanca',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris',
  'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'GTB Standard Time': 'Europe/Bucharest',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'Egypt Standard Time': 'Africa/Cairo',
  'FLE Standard Time': 'Europe/Kyiv',
  'Israel Standard Time': 'Asia/Jerusalem',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Arabic Standard Time': 'Asia/Baghdad',
  'Arab Standard Time': 'Asia/Riyadh',
  'Russian Standard Time': 'Europe/Moscow',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'Iran Standard Time': 'Asia/Tehran',
  'Arabian Standard Time': 'Asia/Dubai',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Kolkata',
  'Sri Lanka Standard Time': 'Asia/Colombo',
  'Nepal Standard Time': 'Asia/Kathmandu',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'Myanmar Standard Time': 'Asia/Yangon',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Taipei Standard Time': 'Asia/Taipei',
  'W. Australia Standard Time': 'Australia/Perth',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'AUS Central Standard Time': 'Australia/Darwin',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'Tasmania Standard Time': 'Australia/Hobart',
  'Lord Howe Standard Time': 'Australia/Lord_Howe',
  'West Pacific Standard Time': 'Pacific/Port_Moresby',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'Tonga Standard Time': 'Pacific/Tongatapu',
  'Philippine Standard Time': 'Asia/Manila',
};

/** A zone that was found, or why none was (the message names the TZID). */
export type ZoneLookup =
  { ok: true; zone: IanaZone; notice: string | null } | { ok: false; reason: string };

/**
 * Resolves a TZID. `fileLocations` maps a TZID to the X-LIC-LOCATION of the file's VTIMEZONE.
 * Windows names resolve to the same zone CLDR gives; the runtime then supplies current rules.
 */
export function resolveTzid(tzid: string, fileLocations: ReadonlyMap<string, string>): ZoneLookup {
  const id = tzid.trim().replace(/^"|"$/g, '');
  if (isValidZone(id)) return { ok: true, zone: id, notice: null };
  const windows = WINDOWS_ZONES[id];
  if (windows !== undefined && isValidZone(windows)) {
    return { ok: true, zone: windows, notice: `Windows zone "${id}" read as ${windows}.` };
  }
  // "/mozilla.org/20050126_1/America/New_York", "/citadel.org/20190914_1/Europe/Berlin".
  const tail = /^\/.*?\/([A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/.exec(id);
  if (tail?.[1] && isValidZone(tail[1])) return { ok: true, zone: tail[1], notice: null };
  const location = fileLocations.get(tzid);
  if (location !== undefined && isValidZone(location)) {
    return { ok: true, zone: location, notice: `Time zone "${id}" read as ${location}.` };
  }
  return {
    ok: false,
    reason: `Unknown time zone "${tzid.trim().slice(0, 80)}": it is neither an IANA nor a Windows zone name, so the time cannot be placed safely.`,
  };
}
