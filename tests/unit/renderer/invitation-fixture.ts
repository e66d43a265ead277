/** Calendar texts for the import tests: a client's invitations, two timed events and a holiday. */

/** A VCALENDAR holding `events` (each a VEVENT's lines). */
export function calendar(...events: string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events.flat()];
  return [...lines, 'END:VCALENDAR', ''].join('\r\n');
}

/** A VEVENT from the Northlight organiser; `start` and `end` are DTSTART's and DTEND's tails. */
export function event(uid: string, title: string, start: string, end: string): string[] {
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

export const review = event(
  'review@n',
  'Q4 review',
  'TZID=Europe/London:20261124T100000',
  'TZID=Europe/London:20261124T110000',
);
export const kickoff = event(
  'kickoff@n',
  'Kick-off',
  'TZID=Europe/London:20261126T100000',
  'TZID=Europe/London:20261126T110000',
);
export const closed = event(
  'closed@n',
  'Office closed',
  'VALUE=DATE:20261225',
  'VALUE=DATE:20261226',
);
