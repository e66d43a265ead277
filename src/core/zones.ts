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
