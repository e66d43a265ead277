import { describe, expect, it } from 'vitest';
import { sampleWeek } from '../../../src/core/sample-week';
import { startImport } from '../../../src/renderer/src/features/calendar/import-start';

const sample = sampleWeek({ weekStart: '2026-11-23', now: Date.UTC(2026, 10, 22) });
const HOME = sample.settings.homeZone;
const northlight = sample.clients.find((c) => c.name.startsWith('Northlight'));

function calendar(...events: string[][]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    ...events.flat(),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

function event(uid: string, title: string, start: string, end: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20261120T000000Z',
    'ORGANIZER;CN=Sam Okafor:mailto:sam@northlight.example',
    `DTSTART;${start}`,
    `DTEND;${end}`,
    `SUMMARY:${title}`,
    'END:VEVENT',
  ];
}

const review = event(
  'review@n',
  'Q4 review',
  'TZID=Europe/London:20261124T100000',
  'TZID=Europe/London:20261124T110000',
);
const kickoff = event(
  'kickoff@n',
  'Kick-off',
  'TZID=Europe/London:20261126T100000',
  'TZID=Europe/London:20261126T110000',
);
const closed = event('closed@n', 'Office closed', 'VALUE=DATE:20261225', 'VALUE=DATE:20261226');
const options = { homeZone: HOME, clients: sample.clients, name: 'Client invitations' };

describe('startImport', () => {
  it('ticks only the invitation’s own event, and suggests its client', () => {
    const start = startImport(calendar(review, kickoff), { ...options, onlyUid: 'kickoff@n' });
    if (!start.ok) throw new Error(start.error);
    expect(start.preview.events.map((e) => e.draft.icsUid)).toEqual(['review@n', 'kickoff@n']);
    expect([...start.chosen]).toEqual([1]);
    expect(start.clientId).toBe(northlight?.id);
    expect(start.suggested?.reason).toMatch(/northlight\.example/);
  });

  it('offers an all-day invitation as the client’s time off', () => {
    const start = startImport(calendar(closed), { ...options, onlyUid: 'closed@n' });
    expect(start).toMatchObject({ ok: true, offerChoices: ['client'] });
    expect(start.ok && start.chosen.size).toBe(0);
  });

  it('ticks every event of a file, leaves its time off to be said, and refuses a broken one', () => {
    const start = startImport(calendar(review, kickoff, closed), options);
    expect(start).toMatchObject({ ok: true, offerChoices: ['skip'] });
    expect(start.ok && [...start.chosen]).toEqual([0, 1]);
    expect(startImport('not a calendar', options)).toMatchObject({ ok: false });
  });
});
