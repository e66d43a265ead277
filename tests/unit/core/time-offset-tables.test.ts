/**
 * Offset tables kept between sessions: a fresh module that imports what another built answers
 * exactly as the builder did without asking Intl again, and a damaged snapshot is refused whole.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as DateFnsTz from '@date-fns/tz';
import type * as TimeModule from '../../../src/core/time';
import type { OffsetTablesSnapshot } from '../../../src/core/time';

type Time = typeof TimeModule;

/** A fresh copy of the module (empty caches), with Intl look-ups counted. */
async function freshModule(): Promise<{ mod: Time; calls: () => number }> {
  vi.resetModules();
  let count = 0;
  vi.doMock('@date-fns/tz', async (original) => {
    const real = await original<typeof DateFnsTz>();
    return {
      ...real,
      tzOffset: (zone: string, date: Date) => {
        count++;
        return real.tzOffset(zone, date);
      },
    };
  });
  const mod = await import('../../../src/core/time');
  return { mod, calls: () => count };
}

afterEach(() => {
  vi.doUnmock('@date-fns/tz');
  vi.resetModules();
});

const ZONES = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kathmandu'];
// Hourly instants through 2026, across every DST change of these zones.
const INSTANTS = Array.from({ length: 365 * 24 }, (_, h) => Date.UTC(2026, 0, 1) + h * 3_600_000);

describe('exported offset tables', () => {
  it('answer every conversion the same in a new session, with no Intl look-up', async () => {
    const builder = await freshModule();
    const expected = ZONES.map((z) => INSTANTS.map((t) => builder.mod.offsetMinutes(z, t)));
    const snapshot = JSON.parse(JSON.stringify(builder.mod.exportOffsetTables())) as unknown;

    const next = await freshModule();
    expect(next.mod.importOffsetTables(snapshot)).toBe(true);
    const actual = ZONES.map((z) => INSTANTS.map((t) => next.mod.offsetMinutes(z, t)));
    expect(actual).toEqual(expected);
    expect(next.calls()).toBe(0);
    expect(
      next.mod.offsetChanges('Europe/London', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)),
    ).toEqual(
      builder.mod.offsetChanges('Europe/London', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)),
    );
  });

  it('is refused whole when any entry is damaged', async () => {
    const builder = await freshModule();
    builder.mod.offsetMinutes('America/New_York', Date.UTC(2026, 2, 10));
    builder.mod.offsetMinutes('Europe/London', Date.UTC(2026, 2, 10));
    const good = builder.mod.exportOffsetTables();
    const first = good[0];
    if (!first) throw new Error('nothing built');
    const damaged: [string, unknown][] = [
      ['not a list', { tables: good }],
      ['offset out of range', [{ ...first, offsets: first.offsets.map(() => 5000) }]],
      ['starts out of order', [{ ...first, starts: [...first.starts].reverse() }]],
      ['lengths differ', [{ ...first, offsets: [...first.offsets, 0] }]],
      ['wrong first start', [{ ...first, starts: first.starts.map((s) => s + 1) }]],
      ['fractional quarter', [{ ...first, quarter: first.quarter + 0.5 }]],
      ['empty zone', [{ ...first, zone: '' }]],
    ];
    for (const [name, snapshot] of damaged) {
      const fresh = await freshModule();
      const mixed = Array.isArray(snapshot) ? [...good.slice(1), ...snapshot] : snapshot;
      expect(fresh.mod.importOffsetTables(mixed), name).toBe(false);
      expect(fresh.mod.exportOffsetTables(), name).toEqual([] as OffsetTablesSnapshot);
    }
  });
});
