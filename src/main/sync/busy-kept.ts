/**
 * What the busy reader falls back on when a picked calendar fails: the events its good reads
 * gave, so a server hiccup never makes the gap filler plan over a client call.
 *
 * Bounded by one rule: per calendar, only the spans of its last KEPT_SPANS distinct good reads
 * (a span read again counts as its latest read) are remembered, and an event overlapping none
 * of them is dropped. A failing read of any of those spans, or of any span inside them, gives
 * exactly what it gave when nothing was dropped; the window asks for the three weeks around the
 * week shown, so the last few weeks paged through stay covered. A calendar no longer picked is
 * forgotten altogether (keepOnly).
 */
import type { BusyEvent, BusyRequest } from '../../core/bridge/sync-contract';

/** How many of a calendar's latest distinct spans read well are remembered. */
export const KEPT_SPANS = 4;

export type KeptBusy = {
  /** A good read of calendar `url` over `span`: its events replace the kept ones there. */
  store(url: string, span: BusyRequest, events: readonly BusyEvent[]): void;
  /** The kept events of calendar `url` that overlap `span`. */
  recall(url: string, span: BusyRequest): BusyEvent[];
  /** Forgets every calendar not among `urls`. */
  keepOnly(urls: ReadonlySet<string>): void;
};

const overlaps = (e: BusyEvent, span: BusyRequest): boolean =>
  e.end > span.from && e.start < span.to;

/** One calendar's memory: its latest spans read well, newest first, and their events. */
type Kept = { spans: BusyRequest[]; events: BusyEvent[] };

/** An empty memory of good reads. */
export function createKeptBusy(): KeptBusy {
  const kept = new Map<string, Kept>();
  return {
    store(url, span, events) {
      const before = kept.get(url) ?? { spans: [], events: [] };
      const others = before.spans.filter((s) => s.from !== span.from || s.to !== span.to);
      const spans = [span, ...others].slice(0, KEPT_SPANS);
      const merged = [...before.events.filter((e) => !overlaps(e, span)), ...events];
      kept.set(url, { spans, events: merged.filter((e) => spans.some((s) => overlaps(e, s))) });
    },
    recall(url, span) {
      return (kept.get(url)?.events ?? []).filter((e) => overlaps(e, span));
    },
    keepOnly(urls) {
      for (const url of kept.keys()) if (!urls.has(url)) kept.delete(url);
    },
  };
}
