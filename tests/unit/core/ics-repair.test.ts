/** What real clients send that a strict parser refuses: repaired before parsing, and said. */
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../src/core/ics';
import type { ImportPreview } from '../../../src/core/ics';
import { repairIcs } from '../../../src/core/ics/import-repair';
import { corpusFile as corpus } from '../fixtures/ics/corpus';

const HOME = { homeZone: 'Europe/London' };

function preview(text: string): ImportPreview {
  const result = parseIcs(text, HOME);
  if (!result.ok) throw new Error(`expected a preview, got ${result.error.message}`);
  return result.preview;
}

/** What the user sees of a preview, without the repairs list (which says how it was read). */
function shown(p: ImportPreview): unknown {
  return { events: p.events, skipped: p.skipped, calendarName: p.calendarName };
}

const toLf = (t: string): string => t.replace(/\r\n/g, '\n');
const toCrlf = (t: string): string => toLf(t).replace(/\n/g, '\r\n');

describe('line ends and the byte-order mark', () => {
  const files = [
    'google_daily_recur.ics',
    'exchange_owa_2012.ics',
    'apple_icloud_caldav.ics',
    'thunderbird_recurring_moved.ics',
  ];
  it.each(files)('%s gives the same preview with a BOM, with LF and with CRLF', (name) => {
    const text = corpus(name);
    const base = preview(toCrlf(text));
    expect(base.events.length).toBeGreaterThan(0);
    for (const variant of [toLf(text), `\ufeff${toCrlf(text)}`, `\ufeff${toLf(text)}`]) {
      expect(shown(preview(variant))).toEqual(shown(base));
    }
    expect(preview(`\ufeff${text}`).repairs).toContain(
      'A byte-order mark at the start of the file was ignored.',
    );
  });

  it('reads the corpus file that starts with a BOM', () => {
    const p = preview(corpus('icalendar_bom.ics'));
    expect(p.repairs).toContain('A byte-order mark at the start of the file was ignored.');
  });
});

describe('Outlook quirks', () => {
  it('removes the spaces of BYDAY=MO, TU and says so', () => {
    const p = preview(corpus('exchange_cdo_request_gmt_tzid.ics'));
    expect(p.repairs.some((r) => r.includes('BYDAY'))).toBe(true);
    expect(p.events[0]?.draft.recurrence).toMatchObject({ weekdays: [1, 2, 3, 4, 5] });
  });

  it('joins description lines that were not folded, keeping their line breaks', () => {
    const p = preview(corpus('exchange_request_biweekly.ics'));
    expect(p.repairs.some((r) => r.includes('joined to the line before'))).toBe(true);
    expect(p.events[0]?.draft.notes).toContain('Dear Team,\n\nWe look forward');
  });

  it('reads a TZID whose quote swallowed the time', () => {
    const { text, repairs } = repairIcs(
      'BEGIN:VCALENDAR\r\nDTSTART;TZID="W. Europe Standard Time:20200609T090000"\r\nEND:VCALENDAR\r\n',
    );
    expect(text).toContain('DTSTART;TZID="W. Europe Standard Time":20200609T090000\r\n');
    expect(repairs).toHaveLength(1);
  });

  it('reads events without a VCALENDAR around them', () => {
    const p = preview(corpus('khal_floating.ics'));
    expect(p.events).toHaveLength(1);
    expect(p.repairs.some((r) => r.includes('no VCALENDAR'))).toBe(true);
  });

  it('leaves a clean file as it is, with no repairs', () => {
    const text = toCrlf(corpus('google_daily_recur.ics'));
    expect(repairIcs(text)).toEqual({ text, repairs: [] });
  });
});

describe('dates written without VALUE=DATE', () => {
  it('reads a bare date in an EXDATE list as a skipped day, not as an invalid EXDATE', () => {
    const p = preview(corpus('google_biweekly_exdate_until.ics'));
    const e = p.events.find((x) => x.draft.icsUid === '1234567-ABCD-ABCD-ABCD-123456789012');
    expect(e?.draft.skippedDates).toContain('2020-01-16');
    expect(p.skipped).toEqual([]);
  });

  it('reads a bare date DTSTART as an all-day event, offered as time off', () => {
    const p = preview(corpus('apple_request_mixed_tz.ics'));
    const e = p.timeOff.find((t) => t.icsUid === '5C9439B1-FF65-11D6-9973-003065F99D04');
    expect(e).toBeDefined();
    expect(p.skipped.some((s) => s.uid === '5C9439B1-FF65-11D6-9973-003065F99D04')).toBe(false);
  });
});
