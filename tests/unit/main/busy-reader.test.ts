/**
 * What the busy reader remembers between requests (every week shown asks for busy time): a
 * subscription's text is read once, not once per week, and read again only when it changes. The
 * network is a fake answering per URL; time is a plain counter the test moves.
 */
import ICAL from 'ical.js';
import { describe, expect, it, vi } from 'vitest';
import type { BusyRequest, Subscription, SyncConfig } from '../../../src/core/bridge/sync-contract';
import { createBusyReader } from '../../../src/main/sync/busy';
import { emptySync } from '../../../src/main/sync/sync-store';
import { eventIcs } from './busy-fixture';

const FEED = 'https://feeds.example.com/secret.ics';
const DAY = 86_400_000;
/** A Monday; week(n) is the n-th week after it. */
const MONDAY = Date.UTC(2026, 2, 2);
const week = (n: number): BusyRequest => ({
  from: MONDAY + n * 7 * DAY,
  to: MONDAY + (n + 1) * 7 * DAY,
});

/** A calendar of one weekly event on Tuesdays from 3 March 2026, 09:00 UTC. */
const weekly = (uid: string, title: string): string => eventIcs(uid, title, ['RRULE:FREQ=WEEKLY']);

const SUB: Subscription = {
  id: 'personal',
  url: FEED,
  name: 'Personal',
  countsAsWork: false,
  refreshMin: 60,
};

/** A reader over a config the test can change, with a feed answering `feed.text`. */
function subscribed() {
  const config: SyncConfig = { publishTo: null, busyCalendars: [], subscriptions: [SUB] };
  const feed = { text: weekly('dentist@x', 'Dentist'), status: 200 };
  const reader = createBusyReader({
    state: () => ({ ...emptySync(), config }),
    connection: () => null,
    now: () => 0,
    homeZone: 'UTC',
    timeoutMs: 1_000,
    maxBytes: 1_000_000,
    fetchImpl: (input) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.startsWith(FEED) || feed.status !== 200) {
        return Promise.resolve(
          new Response('no', { status: url.startsWith(FEED) ? feed.status : 404 }),
        );
      }
      return Promise.resolve(new Response(feed.text));
    },
  });
  return { config, feed, reader };
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
      expect(first.map((e) => [e.title, e.start])).toEqual([['Dentist', Date.UTC(2026, 2, 3, 9)]]);
      for (let n = 1; n < 6; n++) {
        const busy = await reader.read(week(n));
        expect(busy.map((e) => e.start)).toEqual([Date.UTC(2026, 2, 3 + 7 * n, 9)]);
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
