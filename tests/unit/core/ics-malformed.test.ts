/** Hostile and broken files: each is refused as a whole with a typed error, never half-read. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../src/core/ics';
import type { IcsErrorCode } from '../../../src/core/ics';

const HOME = { homeZone: 'Asia/Manila' };
const google = readFileSync(new URL('../fixtures/ics/google.ics', import.meta.url), 'utf8');

function refusal(text: string): { code: IcsErrorCode; message: string } {
  const result = parseIcs(text, HOME);
  if (result.ok) throw new Error('expected a refusal');
  // A refusal carries no events at all: the type has no preview.
  expect(Object.keys(result)).toEqual(['ok', 'error']);
  return result.error;
}

const event = (lines: string[]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', ...lines, 'END:VEVENT', 'END:VCALENDAR'].join(
    '\r\n',
  );

describe('malformed and hostile files', () => {
  it('refuses a truncated file, naming the component left open', () => {
    const truncated = google.slice(0, Math.floor(google.length * 0.6));
    expect(refusal(truncated)).toMatchObject({ code: 'malformed', message: /truncated/ });
  });

  it('refuses binary data', () => {
    const bytes = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
    expect(refusal(bytes).code).toBe('binary');
    // A binary file read as UTF-8: mostly replacement characters.
    const decoded = `BEGIN:VCALENDAR\r\nX:${'\ufffd'.repeat(40)}\r\nEND:VCALENDAR`;
    expect(refusal(decoded).code).toBe('binary');
  });

  it('keeps a title with a replacement character: the planner reads back what it wrote', () => {
    const text = google.replace(/SUMMARY:([^\r\n]*)/, 'SUMMARY:Caf\ufffd $1');
    const read = parseIcs(text, HOME);
    expect(read.ok && read.preview.events.some((e) => e.draft.title.startsWith('Caf\ufffd'))).toBe(
      true,
    );
  });

  it('refuses a file over 5 MB before parsing it', () => {
    const big = `BEGIN:VCALENDAR\r\nX-PAD:${'a'.repeat(5 * 1024 * 1024)}\r\nEND:VCALENDAR\r\n`;
    expect(refusal(big)).toMatchObject({ code: 'too-large', message: /5 MB/ });
    // Multi-byte text counts in octets: 2 M three-octet characters are 6 MB.
    const wide = `BEGIN:VCALENDAR\r\nX-PAD:${'€'.repeat(2 * 1024 * 1024)}\r\nEND:VCALENDAR\r\n`;
    expect(refusal(wide).code).toBe('too-large');
  });

  it('refuses CRLF injection through a lone CR inside a value', () => {
    const injected = event([
      'UID:x@example.com',
      'DTSTART:20260310T090000Z',
      'SUMMARY:Call\rATTENDEE:mailto:evil@example.com',
    ]);
    expect(refusal(injected)).toMatchObject({ code: 'control-character', message: /Line 5/ });
    expect(refusal(event(['UID:x', 'SUMMARY:bell\u0007']))).toMatchObject({
      code: 'control-character',
    });
  });

  it('refuses text without a VCALENDAR', () => {
    expect(refusal('hello world').code).toBe('not-icalendar');
    expect(refusal('').code).toBe('not-icalendar');
    expect(refusal('BEGIN:VTODO\r\nEND:VTODO\r\n').code).toBe('not-icalendar');
    expect(refusal('<html><body>BEGIN:VCALENDAR</body></html>').code).toBe('not-icalendar');
  });

  it('refuses mismatched components and unparseable lines', () => {
    const mismatched = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VTODO\r\nEND:VCALENDAR\r\n';
    expect(refusal(mismatched)).toMatchObject({
      code: 'malformed',
      message: /closes BEGIN:VEVENT/,
    });
    expect(refusal(event(['no colon on this line'])).code).toBe('malformed');
    expect(refusal('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nEND:VCALENDAR\r\n').code).toBe('malformed');
  });

  it('refuses an event with an unreadable date, but only that event', () => {
    const result = parseIcs(event(['UID:bad-date', 'DTSTART:2026-03-XX', 'SUMMARY:Broken']), HOME);
    expect(result.ok && result.preview.events).toEqual([]);
    expect(result.ok && result.preview.skipped[0]?.reason).toMatch(/no valid DTSTART/);
  });

  it('never throws, whatever the input', () => {
    const samples = [
      google.replace(/\r\n/g, '\n'),
      google.replace('RRULE:FREQ=WEEKLY;', 'RRULE:FREQ=WEEKLY;UNTIL=garbage;'),
      google.replace('DTSTART;TZID=America/New_York:20260302T090000', 'DTSTART;TZID=:2026'),
      event(['UID:u', 'DTSTART:20260310T090000Z', 'DURATION:PXYZ']),
      event(['UID:u', 'DTSTART:20260310T090000Z', 'RRULE:FREQ=WEEKLY;COUNT=-3']),
      event(['UID:u', 'DTSTART:20260310T090000Z', 'RRULE:FREQ=WEEKLY;BYDAY=XX']),
      event(['UID:u', 'DTSTART:20260310T090000Z', 'DTEND:20260309T090000Z']),
      event(['UID:u', 'RECURRENCE-ID:20260310T090000Z', 'DTSTART:20260310T100000Z']),
    ];
    for (const text of samples) expect(() => parseIcs(text, HOME)).not.toThrow();
    // LF-only line endings are common and still read.
    expect(parseIcs(samples[0] ?? '', HOME).ok).toBe(true);
  });
});
