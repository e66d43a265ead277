/**
 * Calendars the account may only read: Radicale with a rights file makes one calendar read-only
 * for ana (it reports DAV:current-user-privilege-set as read alone, and refuses a PUT with 403).
 * Discovery marks it read-only, the shell refuses it as the publish target, and it still serves
 * as busy time.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connected, harness } from './fixtures';
import { auth, PASSWORD, startRadicale, USER, type Radicale } from './radicale';

vi.mock('electron', () => import('../main/fake-electron'));

/** Ana may write to her calendars, except `shared` once `readOnly` is on. */
function rights(readOnly: boolean): string {
  const shared = readOnly
    ? '[shared]\nuser: .+\ncollection: {user}/shared\npermissions: r\n\n'
    : '';
  return `${shared}[root]\nuser: .+\ncollection:\npermissions: R\n\n[principal]\nuser: .+\ncollection: {user}\npermissions: RW\n\n[calendars]\nuser: .+\ncollection: {user}/[^/]+\npermissions: rw\n`;
}

const EVENT = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//EN',
  'BEGIN:VEVENT',
  'UID:team-lunch@example.com',
  'DTSTAMP:20260301T000000Z',
  'DTSTART:20260303T040000Z',
  'DTEND:20260303T050000Z',
  'SUMMARY:Team lunch',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

let server: Radicale;
let shared = '';
beforeAll(async () => {
  server = await startRadicale({ rights: rights(false) });
  shared = new URL(`${USER}/shared/`, server.url).href;
  const body = `<?xml version="1.0"?><c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop><d:displayname>Team</d:displayname></d:prop></d:set></c:mkcalendar>`;
  const made = await fetch(shared, { method: 'MKCALENDAR', headers: auth(), body });
  expect(made.status).toBe(201);
  const put = await fetch(new URL('lunch.ics', shared), {
    method: 'PUT',
    headers: { ...auth(), 'content-type': 'text/calendar' },
    body: EVENT,
  });
  expect(put.status).toBe(201);
  await server.setRights(rights(true));
});
afterAll(async () => {
  await server.dispose();
});

describe('a calendar the account may only read', () => {
  it('is found read-only, refused as the publish target, and still read as busy time', async () => {
    const h = await harness();
    const own = await connected(h, server.url);
    // The server itself refuses writing there now.
    const refused = await fetch(new URL('other.ics', shared), {
      method: 'PUT',
      headers: { ...auth(), 'content-type': 'text/calendar' },
      body: EVENT,
    });
    expect(refused.status).toBe(403);
    const found = await h.engine.connect({
      serverUrl: server.url,
      username: USER,
      password: PASSWORD,
    });
    if (!found.ok) throw new Error(found.error);
    const byName = new Map(found.status.calendars.map((c) => [c.displayName, c.writable]));
    expect(byName.get('Team')).toBe(false);
    expect(byName.get('Hybrid Planner')).toBe(true);

    const status = await h.engine.configure({
      publishTo: { url: shared },
      busyCalendars: [],
      subscriptions: [],
    });
    expect(status.error).toMatch(/“Team” is read-only/);
    expect(status.config.publishTo).toBe(own);

    await h.engine.configure({
      publishTo: { url: own },
      busyCalendars: [{ url: shared, countsAsWork: false }],
      subscriptions: [],
    });
    const busy = await h.engine.busy({ from: Date.UTC(2026, 2, 2), to: Date.UTC(2026, 2, 9) });
    expect(busy.map((e) => [e.title, e.source])).toEqual([['Team lunch', shared]]);
    expect(h.engine.status().busyProblems).toEqual([]);
    await h.dispose();
  });
});
