/** What the busy-time tests of main share: a one-event calendar and a CalDAV answer holding one. */

/** A calendar of one event on 3 March 2026, 09:00–10:00 UTC, with `more` lines (an RRULE). */
export function eventIcs(uid: string, title: string, more: string[] = []): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20260301T000000Z',
    'DTSTART:20260303T090000Z',
    'DTEND:20260303T100000Z',
    ...more,
    `SUMMARY:${title}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** A calendar-query answer holding one object with `data`. */
export function multistatus(data: string): string {
  return `<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:response><d:href>/ana/invitations/call.ics</d:href><d:propstat><d:prop><d:getetag>"1"</d:getetag><c:calendar-data>${data}</c:calendar-data></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`;
}
