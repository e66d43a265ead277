import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/core/backup';
import type { DailyBackupRequest, PlannerBridge } from '../../../src/core/bridge/contract';
import { sampleWeek } from '../../../src/core/sample-week';
import {
  exportBackup,
  maybeWriteDailyBackup,
  type DayMarker,
} from '../../../src/renderer/src/db/backup-io';
import { SCHEMA_VERSION } from '../../../src/renderer/src/db/schema';
import { freshDb, seed } from './helpers';

// Monday 23 Nov 2026 at 23:30 in Manila is still 15:30 UTC on the same day; 00:30 is the next day.
const MONDAY_LATE = Date.UTC(2026, 10, 23, 15, 30);
const TUESDAY_EARLY = Date.UTC(2026, 10, 23, 16, 30);
const sample = sampleWeek({ weekStart: '2026-11-23', now: MONDAY_LATE });

function fakeBridge(desktop: boolean) {
  const written: DailyBackupRequest[] = [];
  const bridge: Pick<PlannerBridge, 'getAppInfo' | 'writeDailyBackup'> = {
    async getAppInfo() {
      return { version: '0.1.0', platform: desktop ? 'linux' : 'web', desktop };
    },
    async writeDailyBackup(request) {
      written.push(request);
      return { written: desktop };
    },
  };
  return { bridge, written };
}

function memoryMarker(): DayMarker & { day: string | null } {
  return {
    day: null,
    read() {
      return this.day;
    },
    write(day) {
      this.day = day;
    },
  };
}

async function sampleDb() {
  const db = freshDb('io');
  await seed(db, { ...sample, settings: sample.settings, timeOff: [], workRecords: [] });
  return db;
}

describe('exportBackup', () => {
  it('names the file after today in the home zone and writes a file that restores', async () => {
    const db = await sampleDb();
    const file = await exportBackup(db, {
      appVersion: '0.1.0',
      now: TUESDAY_EARLY,
      zone: 'Asia/Manila',
    });
    expect(file.name).toBe('hybrid-planner-backup-2026-11-24.json');
    const parsed = parseBackup(file.content, { schemaVersion: SCHEMA_VERSION });
    expect(parsed.ok && parsed.backup.data.commitments.length).toBe(sample.commitments.length);
  });
});

describe('maybeWriteDailyBackup', () => {
  it('writes once per day in the home zone through the desktop shell', async () => {
    const db = await sampleDb();
    const { bridge, written } = fakeBridge(true);
    const marker = memoryMarker();
    const run = (now: number) => maybeWriteDailyBackup(db, bridge, now, 'Asia/Manila', { marker });
    expect(await run(MONDAY_LATE - 3_600_000)).toEqual({ written: true });
    expect(await run(MONDAY_LATE)).toEqual({ written: false });
    expect(await run(TUESDAY_EARLY)).toEqual({ written: true });
    expect(written.map((w) => w.day)).toEqual(['2026-11-23', '2026-11-24']);
    const parsed = parseBackup(written[1]?.content ?? '', { schemaVersion: SCHEMA_VERSION });
    expect(parsed.ok).toBe(true);
  });

  it('does nothing in a browser, or when there is nothing to back up', async () => {
    const web = fakeBridge(false);
    expect(
      await maybeWriteDailyBackup(await sampleDb(), web.bridge, MONDAY_LATE, 'UTC', {
        marker: memoryMarker(),
      }),
    ).toEqual({ written: false });
    expect(web.written).toEqual([]);
    const desktop = fakeBridge(true);
    expect(
      await maybeWriteDailyBackup(freshDb('empty'), desktop.bridge, MONDAY_LATE, 'UTC', {
        marker: memoryMarker(),
      }),
    ).toEqual({ written: false });
    expect(desktop.written).toEqual([]);
  });
});
