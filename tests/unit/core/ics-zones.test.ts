/** Outlook and Exchange zone names, matched by the rules of the file's own VTIMEZONE. */
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../src/core/ics';
import type { ImportPreview } from '../../../src/core/ics';
import { corpusFile } from '../fixtures/ics/corpus';

function preview(text: string): ImportPreview {
  const result = parseIcs(text, { homeZone: 'Europe/London' });
  if (!result.ok) throw new Error(`expected a preview, got ${result.error.message}`);
  return result.preview;
}

const zonesOf = (name: string): string[] =>
  preview(corpusFile(name)).events.map((e) => e.draft.zone);

/** A one-event calendar whose zone "tzid" is defined by the given observances. */
function withZone(tzid: string, observances: string, start: string, rule = ''): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    observances,
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    'UID:zone-test',
    'SUMMARY:Call',
    `DTSTART;TZID=${tzid}:${start}`,
    'DURATION:PT30M',
    ...(rule ? [rule] : []),
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

const AUS_EASTERN = [
  'BEGIN:STANDARD',
  'DTSTART:16010101T030000',
  'TZOFFSETFROM:+1100',
  'TZOFFSETTO:+1000',
  'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:+1000',
  'TZOFFSETTO:+1100',
  'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10',
  'END:DAYLIGHT',
].join('\r\n');

describe('zone names from Outlook, Exchange and Lotus Notes', () => {
  it.each([
    ['exchange_bad_ms_tz.ics', ['America/New_York']],
    [
      'exchange_owa_2012.ics',
      ['Australia/Sydney', 'America/New_York', 'America/New_York', 'America/New_York'],
    ],
    ['outlook11_standup.ics', ['Australia/Sydney']],
    ['lotus_notes_request.ics', ['America/New_York']],
    ['exchange_blank_tzid.ics', ['UTC']],
    ['icalendar_bad_tzid.ics', ['Etc/GMT-11']],
    ['outlook12_display_name_tzid.ics', ['Asia/Singapore']],
    ['exchange_cdo_request_tijuana.ics', ['America/Tijuana']],
  ])('%s is read in %j', (name, zones) => {
    expect(zonesOf(name)).toEqual(zones);
  });

  it('says when a display name was checked against the file’s definition', () => {
    const e = preview(corpusFile('outlook11_standup.ics')).events[0];
    expect(e?.notices).toContain(
      'Time zone "Canberra, Melbourne, Sydney" read as Australia/Sydney; the file\'s definition agrees.',
    );
  });

  it('reads a self-contradicting VTIMEZONE by its name, and says so', () => {
    const e = preview(corpusFile('khal_windows_tz_format.ics')).events[0];
    expect(e?.draft.zone).toBe('Pacific/Auckland');
    expect(e?.start).toBe(Date.UTC(2019, 10, 20, 0));
    expect(e?.notices.join(' ')).toMatch(/inconsistent .* read by its name as Pacific\/Auckland/);
  });

  it('reads "1" and "Customized Time Zone" by the rules of their VTIMEZONE, and says so', () => {
    const p = preview(corpusFile('exchange_int_tzid.ics'));
    const e = p.events.find((x) => x.notices.some((n) => n.includes('"1"')));
    expect(e?.draft.zone).toBe('Europe/Berlin');
    expect(e?.notices.join(' ')).toMatch(/definition matches Europe\/Berlin in 2024/);
  });

  it('does not trust "Eastern" when its VTIMEZONE has Australian rules', () => {
    const e = preview(withZone('Eastern', AUS_EASTERN, '20260105T090000')).events[0];
    expect(e?.draft.zone).toBe('Australia/Sydney');
    expect(e?.notices.join(' ')).toMatch(/"Eastern" names America\/New_York, but the file's own/);
    expect(e?.start).toBe(Date.UTC(2026, 0, 4, 22));
  });

  it('places a one-off by the file’s own rules when no zone agrees, and says so', () => {
    const odd = AUS_EASTERN.replace(/BYMONTH=10/, 'BYMONTH=9');
    const e = preview(withZone('Odd Zone', odd, '20260920T090000')).events[0];
    // 20 September 2026 is after the first Sunday of September: +11 by the file.
    expect(e?.start).toBe(Date.UTC(2026, 8, 19, 22));
    expect(e?.notices.join(' ')).toMatch(/matches no known zone .* file's own rules/);
  });

  it('lists a series in such a zone with the reason instead of shifting it', () => {
    const odd = AUS_EASTERN.replace(/BYMONTH=10/, 'BYMONTH=9');
    const p = preview(withZone('Odd Zone', odd, '20260920T090000', 'RRULE:FREQ=WEEKLY'));
    expect(p.events).toHaveLength(0);
    expect(p.skipped[0]?.reason).toMatch(/DST rules of its own/);
  });

  it('keeps an IANA name whose VTIMEZONE disagrees, and says so', () => {
    const e = preview(withZone('America/New_York', AUS_EASTERN, '20260105T090000')).events[0];
    expect(e?.draft.zone).toBe('America/New_York');
    expect(e?.notices.join(' ')).toMatch(/own definition of America\/New_York differs/);
  });
});
