/**
 * Busy calendars that fail to read: every way a picked calendar or a subscription can fail
 * (refused, forbidden, gone, too slow, malformed XML or data, not CalDAV) shows in the status by
 * the calendar's name in plain words, the busy time read before stays, and a good read clears it.
 * The network is a fake that answers per URL; time is faked, so the timeout takes no time.
 */
import { describe, expect, it, vi } from 'vitest';
import { eventIcs, multistatus } from './busy-fixture';
import { engineOn, saveConnected, useEngineFolder } from './sync-unit-fixture';

vi.mock('electron', () => import('./fake-electron'));

const SERVER = 'http://127.0.0.1:9/';
const CAL = `${SERVER}ana/invitations/`;
const FEED = 'https://feeds.example.com/secret.ics';
const WEEK = { from: Date.UTC(2026, 2, 2), to: Date.UTC(2026, 2, 9) };
const TIMEOUT_MS = 2_000;

type Mode = 'ok' | 401 | 403 | 404 | 503 | 'timeout' | 'bad-xml' | 'bad-data' | 'html';

/** One answer of the fake network for a mode; a timeout never answers until aborted. */
function answer(mode: Mode, ok: () => Response, init?: RequestInit): Promise<Response> {
  if (mode === 'ok') return Promise.resolve(ok());
  if (mode === 'timeout') {
    return new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
    });
  }
  if (typeof mode === 'number') return Promise.resolve(new Response('no', { status: mode }));
  if (mode === 'html') {
    const headers = { 'content-type': 'text/html' };
    return Promise.resolve(new Response('<html>Welcome</html>', { status: 200, headers }));
  }
  const xml =
    mode === 'bad-xml'
      ? '<d:multistatus xmlns:d="DAV:"><d:response></d:multistatus>'
      : multistatus('Not a calendar at all');
  const headers = { 'content-type': 'application/xml' };
  return Promise.resolve(new Response(xml, { status: 207, headers }));
}

const folder = useEngineFolder('sync-busy-unit-');

async function busyEngine() {
  const dir = folder();
  await saveConnected(dir, SERVER, {
    calendars: [
      { url: CAL, displayName: 'Invitations', color: null, writable: true, syncCollection: false },
    ],
    config: {
      publishTo: null,
      busyCalendars: [{ url: CAL, countsAsWork: true }],
      subscriptions: [
        { id: 'personal', url: FEED, name: 'Personal', countsAsWork: false, refreshMin: 5 },
      ],
    },
  });
  const net: { calendar: Mode; feed: Mode } = { calendar: 'ok', feed: 'ok' };
  const { engine, statuses } = engineOn(dir, {
    timeoutMs: TIMEOUT_MS,
    homeZone: 'UTC',
    fetchImpl: (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.startsWith(FEED)) {
        return answer(net.feed, () => new Response(eventIcs('dentist@x', 'Dentist')), init);
      }
      const headers = { 'content-type': 'application/xml' };
      const ok = () =>
        new Response(multistatus(eventIcs('call@x', 'Client call')), { status: 207, headers });
      return answer(net.calendar, ok, init);
    },
  });
  /** Busy time for the week, letting the fake clock run past a timeout. */
  const read = async () => {
    const pending = engine.busy(WEEK);
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS + 1);
    return pending;
  };
  return { engine, net, statuses, read };
}

const CASES: [Mode, RegExp][] = [
  [401, /refused the user name or app password/],
  [403, /does not allow this account to read this calendar/],
  [404, /not found on the server/],
  ['timeout', /did not answer in time/],
  ['bad-xml', /could not be read/],
  ['bad-data', /malformed calendar data/],
  ['html', /did not answer like a CalDAV calendar server/],
];

describe('busy calendars that cannot be read', () => {
  it.each(CASES)(
    'a picked calendar answering %s: named in the status, busy time kept',
    async (mode, text) => {
      const { engine, net, statuses, read } = await busyEngine();
      const first = await read();
      expect(first.map((e) => e.title).sort()).toEqual(['Client call', 'Dentist']);
      expect(engine.status().busyProblems).toEqual([]);
      net.calendar = mode;
      const again = await read();
      expect(again).toEqual(first);
      const problem = { source: CAL, name: 'Invitations', error: expect.stringMatching(text) };
      expect(engine.status().busyProblems).toEqual([problem]);
      // The window hears of it without asking.
      expect(statuses.at(-1)?.busyProblems).toEqual([problem]);
      net.calendar = 'ok';
      expect(await read()).toEqual(first);
      expect(engine.status().busyProblems).toEqual([]);
      expect(statuses.at(-1)?.busyProblems).toEqual([]);
      engine.dispose();
    },
  );

  it.each([
    [401, /refused access/],
    [404, /Nothing is at this address/],
    ['timeout', /did not answer in time/],
    ['html', /did not give a calendar/],
  ] as [Mode, RegExp][])(
    'a subscription answering %s: named, its events kept',
    async (mode, text) => {
      const { engine, net, read } = await busyEngine();
      const first = await read();
      net.feed = mode;
      // Past its refresh period, so it is asked again.
      await vi.advanceTimersByTimeAsync(6 * 60_000);
      expect(await read()).toEqual(first);
      expect(engine.status().busyProblems).toEqual([
        { source: 'personal', name: 'Personal', error: expect.stringMatching(text) },
      ]);
      engine.dispose();
    },
  );

  it('keeps what the latest reads gave, not only the last week asked', async () => {
    const { engine, net } = await busyEngine();
    const week = await engine.busy(WEEK);
    const next = { from: WEEK.to, to: WEEK.to + 7 * 86_400_000 };
    await engine.busy(next);
    net.calendar = 503;
    expect(await engine.busy(WEEK)).toEqual(week);
    engine.dispose();
  });

  it('a calendar no longer picked has no problem to show', async () => {
    const { engine, net, read } = await busyEngine();
    net.calendar = 404;
    await read();
    expect(engine.status().busyProblems).toHaveLength(1);
    await engine.configure({ publishTo: null, busyCalendars: [], subscriptions: [] });
    expect(engine.status().busyProblems).toEqual([]);
    engine.dispose();
  });
});
