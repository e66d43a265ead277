import { describe, expect, it } from 'vitest';
import { busyEvents } from '../../../../src/core/sync/busy-events';

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//EN',
  'BEGIN:VEVENT',
  'UID:standup@client.example',
  'DTSTAMP:20260301T000000Z',
  'DTSTART;TZID=America/New_York:20260302T090000',
  'DURATION:PT30M',
  'RRULE:FREQ=WEEKLY;BYDAY=MO,WE',
  'EXDATE;TZID=America/New_York:20260304T090000',
  'SUMMARY:Client stand-up',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:holiday@client.example',
  'DTSTAMP:20260301T000000Z',
  'DTSTART;VALUE=DATE:20260310',
  'DTEND;VALUE=DATE:20260311',
  'SUMMARY:Offsite',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const options = {
  source: 'https://dav.example/work/',
  countsAsWork: true,
  homeZone: 'Asia/Manila',
  from: Date.UTC(2026, 2, 1),
  to: Date.UTC(2026, 2, 12),
};

describe('busyEvents', () => {
  it('expands a weekly series across the US DST change, honouring EXDATE', () => {
    const starts = busyEvents(ICS, options)
      .filter((e) => !e.allDay)
      .map((e) => new Date(e.start).toISOString());
    // 2 Mar EST (UTC−5); 4 Mar skipped; 9 and 11 Mar EDT (UTC−4).
    expect(starts).toEqual([
      '2026-03-02T14:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
      '2026-03-11T13:00:00.000Z',
    ]);
  });

  it('makes an all-day event busy for the whole day in the worker’s zone', () => {
    const offsite = busyEvents(ICS, options).find((e) => e.allDay);
    expect(offsite).toEqual({
      id: `${options.source}|holiday@client.example|${Date.UTC(2026, 2, 9, 16)}`,
      source: options.source,
      title: 'Offsite',
      start: Date.UTC(2026, 2, 9, 16),
      end: Date.UTC(2026, 2, 10, 16),
      allDay: true,
      countsAsWork: true,
      uid: 'holiday@client.example',
      // Its own calendar data, for the import: this event only.
      ics: expect.stringMatching(/^BEGIN:VCALENDAR\r\n[^]*UID:holiday@client\.example\r\n/),
    });
    expect(offsite?.ics).not.toContain('standup');
  });

  it('keeps to the span and reads nothing from a broken text', () => {
    const narrow = busyEvents(ICS, {
      ...options,
      from: Date.UTC(2026, 2, 9),
      to: Date.UTC(2026, 2, 10),
    });
    expect(narrow.map((e) => e.title)).toEqual(['Client stand-up', 'Offsite']);
    expect(busyEvents('BEGIN:VCALENDAR\r\nnot a calendar', options)).toEqual([]);
  });
});
