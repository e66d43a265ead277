/**
 * Busy time for the gap filler: the events of the calendars the worker picked (a calendar-query
 * for the span asked, on the sync account) and of subscribed calendars (an https address,
 * fetched with conditional requests and refreshed on a schedule), expanded by the core. The
 * published calendar is never among them: the app does not read its own events back.
 */
import { fetchCalendarObjects } from 'tsdav';
import type { BusyEvent, BusyRequest, Subscription } from '../../core/bridge/sync-contract';
import { busyEvents } from '../../core/sync/busy-events';
import type { DavConnection } from './caldav';
import { createGuardedFetch } from './http';
import type { StoredSync } from './sync-store';

/** What a subscription last gave. */
type Fetched = { text: string; etag: string | null; lastModified: string | null; at: number };

export type BusyReader = {
  read(request: BusyRequest): Promise<BusyEvent[]>;
  /** Fetches subscriptions whose refresh is due; true when any changed. */
  refresh(force?: boolean): Promise<boolean>;
  /** Subscription errors in plain words (last refresh). */
  problems(): string[];
};

export type BusyDeps = {
  state: () => StoredSync;
  connection: () => DavConnection | null;
  now: () => number;
  homeZone: string;
  fetchImpl?: typeof fetch;
  timeoutMs: number;
  maxBytes: number;
};

/** A reader of busy time over the engine's state. */
export function createBusyReader(deps: BusyDeps): BusyReader {
  const cache = new Map<string, Fetched>();
  const errors = new Map<string, string>();

  async function fetchSubscription(sub: Subscription, force: boolean): Promise<boolean> {
    const known = cache.get(sub.id);
    if (!force && known && deps.now() - known.at < sub.refreshMin * 60_000) return false;
    const fetch = createGuardedFetch({
      origin: sub.url,
      timeoutMs: deps.timeoutMs,
      maxBytes: deps.maxBytes,
      fetchImpl: deps.fetchImpl,
    });
    const headers: Record<string, string> = {};
    if (known?.etag) headers['if-none-match'] = known.etag;
    if (known?.lastModified) headers['if-modified-since'] = known.lastModified;
    try {
      const res = await fetch(sub.url, { headers });
      if (res.status === 304 && known) {
        cache.set(sub.id, { ...known, at: deps.now() });
        errors.delete(sub.id);
        return false;
      }
      if (!res.ok) throw new Error(`the address answered ${res.status}`);
      const text = await res.text();
      if (!text.trimStart().startsWith('BEGIN:VCALENDAR')) throw new Error('it is not a calendar');
      cache.set(sub.id, {
        text,
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
        at: deps.now(),
      });
      errors.delete(sub.id);
      return text !== known?.text;
    } catch (error) {
      const why = error instanceof Error ? error.message : 'it could not be read';
      errors.set(sub.id, `The subscribed calendar “${sub.name}” could not be refreshed: ${why}`);
      return false;
    }
  }

  async function calendarBusy(request: BusyRequest): Promise<BusyEvent[]> {
    const conn = deps.connection();
    const state = deps.state();
    if (!conn) return [];
    const out: BusyEvent[] = [];
    for (const cal of state.config.busyCalendars) {
      if (cal.url === state.config.publishTo) continue;
      const objects = await fetchCalendarObjects({
        calendar: { url: cal.url },
        timeRange: {
          start: new Date(request.from).toISOString(),
          end: new Date(request.to).toISOString(),
        },
        fetch: conn.fetch,
      });
      for (const o of objects) {
        if (typeof o.data !== 'string') continue;
        out.push(
          ...busyEvents(o.data, {
            source: cal.url,
            countsAsWork: cal.countsAsWork,
            homeZone: deps.homeZone,
            from: request.from,
            to: request.to,
          }),
        );
      }
    }
    return out;
  }

  return {
    async read(request) {
      const state = deps.state();
      const out = await calendarBusy(request).catch((): BusyEvent[] => []);
      for (const sub of state.config.subscriptions) {
        await fetchSubscription(sub, false);
        const got = cache.get(sub.id);
        if (!got) continue;
        out.push(
          ...busyEvents(got.text, {
            source: sub.id,
            countsAsWork: sub.countsAsWork,
            homeZone: deps.homeZone,
            from: request.from,
            to: request.to,
          }),
        );
      }
      return out.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
    },
    async refresh(force = false) {
      let changed = false;
      for (const sub of deps.state().config.subscriptions) {
        if (await fetchSubscription(sub, force)) changed = true;
      }
      return changed;
    },
    problems: () => [...errors.values()],
  };
}
