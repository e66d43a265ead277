/**
 * The busy time a failing calendar falls back on: within the spans of its latest good reads it
 * is exactly what keeping every read would give; what lies only outside them is dropped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BusyEvent, BusyRequest } from '../../../src/core/bridge/sync-contract';
import { createKeptBusy, KEPT_SPANS } from '../../../src/main/sync/busy-kept';

const CAL = 'https://dav.example/work/';
const DAY = 86_400_000;

/** A busy event from day `from` to day `to`, told apart by `n`. */
function busy(n: number, from: number, to: number): BusyEvent {
  return {
    id: `${CAL}|e${n}|${from * DAY}`,
    source: CAL,
    title: `Event ${n}`,
    start: from * DAY,
    end: to * DAY,
    allDay: false,
    countsAsWork: true,
    uid: `e${n}`,
    ics: null,
  };
}

/** Days `from` to `to`. */
const span = (from: number, to: number): BusyRequest => ({ from: from * DAY, to: to * DAY });
const overlaps = (e: BusyEvent, s: BusyRequest): boolean => e.end > s.from && e.start < s.to;

describe('the busy time kept for a failing calendar', () => {
  it('is what keeping every read would give, within the latest spans read', () => {
    // Three-week spans a week apart, as the window asks when paging, and events across them.
    const spanArb = fc.integer({ min: 0, max: 9 }).map((w) => span(7 * w, 7 * w + 21));
    const eventArb = fc
      .tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 1, max: 10 }))
      .map(([from, length]) => [from, from + length] as const);
    const readArb = fc.tuple(spanArb, fc.array(eventArb, { maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(readArb, { minLength: 1, maxLength: 30 }), (reads) => {
        const kept = createKeptBusy();
        // Every read kept: the events of the latest read overlapping each point.
        let every: BusyEvent[] = [];
        const latest: BusyRequest[] = [];
        reads.forEach(([s, found], i) => {
          const events = found
            .map(([from, to], j) => busy(i * 10 + j, from, to))
            .filter((e) => overlaps(e, s));
          kept.store(CAL, s, events);
          every = [...every.filter((e) => !overlaps(e, s)), ...events];
          const at = latest.findIndex((l) => l.from === s.from && l.to === s.to);
          if (at >= 0) latest.splice(at, 1);
          latest.unshift(s);
        });
        for (const s of latest.slice(0, KEPT_SPANS)) {
          expect(kept.recall(CAL, s)).toEqual(every.filter((e) => overlaps(e, s)));
        }
        const all = span(0, 200);
        const inLatest = every.filter((e) =>
          latest.slice(0, KEPT_SPANS).some((s) => overlaps(e, s)),
        );
        expect(kept.recall(CAL, all)).toEqual(inLatest);
      }),
    );
  });

  it('gives a span read again and again one place, as its latest read', () => {
    const kept = createKeptBusy();
    const week = (w: number): BusyRequest => span(7 * w, 7 * w + 7);
    const read = (w: number): void => kept.store(CAL, week(w), [busy(w, 7 * w, 7 * w + 1)]);
    // Week 1 asked again on every change of a subscription: it still holds one place.
    read(0);
    for (let i = 0; i < KEPT_SPANS; i++) read(1);
    for (let w = 2; w < KEPT_SPANS; w++) read(w);
    expect(kept.recall(CAL, week(0)).map((e) => e.uid)).toEqual(['e0']);
    // Week 0 read again is the latest, so the next new week drops week 1, the oldest.
    read(0);
    read(KEPT_SPANS);
    expect(kept.recall(CAL, week(0)).map((e) => e.uid)).toEqual(['e0']);
    expect(kept.recall(CAL, week(1))).toEqual([]);
  });

  it('forgets a calendar no longer picked', () => {
    const kept = createKeptBusy();
    const other = 'https://dav.example/home/';
    kept.store(CAL, span(0, 7), [busy(1, 1, 2)]);
    kept.store(other, span(0, 7), [{ ...busy(2, 1, 2), source: other }]);
    kept.keepOnly(new Set([other]));
    expect(kept.recall(CAL, span(0, 7))).toEqual([]);
    expect(kept.recall(other, span(0, 7)).map((e) => e.uid)).toEqual(['e2']);
  });
});
