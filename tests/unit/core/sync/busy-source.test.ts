/**
 * The calendar data a busy event carries: read by the ICS import, it gives the same commitment
 * (or time off) as importing the whole calendar, with the zone it names and nothing else.
 */
import ICAL from 'ical.js';
import { describe, expect, it, vi } from 'vitest';
import { parseIcs } from '../../../../src/core/ics';
import type { ImportPreview } from '../../../../src/core/ics';
import { busyEvents } from '../../../../src/core/sync/busy-events';
import { MAX_BUSY_SOURCE_CHARS } from '../../../../src/core/bridge/sync-contract';
import { eventSources } from '../../../../src/core/sync/busy-source';

const HOME = 'Asia/Manila';

/** A VTIMEZONE as Outlook writes one, under its Windows name. */
function windowsZone(tzid: string, standard: string, daylight: string): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:16011104T020000',
    'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11',
    `TZOFFSETFROM:${daylight}`,
    `TZOFFSETTO:${standard}`,
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:16010311T020000',
    'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3',
    `TZOFFSETFROM:${standard}`,
    `TZOFFSETTO:${daylight}`,
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ];
}

const INVITATION = [
  'BEGIN:VCALENDAR',
  'METHOD:REQUEST',
  'PRODID:Microsoft Exchange Server 2010',
  'VERSION:2.0',
  ...windowsZone('Eastern Standard Time', '-0500', '-0400'),
  ...windowsZone('Pacific Standard Time', '-0800', '-0700'),
  'BEGIN:VEVENT',
  'UID:040000008200E00074C5B7101A82E008000000001@outlook',
  'DTSTAMP:20261101T000000Z',
  'ORGANIZER;CN=Dana Whitfield:mailto:dana@acme-shop.example',
  'ATTENDEE;CN=Me;RSVP=TRUE:mailto:me@example.org',
  'DTSTART;TZID=Eastern Standard Time:20261102T090000',
  'DTEND;TZID=Eastern Standard Time:20261102T093000',
  'RRULE:FREQ=WEEKLY;BYDAY=MO,WE',
  'SUMMARY:Acme weekly sync',
  'DESCRIPTION:Agenda in the doc',
  'X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Agenda in the doc</p></body></html>',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:040000008200E00074C5B7101A82E008000000001@outlook',
  'DTSTAMP:20261101T000000Z',
  'RECURRENCE-ID;TZID=Eastern Standard Time:20261104T090000',
  'DTSTART;TZID=Eastern Standard Time:20261104T110000',
  'DTEND;TZID=Eastern Standard Time:20261104T113000',
  'SUMMARY:Acme weekly sync',
  'DESCRIPTION:Moved for the board meeting',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:other@outlook',
  'DTSTAMP:20261101T000000Z',
  'DTSTART;TZID=Pacific Standard Time:20261103T100000',
  'DTEND;TZID=Pacific Standard Time:20261103T110000',
  'SUMMARY:Someone else',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:series-elsewhere@google.com',
  'DTSTAMP:20261101T000000Z',
  'RECURRENCE-ID:20261105T150000Z',
  'DTSTART:20261105T160000Z',
  'DTEND:20261105T170000Z',
  'SUMMARY:One changed meeting',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTAMP:20261101T000000Z',
  'DTSTART:20261106T010000Z',
  'DTEND:20261106T020000Z',
  'SUMMARY:No UID at all',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:closed@outlook',
  'DTSTAMP:20261101T000000Z',
  'DTSTART;VALUE=DATE:20261111',
  'DTEND;VALUE=DATE:20261112',
  'SUMMARY:Office closed',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const options = {
  source: 'https://dav.example/invitations/',
  countsAsWork: true,
  homeZone: HOME,
  from: Date.UTC(2026, 10, 1),
  to: Date.UTC(2026, 10, 15),
};

function preview(text: string): ImportPreview {
  const parsed = parseIcs(text, { homeZone: HOME });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.preview;
}

const whole = preview(INVITATION);
const busy = busyEvents(INVITATION, options);

function sourceOf(title: string): string {
  const event = busy.find((e) => e.title === title);
  if (!event?.ics) throw new Error(`no calendar data for ${title}`);
  return event.ics;
}

describe('the calendar data of a busy event', () => {
  it('imports a recurring invitation as the whole calendar would, with its own zone only', () => {
    const occurrences = busy.filter((e) => e.title === 'Acme weekly sync');
    expect(occurrences.length).toBe(4);
    // One text for every occurrence of the series.
    expect(new Set(occurrences.map((e) => e.ics)).size).toBe(1);
    const text = sourceOf('Acme weekly sync');
    const read = preview(text);
    const expected = whole.events.find((e) => e.draft.title === 'Acme weekly sync');
    expect(read.events).toEqual([expected]);
    expect(read.events[0]?.draft).toMatchObject({
      zone: 'America/New_York',
      recurrence: { kind: 'weekly', weekdays: [1, 3] },
      moved: [{ date: '2026-11-04', notes: 'Moved for the board meeting' }],
    });
    expect(read.events[0]?.organizer?.email).toBe('dana@acme-shop.example');
    expect(text).toContain('TZID:Eastern Standard Time');
    expect(text).not.toContain('Pacific Standard Time');
    expect(text).not.toMatch(/ATTENDEE|X-ALT-DESC|METHOD/);
    expect(text).not.toContain('Someone else');
  });

  it('reads a lone changed occurrence, an event without UID and an all-day event back', () => {
    const orphan = busy.find((e) => e.title === 'One changed meeting');
    expect(orphan?.uid).toMatch(/^series-elsewhere@google\.com#/);
    expect(preview(sourceOf('One changed meeting')).events.map((e) => e.draft.icsUid)).toEqual([
      orphan?.uid,
    ]);
    const noUid = busy.find((e) => e.title === 'No UID at all');
    expect(preview(sourceOf('No UID at all')).events.map((e) => e.draft.icsUid)).toEqual([
      noUid?.uid,
    ]);
    const closed = preview(sourceOf('Office closed'));
    expect(closed.events).toEqual([]);
    expect(closed.timeOff.map((t) => [t.icsUid, t.startDate, t.endDate])).toEqual([
      ['closed@outlook', '2026-11-11', '2026-11-11'],
    ]);
  });

  it('is left out when the event is larger than the limit, or not in the text', () => {
    const long = 'x'.repeat(MAX_BUSY_SOURCE_CHARS);
    const text = INVITATION.replace(
      'SUMMARY:Someone else',
      `SUMMARY:Someone else\r\nDESCRIPTION:${long}`,
    );
    const other = busyEvents(text, options).find((e) => e.title === 'Someone else');
    expect(other).toBeDefined();
    expect(other?.ics).toBeNull();
    expect(busyEvents(text, options).find((e) => e.title === 'Acme weekly sync')?.ics).toContain(
      'Acme weekly sync',
    );
    expect(eventSources(ICAL.parse(INVITATION))('nothing@here')).toBeNull();
    expect(eventSources(null)('x')).toBeNull();
    expect(eventSources(['vcalendar', 'not jCal'])('x')).toBeNull();
  });

  it('is cut from the jCal the import parsed: the calendar text is parsed once', () => {
    const parse = vi.spyOn(ICAL, 'parse');
    try {
      const events = busyEvents(INVITATION, options);
      expect(events.filter((e) => e.ics !== null).length).toBeGreaterThan(0);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });
});
