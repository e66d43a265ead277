import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daySpan, toInstant } from '../../../src/core/time';
import { pxPerMinAt, textFit, ZOOMS } from '../../../src/renderer/src/features/week/grid-metrics';
import {
  laneBands,
  layoutWeek,
  withSlotKeys,
  type GridDay,
} from '../../../src/renderer/src/features/week/layout';

const ZONE = 'Europe/Berlin';
const MIN = 60_000;

function gridDays(first: string, count: number, zone = ZONE): GridDay[] {
  return Array.from({ length: count }, (_, i) => {
    const date = addDays(first, i);
    return { date, ...daySpan(date, zone) };
  });
}

type Block = { id: string; start: number; end: number };

/** A block from wall-clock times in Berlin (end on `endDay` when it crosses midnight). */
function block(id: string, day: string, start: string, end: string, endDay = day): Block {
  return { id, start: toInstant(day, start, ZONE), end: toInstant(endDay, end, ZONE) };
}

function piecesOf(days: GridDay[], items: Block[]) {
  return layoutWeek(days, items, ZONE).map((p) => ({
    id: p.item.id,
    day: p.day,
    top: p.top,
    bottom: p.bottom,
    lane: p.lane,
    lanes: p.lanes,
    clippedStart: p.clippedStart,
    clippedEnd: p.clippedEnd,
  }));
}

describe('layoutWeek', () => {
  const week = gridDays('2026-01-12', 7);

  it('positions a block by its home wall-clock minutes on its day', () => {
    expect(piecesOf(week, [block('a', '2026-01-14', '09:30', '11:00')])).toEqual([
      {
        id: 'a',
        day: '2026-01-14',
        top: 570,
        bottom: 660,
        lane: 0,
        lanes: 1,
        clippedStart: false,
        clippedEnd: false,
      },
    ]);
  });

  it('positions by the zone it is given, not the host or UTC', () => {
    const b = block('a', '2026-01-14', '09:30', '11:00');
    const [inKathmandu] = layoutWeek(
      gridDays('2026-01-12', 7, 'Asia/Kathmandu'),
      [b],
      'Asia/Kathmandu',
    );
    // 09:30 Berlin (UTC+1) is 14:15 in Kathmandu (UTC+5:45).
    expect(inKathmandu).toMatchObject({
      day: '2026-01-14',
      top: 14 * 60 + 15,
      bottom: 15 * 60 + 45,
    });
  });

  it('splits a block that crosses midnight across two days and marks the cut ends', () => {
    const late = block('late', '2026-01-13', '23:00', '01:30', '2026-01-14');
    expect(piecesOf(week, [late])).toEqual([
      {
        id: 'late',
        day: '2026-01-13',
        top: 23 * 60,
        bottom: 24 * 60,
        lane: 0,
        lanes: 1,
        clippedStart: false,
        clippedEnd: true,
      },
      {
        id: 'late',
        day: '2026-01-14',
        top: 0,
        bottom: 90,
        lane: 0,
        lanes: 1,
        clippedStart: true,
        clippedEnd: false,
      },
    ]);
  });

  it('clips a block that starts before the first day shown and leaves out blocks outside the week', () => {
    const spill = block('spill', '2026-01-11', '22:00', '02:00', '2026-01-12');
    const before = block('before', '2026-01-10', '09:00', '10:00');
    const after = block('after', '2026-01-19', '09:00', '10:00');
    expect(piecesOf(week, [spill, before, after])).toEqual([
      expect.objectContaining({
        id: 'spill',
        day: '2026-01-12',
        top: 0,
        bottom: 120,
        clippedStart: true,
      }),
    ]);
  });

  it('puts overlapping blocks side by side and a separate block in a lane of its own', () => {
    const day = '2026-01-15';
    const pieces = piecesOf(week, [
      block('c', day, '13:00', '14:00'),
      block('b', day, '10:00', '12:00'),
      block('a', day, '09:00', '11:00'),
    ]);
    const byId = Object.fromEntries(pieces.map((p) => [p.id, p]));
    expect(byId.a).toMatchObject({ lane: 0, lanes: 2 });
    expect(byId.b).toMatchObject({ lane: 1, lanes: 2 });
    expect(byId.c).toMatchObject({ lane: 0, lanes: 1 });
  });

  it('reuses a lane once its block has ended (three blocks, two lanes)', () => {
    const day = '2026-01-15';
    const pieces = piecesOf(week, [
      block('long', day, '09:00', '12:00'),
      block('first', day, '09:30', '10:00'),
      block('second', day, '10:00', '11:00'),
    ]);
    const byId = Object.fromEntries(pieces.map((p) => [p.id, p]));
    expect(byId.long).toMatchObject({ lane: 0, lanes: 2 });
    expect(byId.first).toMatchObject({ lane: 1, lanes: 2 });
    expect(byId.second).toMatchObject({ lane: 1, lanes: 2 });
  });

  it('keeps back-to-back blocks in one lane', () => {
    const day = '2026-01-16';
    const pieces = piecesOf(week, [
      block('a', day, '09:00', '10:00'),
      block('b', day, '10:00', '11:00'),
    ]);
    expect(pieces.map((p) => [p.lane, p.lanes])).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it('lays out the same block the same way on different days (lanes are per day)', () => {
    const pieces = piecesOf(week, [
      block('mon', '2026-01-12', '09:00', '10:00'),
      block('tue', '2026-01-13', '09:00', '10:00'),
    ]);
    expect(pieces.map((p) => [p.day, p.lane, p.lanes])).toEqual([
      ['2026-01-12', 0, 1],
      ['2026-01-13', 0, 1],
    ]);
  });

  it('never puts two overlapping pieces of a day in the same lane, and lanes < lanes count', () => {
    const quarter = fc.integer({ min: 0, max: 95 });
    const midnight = toInstant('2026-01-14', '00:00', ZONE);
    const blocks = fc
      .array(fc.tuple(quarter, fc.integer({ min: 1, max: 16 })), { maxLength: 12 })
      .map((spans) =>
        spans.map(([q, len], i) => ({
          id: `b${i}`,
          start: midnight + q * 15 * MIN,
          end: midnight + (q + len) * 15 * MIN,
        })),
      );
    fc.assert(
      fc.property(blocks, (items) => {
        const pieces = layoutWeek(week, items, ZONE);
        for (const p of pieces) {
          expect(p.lane).toBeGreaterThanOrEqual(0);
          expect(p.lane).toBeLessThan(p.lanes);
          expect(p.bottom).toBeGreaterThan(p.top);
        }
        for (const p of pieces) {
          for (const q of pieces) {
            if (p === q || p.day !== q.day) continue;
            if (p.top < q.bottom && q.top < p.bottom) {
              expect(p.lane).not.toBe(q.lane);
              expect(p.lanes).toBe(q.lanes);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('layoutWeek on DST days (Europe/Berlin)', () => {
  it('on 29 Mar 2026 (23 h: 02:00–03:00 does not exist) places a block after 03:00 at its wall-clock minute', () => {
    const days = gridDays('2026-03-29', 1);
    expect(days[0] && (days[0].end - days[0].start) / (60 * MIN)).toBe(23);
    const [piece] = layoutWeek(days, [block('a', '2026-03-29', '04:00', '05:30')], ZONE);
    expect(piece).toMatchObject({ top: 240, bottom: 330 });
  });

  it('on 29 Mar 2026 a block across the missing hour spans it on the wall clock', () => {
    const days = gridDays('2026-03-29', 1);
    const across = block('a', '2026-03-29', '01:00', '04:00');
    expect((across.end - across.start) / MIN).toBe(120);
    expect(layoutWeek(days, [across], ZONE)[0]).toMatchObject({ top: 60, bottom: 240 });
  });

  it('on 25 Oct 2026 (25 h: 02:00–03:00 twice) a block after the repeated hour is at its wall-clock minute', () => {
    const days = gridDays('2026-10-25', 1);
    expect(days[0] && (days[0].end - days[0].start) / (60 * MIN)).toBe(25);
    expect(layoutWeek(days, [block('a', '2026-10-25', '09:00', '10:00')], ZONE)[0]).toMatchObject({
      top: 540,
      bottom: 600,
    });
  });

  it('on 25 Oct 2026 a block inside the repeated hour still gets a visible height', () => {
    const days = gridDays('2026-10-25', 1);
    // 02:40 (first time, CEST) to 02:10 (second time, CET): 30 real minutes, but the wall clock
    // runs backwards from 02:40 to 02:10.
    const firstPass = toInstant('2026-10-25', '02:40', ZONE);
    const item = { id: 'a', start: firstPass, end: firstPass + 30 * MIN };
    const [piece] = layoutWeek(days, [item], ZONE);
    expect(piece?.top).toBe(160);
    expect(piece && piece.bottom - piece.top).toBeGreaterThanOrEqual(15);
    expect(piece?.bottom).toBeLessThanOrEqual(24 * 60);
  });

  it('on 25 Oct 2026 a block wholly in the second 02:00 hour is placed there', () => {
    const days = gridDays('2026-10-25', 1);
    const second = toInstant('2026-10-25', '02:00', ZONE) + 60 * MIN + 10 * MIN;
    const [piece] = layoutWeek(days, [{ id: 'a', start: second, end: second + 30 * MIN }], ZONE);
    expect(piece).toMatchObject({ top: 130, bottom: 160 });
  });
});

describe('lines of text in a block', () => {
  const at = (zoom: 'compact' | 'comfortable' | 'large', minutes: number, lines = 2) =>
    textFit(minutes * pxPerMinAt(zoom), lines);

  it('a 1-hour block has its title and both time lines at every zoom', () => {
    for (const { zoom } of ZOOMS) expect(at(zoom, 60).subLines).toBe(2);
    // At the default zoom a long title also gets a second line, not an ellipsis.
    expect(at('comfortable', 60)).toEqual({ titleLines: 2, subLines: 2 });
    expect(at('compact', 60)).toEqual({ titleLines: 1, subLines: 2 });
  });

  it('a shorter block shows only whole lines, the title always', () => {
    expect(at('comfortable', 15)).toEqual({ titleLines: 1, subLines: 0 });
    expect(at('comfortable', 30)).toEqual({ titleLines: 1, subLines: 0 });
    expect(at('comfortable', 45)).toEqual({ titleLines: 1, subLines: 2 });
    expect(at('compact', 30)).toEqual({ titleLines: 1, subLines: 0 });
    expect(at('compact', 45)).toEqual({ titleLines: 1, subLines: 1 });
  });

  it('a tall block wraps its title onto at most three lines', () => {
    expect(at('comfortable', 120)).toEqual({ titleLines: 3, subLines: 2 });
    expect(at('large', 240, 0)).toEqual({ titleLines: 3, subLines: 0 });
  });

  it('never lays out more than the block holds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 4 }), (h, n) => {
        const fit = textFit(h, n);
        expect(fit.subLines).toBeLessThanOrEqual(n);
        if (fit.subLines > 0 || fit.titleLines > 1) {
          expect(6 + fit.titleLines * 15 + fit.subLines * 13).toBeLessThanOrEqual(h);
        }
      }),
    );
  });
});

describe('availability lanes', () => {
  const band = (lane: number, top: number, bottom: number) => ({
    top,
    bottom,
    item: { lane, color: `#${lane}${lane}${lane}`, name: `C${lane}`, label: `${top}–${bottom}` },
  });

  it('bands that do not overlap share a lane; each is named', () => {
    const pieces = laneBands([band(0, 300, 780), band(1, 1020, 1440), band(2, 1320, 1440)], 3);
    expect(pieces.map((p) => [p.text, p.lane])).toEqual([
      ['C0', 0],
      ['C1', 0],
      ['C2', 1],
    ]);
    expect(pieces[0]?.label).toBe('C0: 300–780');
  });

  it('more overlapping clients than lanes: the last lane says how many more, and who', () => {
    const bands = [0, 1, 2, 3, 4].map((i) => band(i, 600 + i * 10, 1000));
    const pieces = laneBands(bands, 3);
    expect(Math.max(...pieces.map((p) => p.lane))).toBe(2);
    const more = pieces.filter((p) => p.color === null);
    expect(more).toEqual([
      {
        top: 620,
        bottom: 1000,
        lane: 2,
        color: null,
        text: '+3',
        label: '3 more clients available: C2: 620–1000; C3: 630–1000; C4: 640–1000',
      },
    ]);
  });

  it('never uses more lanes than allowed, and every band is drawn or counted', () => {
    const bandArb = fc
      .tuple(fc.integer({ min: 0, max: 1400 }), fc.integer({ min: 1, max: 600 }))
      .map(([top, len]) => ({ top, len }));
    fc.assert(
      fc.property(
        fc.array(bandArb, { maxLength: 30 }),
        fc.integer({ min: 1, max: 4 }),
        (spec, max) => {
          const bands = spec.map((b, i) => band(i, b.top, Math.min(1440, b.top + b.len)));
          const pieces = laneBands(bands, max);
          expect(pieces.every((p) => p.lane < max)).toBe(true);
          const counted = pieces.reduce(
            (n, p) => n + (p.color === null ? Number(p.text.slice(1)) : 1),
            0,
          );
          expect(counted).toBe(bands.length);
          // No two pieces of one lane overlap.
          for (const a of pieces)
            for (const b of pieces)
              if (a !== b && a.lane === b.lane)
                expect(a.bottom <= b.top || b.bottom <= a.top).toBe(true);
        },
      ),
    );
  });
});

describe('withSlotKeys', () => {
  type Item = { id: string; kind: string; source: string; start: number; end: number };
  const weekly = (day: string, start: string, end: string): Item => ({
    ...block(`standup@${day}`, day, start, end),
    kind: 'commitment',
    source: 'standup',
  });
  const oneOff = (id: string, day: string, start: string, end: string): Item => ({
    ...block(id, day, start, end),
    kind: 'session',
    source: id,
  });
  const keysOn = (first: string, items: Item[]) =>
    withSlotKeys(layoutWeek(gridDays(first, 1), items, ZONE)).map(([key]) => key);

  it('gives a weekly commitment the same key in every week, whatever else the day holds', () => {
    const thisWeek = keysOn('2026-03-02', [weekly('2026-03-02', '09:00', '09:30')]);
    const nextWeek = keysOn('2026-03-09', [
      oneOff('s1', '2026-03-09', '07:00', '08:00'),
      weekly('2026-03-09', '09:00', '09:30'),
    ]);
    expect(thisWeek).toEqual(['commitment:standup@540']);
    expect(nextWeek).toContain('commitment:standup@540');
    expect(nextWeek).toEqual(['session:s1@420', 'commitment:standup@540']);
  });

  it('keeps keys unique within a day when two blocks share a source and a start', () => {
    const a = { ...weekly('2026-03-02', '09:00', '09:30'), id: 'a' };
    const b = { ...weekly('2026-03-02', '09:00', '10:00'), id: 'b' };
    const keys = keysOn('2026-03-02', [a, b]);
    expect(new Set(keys).size).toBe(2);
    expect(keys).toEqual(['commitment:standup@540', 'commitment:standup@540#1']);
  });
});
