/**
 * Busy time for the gap filler: the events of the calendars the worker picked (a calendar-query
 * for the span asked, on the sync account) and of subscribed calendars (an https address,
 * fetched with conditional requests and refreshed on a schedule), expanded by the core. The
 * published calendar is never among them: the app does not read its own events back.
 *
 * A calendar that fails to read (refused, gone, too slow, not a calendar, unreadable data) is
 * reported by name in plain words, and its busy time from its latest good reads stays (a few spans,
 * busy-kept.ts): a server hiccup must not make the gap filler plan over a client call.
 */
import type {
  BusyEvent,
  BusyProblem,
  BusyRequest,
  Subscription,
} from '../../core/bridge/sync-contract';
import { busyEvents, busyIn, readBusy, type BusyRead } from '../../core/sync/busy-events';
import { createKeptBusy } from './busy-kept';
import { queryEvents, type DavConnection } from './caldav';
import { createGuardedFetch, SyncError } from './http';
import type { StoredSync } from './sync-store';

/**
 * What a subscription last gave, and that text as read for busy time (null until asked): every
 * week shown asks again, and the text only changes on a refresh.
 */
type Fetched = {
  text: string;
  etag: string | null;
  lastModified: string | null;
  at: number;
  busy: BusyRead | null;
};

export type BusyReader = {
  read(request: BusyRequest): Promise<BusyEvent[]>;
  /** Fetches subscriptions whose refresh is due; true when any changed. */
  refresh(force?: boolean): Promise<boolean>;
  /** The calendars and subscriptions whose last read failed, in plain words. */
  problems(): BusyProblem[];
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

/** Why a subscription's address gave no calendar, in plain words. */
function subscriptionStatusText(status: number): string {
  if (status === 401 || status === 403) {
    return 'The address refused access (the secret link may have been reset).';
  }
  if (status === 404 || status === 410) {
    return 'Nothing is at this address any more (the link may have been reset).';
  }
  return `The address answered ${status} instead of a calendar.`;
}

function problemText(error: unknown): string {
  return error instanceof SyncError ? error.message : 'It could not be read.';
}

/** A reader of busy time over the engine's state. */
export function createBusyReader(deps: BusyDeps): BusyReader {
  // Subscription id → what it last gave; only subscriptions still configured are kept.
  const cache = new Map<string, Fetched>();
  // Source (calendar URL or subscription id) → what went wrong at its last read.
  const errors = new Map<string, BusyProblem>();
  // A picked calendar's events from its latest good reads, given while it fails (busy-kept.ts).
  const kept = createKeptBusy();

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
      if (!res.ok) throw new SyncError('server', subscriptionStatusText(res.status));
      const text = await res.text();
      if (!text.trimStart().startsWith('BEGIN:VCALENDAR')) {
        throw new SyncError('not-caldav', 'The address did not give a calendar (.ics) file.');
      }
      cache.set(sub.id, {
        text,
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
        at: deps.now(),
        busy: text === known?.text ? known.busy : null,
      });
      errors.delete(sub.id);
      return text !== known?.text;
    } catch (error) {
      errors.set(sub.id, { source: sub.id, name: sub.name, error: problemText(error) });
      return false;
    }
  }

  /** The subscription's last text as read for busy time, read once per text; null before any. */
  function subscriptionBusy(sub: Subscription): BusyRead | null {
    const got = cache.get(sub.id);
    if (!got) return null;
    got.busy ??= readBusy(got.text, { homeZone: deps.homeZone });
    return got.busy;
  }

  /** Forgets what subscriptions no longer configured gave. */
  function forgetDropped(): void {
    const ids = new Set(deps.state().config.subscriptions.map((s) => s.id));
    for (const id of cache.keys()) if (!ids.has(id)) cache.delete(id);
  }

  async function calendarBusy(request: BusyRequest): Promise<BusyEvent[]> {
    const conn = deps.connection();
    const state = deps.state();
    kept.keepOnly(new Set(state.config.busyCalendars.map((c) => c.url)));
    if (!conn) return [];
    const out: BusyEvent[] = [];
    for (const cal of state.config.busyCalendars) {
      if (cal.url === state.config.publishTo) continue;
      try {
        const objects = await queryEvents(conn, cal.url, request);
        const events = objects.flatMap((ics) =>
          busyEvents(ics, {
            source: cal.url,
            countsAsWork: cal.countsAsWork,
            homeZone: deps.homeZone,
            from: request.from,
            to: request.to,
          }),
        );
        kept.store(cal.url, request, events);
        errors.delete(cal.url);
        out.push(...events);
      } catch (error) {
        const name = state.calendars.find((c) => c.url === cal.url)?.displayName ?? cal.url;
        errors.set(cal.url, { source: cal.url, name, error: problemText(error) });
        out.push(...kept.recall(cal.url, request));
      }
    }
    return out;
  }

  return {
    async read(request) {
      const state = deps.state();
      forgetDropped();
      const out = await calendarBusy(request);
      for (const sub of state.config.subscriptions) {
        await fetchSubscription(sub, false);
        const read = subscriptionBusy(sub);
        if (!read) continue;
        out.push(
          ...busyIn(read, {
            source: sub.id,
            countsAsWork: sub.countsAsWork,
            from: request.from,
            to: request.to,
          }),
        );
      }
      return out.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
    },
    async refresh(force = false) {
      let changed = false;
      forgetDropped();
      for (const sub of deps.state().config.subscriptions) {
        if (await fetchSubscription(sub, force)) changed = true;
      }
      return changed;
    },
    problems() {
      // Only what is still picked: a calendar the worker dropped has no problem to show.
      const { busyCalendars, subscriptions } = deps.state().config;
      const picked = new Set([
        ...busyCalendars.map((c) => c.url),
        ...subscriptions.map((s) => s.id),
      ]);
      return [...errors.values()].filter((p) => picked.has(p.source));
    },
  };
}
