/**
 * Which IANA zones the runtime knows: validation of a zone name, and the list offered in zone
 * pickers (under current names).
 */
import type { IanaZone } from './types';

const zoneValidity = new Map<string, boolean>();

/** True when the runtime knows `zone` as a time zone. */
export function isValidZone(zone: unknown): zone is IanaZone {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
  const known = zoneValidity.get(zone);
  if (known !== undefined) return known;
  let ok = /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone);
  if (ok) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
    } catch {
      ok = false;
    }
  }
  zoneValidity.set(zone, ok);
  return ok;
}

// ICU (and so Intl.supportedValuesOf) still lists some zones under names IANA has since
// replaced; users look for the current ones ('Asia/Kolkata', not 'Asia/Calcutta'). Both names
// are valid in Intl, so only the list shown to users changes.
const CURRENT_NAMES: Record<string, IanaZone> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** Every IANA zone the runtime knows, under its current name, sorted, with 'UTC' included. */
export function listZones(): IanaZone[] {
  const zones = new Set<string>(['UTC']);
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const current = CURRENT_NAMES[zone];
    zones.add(current !== undefined && isValidZone(current) ? current : zone);
  }
  return [...zones].sort();
}

// Links IANA has removed (US/Pacific-New in 2020b) that ICU still resolves: storing one would
// keep a name other software no longer reads, so they are refused rather than followed.
const RETIRED_ZONES = new Set(['us/pacific-new']);

let byLowerName: Map<string, IanaZone> | null = null;

/** Lower-case name → canonical name, for the listed zones and the old names ICU lists. */
function zoneIndex(): Map<string, IanaZone> {
  if (byLowerName) return byLowerName;
  const index = new Map<string, IanaZone>();
  for (const zone of listZones()) index.set(zone.toLowerCase(), zone);
  for (const [old, current] of Object.entries(CURRENT_NAMES)) {
    if (index.has(current.toLowerCase())) index.set(old.toLowerCase(), current);
  }
  byLowerName = index;
  return index;
}

/** True for a zone name IANA has removed, though the runtime may still accept it. */
export function isRetiredZone(zone: string): boolean {
  return RETIRED_ZONES.has(zone.toLowerCase());
}

/**
 * The canonical IANA name of `zone` as the zone list spells it: any letter case, an old name
 * (Asia/Calcutta) or a link the runtime resolves (US/Pacific) gives the listed zone, a zone the
 * list leaves out (etc/gmt-11) the runtime's spelling (Etc/GMT-11); a retired or unknown name
 * gives null.
 */
export function canonicalZone(zone: unknown): IanaZone | null {
  if (!isValidZone(zone) || isRetiredZone(zone)) return null;
  const index = zoneIndex();
  const listed = index.get(zone.toLowerCase());
  if (listed !== undefined) return listed;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  // Zones the list leaves out (Etc/GMT-11) keep the runtime's own canonical spelling.
  return index.get(resolved.toLowerCase()) ?? (isValidZone(resolved) ? resolved : null);
}
