/**
 * Busy time: two data sets (two devices of one worker) each publish their plan to their own
 * calendar and read the other's as busy, never their own; a subscribed calendar by URL is read
 * with conditional requests.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseIcs } from '../../../src/core/ics';
import { connected, harness, planItems, COMMITMENT_IDS } from './fixtures';
import { startRadicale, type Radicale } from './radicale';

vi.mock('electron', () => import('../main/fake-electron'));

let server: Radicale;
beforeAll(async () => {
  server = await startRadicale();
});
afterAll(async () => {
  await server.dispose();
});

const WEEK = { from: Date.UTC(2026, 2, 2), to: Date.UTC(2026, 2, 9) };

describe('busy time', () => {
  it('two devices each publish and read the other as busy, never themselves', async () => {
    const a = await harness();
    const b = await harness();
    const calA = await connected(a, server.url);
    const calB = await connected(b, server.url);
    const renamed = Object.fromEntries(COMMITMENT_IDS.map((id) => [id, `B: ${id}`]));
    await a.engine.publish({ items: planItems() });
    await b.engine.publish({ items: planItems(renamed) });
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.configure({
      publishTo: { url: calA },
      busyCalendars: [{ url: calB, countsAsWork: true }],
      subscriptions: [],
    });
    await b.engine.configure({
      publishTo: { url: calB },
      busyCalendars: [{ url: calA, countsAsWork: false }],
      subscriptions: [],
    });
    const seenByA = await a.engine.busy(WEEK);
    const seenByB = await b.engine.busy(WEEK);
    expect(seenByA.length).toBeGreaterThan(5);
    expect(seenByA.every((e) => e.title.startsWith('B: ') && e.source === calB)).toBe(true);
    expect(seenByA.every((e) => e.countsAsWork)).toBe(true);
    expect(seenByB.some((e) => e.title.startsWith('B: '))).toBe(false);
    expect(seenByB.every((e) => !e.countsAsWork && e.source === calA)).toBe(true);
    // Same plan, other titles: both devices see the same number of busy occurrences.
    expect(seenByB.length).toBe(seenByA.length);
    expect(seenByA.every((e) => e.start >= WEEK.from - 86_400_000 && e.start < WEEK.to)).toBe(true);
    // Each carries its own event as the server keeps it, which the import reads back (with the
    // zone it names), so it can become a commitment.
    for (const e of seenByA) {
      const read = parseIcs(e.ics ?? '', { homeZone: 'Asia/Manila' });
      const uids = read.ok ? [...read.preview.events, ...read.preview.skipped] : [];
      expect(uids.map((x) => ('draft' in x ? x.draft.icsUid : x.uid))).toEqual([e.uid]);
    }
    expect(seenByA.some((e) => /BEGIN:VTIMEZONE\r\nTZID:America\/New_York/.test(e.ics ?? ''))).toBe(
      true,
    );
    await a.dispose();
    await b.dispose();
  });

  it('a subscribed calendar is read once, then asked with If-None-Match', async () => {
    const hits: IncomingHttpHeaders[] = [];
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//EN',
      'BEGIN:VEVENT',
      'UID:dentist@example.com',
      'DTSTAMP:20260301T000000Z',
      'DTSTART:20260303T090000Z',
      'DTEND:20260303T100000Z',
      'SUMMARY:Dentist',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const feed = createServer((req, res) => {
      hits.push(req.headers);
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'text/calendar', etag: '"v1"' }).end(ics);
    });
    await new Promise<void>((resolve) => feed.listen(0, '127.0.0.1', resolve));
    const address = feed.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    let clock = Date.UTC(2026, 2, 2, 8);
    const h = await harness({ now: () => clock });
    await connected(h, server.url);
    const status = await h.engine.configure({
      publishTo: null,
      busyCalendars: [],
      subscriptions: [
        {
          id: 'personal',
          url: `http://127.0.0.1:${port}/secret.ics`,
          name: 'Personal',
          countsAsWork: false,
          refreshMin: 60,
        },
      ],
    });
    expect(status.config.subscriptions).toHaveLength(1);
    const first = await h.engine.busy(WEEK);
    expect(first).toEqual([
      expect.objectContaining({
        source: 'personal',
        title: 'Dentist',
        start: Date.UTC(2026, 2, 3, 9),
        end: Date.UTC(2026, 2, 3, 10),
        uid: 'dentist@example.com',
        countsAsWork: false,
        ics: expect.stringContaining('UID:dentist@example.com'),
      }),
    ]);
    // Within the refresh period: from the cache, no request.
    await h.engine.busy(WEEK);
    expect(hits).toHaveLength(1);
    // An hour later: a conditional request, answered 304, and the same events.
    clock += 61 * 60_000;
    expect(await h.engine.busy(WEEK)).toEqual(first);
    expect(hits).toHaveLength(2);
    expect(hits[1]?.['if-none-match']).toBe('"v1"');
    await h.dispose();
    await new Promise<void>((resolve) => feed.close(() => resolve()));
  });
});
