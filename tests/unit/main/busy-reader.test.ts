/**
 * What the busy reader remembers between requests (every week shown asks for busy time): a
 * subscription's text is read once, not once per week, and read again only when it changes; a
 * failing calendar falls back on its latest good reads only, and a dropped one on nothing. The
 * network is a fake answering per URL; the clock stands still, so nothing is due for refresh.
 */
import ICAL from 'ical.js';
import { describe, expect, it, vi } from 'vitest';
import type { BusyRequest, Subscription, SyncConfig } from '../../../src/core/bridge/sync-contract';
import { createBusyReader } from '../../../src/main/sync/busy';
import { KEPT_SPANS } from '../../../src/main/sync/busy-kept';
import { emptySync } from '../../../src/main/sync/sync-store';
import { eventIcs, multistatus } from './busy-fixture';

const SERVER = 'http://127.0.0.1:9/';
const CAL = `${SERVER}ana/work/`;
const FEED = 'https://feeds.example.com/secret.ics';
const DAY = 86_400_000;
/** A Monday; week(n) is the n-th week after it. */
const MONDAY = Date.UTC(2026, 2, 2);
const week = (n: number): BusyRequest => ({
  from: MONDAY + n * 7 * DAY,
  to: MONDAY + (n + 1) * 7 * DAY,
});
/** The Tuesday 09:00 UTC of week(n). */
const tuesday = (n: number): number => Date.UTC(2026, 2, 3 + 7 * n, 9);

/** A calendar of one weekly event on Tuesdays from 3 March 2026, 09:00 UTC. */
const weekly = (uid: string, title: string): string => eventIcs(uid, title, ['RRULE:FREQ=WEEKLY']);

const SUB: Subscription = {
  id: 'personal',
  url: FEED,
  name: 'Personal',
  countsAsWork: false,
  refreshMin: 60,
};

/** A reader over `config`, which the test may change, and a network answering per URL. */
function readerOn(config: SyncConfig) {
  const net = {
    feed: { text: weekly('dentist@x', 'Dentist'), status: 200 },
    calendar: { text: weekly('standup@x', 'Stand-up'), status: 207 },
  };
  const answer = ({ text, status }: { text: string; status: number }): Promise<Response> => {
    if (status >= 300) return Promise.resolve(new Response('no', { status }));
    const headers = { 'content-type': status === 207 ? 'application/xml' : 'text/calendar' };
    const body = status === 207 ? multistatus(text) : text;
    return Promise.resolve(new Response(body, { status, headers }));
  };
  const fetchImpl = (input: string | URL | Request): Promise<Response> => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith(FEED)) return answer(net.feed);
    if (url.startsWith(CAL)) return answer(net.calendar);
    return Promise.resolve(new Response('no', { status: 404 }));
  };
  const reader = createBusyReader({
    state: () => ({ ...emptySync(), config }),
    connection: () => ({ serverUrl: SERVER, fetch: fetchImpl }),
    now: () => 0,
    homeZone: 'UTC',
    timeoutMs: 1_000,
    maxBytes: 1_000_000,
    fetchImpl,
  });
  return { net, reader };
}

/** A reader of one subscription. */
function subscribed() {
  const config: SyncConfig = { publishTo: null, busyCalendars: [], subscriptions: [SUB] };
  const { net, reader } = readerOn(config);
  return { config, feed: net.feed, reader };
}

/** How often ical.js parsed a text holding `uid`, from here on. */
function parsesOf(uid: string): () => number {
  const parse = vi.spyOn(ICAL, 'parse');
  return () => parse.mock.calls.filter(([text]) => String(text).includes(uid)).length;
}

describe('a subscription asked for week after week', () => {
  it('is parsed once for every week asked, and again only when its text changes', async () => {
    const { feed, reader } = subscribed();
    const parses = parsesOf('dentist@x');
    try {
      const first = await reader.read(week(0));
      expect(first.map((e) => [e.title, e.start])).toEqual([['Dentist', tuesday(0)]]);
      for (let n = 1; n < 6; n++) {
        const busy = await reader.read(week(n));
        expect(busy.map((e) => e.start)).toEqual([tuesday(n)]);
      }
      expect(await reader.read(week(0))).toEqual(first);
      // The same text sent again is not read again.
      expect(await reader.refresh(true)).toBe(false);
      await reader.read(week(0));
      expect(parses()).toBe(1);
      feed.text = weekly('dentist@x', 'Dentist (moved)');
      expect(await reader.refresh(true)).toBe(true);
      expect((await reader.read(week(0))).map((e) => e.title)).toEqual(['Dentist (moved)']);
      await reader.read(week(1));
      expect(parses()).toBe(2);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('takes its work switch as it is now, not as when the text was read', async () => {
    const { config, reader } = subscribed();
    expect((await reader.read(week(0))).map((e) => e.countsAsWork)).toEqual([false]);
    config.subscriptions = [{ ...SUB, countsAsWork: true }];
    expect((await reader.read(week(0))).map((e) => e.countsAsWork)).toEqual([true]);
  });

  it('forgets what a subscription gave once it is dropped', async () => {
    const { config, feed, reader } = subscribed();
    expect(await reader.read(week(0))).toHaveLength(1);
    config.subscriptions = [];
    expect(await reader.read(week(0))).toEqual([]);
    // Picked again while its address fails: nothing from before is left to show.
    feed.status = 404;
    config.subscriptions = [SUB];
    expect(await reader.read(week(0))).toEqual([]);
    expect(reader.problems().map((p) => p.source)).toEqual(['personal']);
  });
});

describe('what a failing calendar falls back on', () => {
  const picked = (): SyncConfig => ({
    publishTo: null,
    busyCalendars: [{ url: CAL, countsAsWork: true }],
    subscriptions: [],
  });

  it('is the latest good reads, a few spans of them, not every week ever paged through', async () => {
    const { net, reader } = readerOn(picked());
    const weeks = 20;
    const good: Awaited<ReturnType<typeof reader.read>>[] = [];
    for (let n = 0; n < weeks; n++) good.push(await reader.read(week(n)));
    expect(good.map((list) => list.map((e) => e.start))).toEqual(good.map((_, n) => [tuesday(n)]));
    net.calendar.status = 503;
    const all = { from: week(0).from, to: week(weeks).from };
    const left = await reader.read(all);
    expect(left.map((e) => e.start)).toEqual(
      Array.from({ length: KEPT_SPANS }, (_, i) => tuesday(weeks - KEPT_SPANS + i)),
    );
    // Each of the latest spans still gives what its good read gave.
    for (let n = weeks - KEPT_SPANS; n < weeks; n++) {
      expect(await reader.read(week(n))).toEqual(good[n]);
    }
    expect(reader.problems().map((p) => p.source)).toEqual([CAL]);
  });

  it('is nothing for a calendar the worker dropped and picked again', async () => {
    const config = picked();
    const { net, reader } = readerOn(config);
    expect((await reader.read(week(0))).map((e) => e.title)).toEqual(['Stand-up']);
    config.busyCalendars = [];
    expect(await reader.read(week(0))).toEqual([]);
    net.calendar.status = 503;
    config.busyCalendars = picked().busyCalendars;
    expect(await reader.read(week(0))).toEqual([]);
    expect(reader.problems().map((p) => p.source)).toEqual([CAL]);
  });
});
