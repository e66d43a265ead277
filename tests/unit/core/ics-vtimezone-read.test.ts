/** The reader of a file's own VTIMEZONE, checked against the VTIMEZONEs the exporter writes. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toComp } from '../../../src/core/ics/jcal';
import { buildVtimezone } from '../../../src/core/ics/vtimezone';
import { agreesWith, constantOffset, readFileZone } from '../../../src/core/ics/vtimezone-read';
import type { FileZone } from '../../../src/core/ics/vtimezone-read';

/** The exporter's VTIMEZONE for `zone`, read back by the import side. */
function fileZone(zone: string, from: number, to: number): FileZone {
  const text = `BEGIN:VCALENDAR\r\n${buildVtimezone(zone, from, to)}\r\nEND:VCALENDAR\r\n`;
  const cal = toComp(ICAL.parse(text));
  const tz = cal?.comps.find((c) => c.name === 'vtimezone');
  const read = tz ? readFileZone(tz) : null;
  if (!read) throw new Error(`no VTIMEZONE read for ${zone}`);
  return read;
}

const SPAN = { from: 2024, to: 2026 };
const ZONES = [
  'America/New_York',
  'Europe/London',
  'Australia/Sydney',
  'Pacific/Auckland',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'America/Santiago',
];

describe('readFileZone and agreesWith', () => {
  it.each(ZONES)('%s: the exported definition agrees with its own zone', (zone) => {
    expect(agreesWith(fileZone(zone, 2024, 2026), zone, SPAN)).toBe(true);
  });

  it('tells zones with the same offsets but other DST dates apart', () => {
    expect(agreesWith(fileZone('America/New_York', 2024, 2026), 'America/Toronto', SPAN)).toBe(
      true,
    );
    expect(agreesWith(fileZone('America/New_York', 2024, 2026), 'America/Havana', SPAN)).toBe(
      false,
    );
    expect(agreesWith(fileZone('Europe/London', 2024, 2026), 'Africa/Casablanca', SPAN)).toBe(
      false,
    );
    expect(agreesWith(fileZone('Australia/Sydney', 2024, 2026), 'Australia/Brisbane', SPAN)).toBe(
      false,
    );
  });

  it('finds a constant offset only where the zone keeps one', () => {
    expect(constantOffset(fileZone('Asia/Kolkata', 2024, 2026), SPAN)).toBe(330);
    expect(constantOffset(fileZone('America/Sao_Paulo', 2024, 2026), SPAN)).toBe(-180);
    expect(constantOffset(fileZone('Europe/London', 2024, 2026), SPAN)).toBeNull();
  });
});
