/**
 * Whole-database backup and restore: a consistent snapshot of every table, a checked restore plan
 * applied in one transaction (all or nothing), and the automatic daily backup on the desktop.
 */
import {
  createBackup,
  planRestore,
  type BackupData,
  type RestoreClock,
  type RestoreMode,
  type RestorePlan,
} from '../../../core/backup';
import type { PlannerBridge } from '../../../core/bridge/contract';
import { dayOf } from '../../../core/time';
import type { Instant } from '../../../core/types';
import type { PlannerDb } from './db';
import { errorText } from '../format';
import { SCHEMA_VERSION } from './schema';
import { describeWriteError, type WriteFailure } from './write-result';

/** Every table a backup holds, for one transaction over them all. */
export function allTables(db: PlannerDb) {
  return [
    db.settings,
    db.clients,
    db.commitments,
    db.platforms,
    db.sessions,
    db.timeOff,
    db.workRecords,
  ];
}

/** Reads every table inside the caller's transaction. */
async function readTables(db: PlannerDb): Promise<BackupData> {
  const settings = await db.settings.get('settings');
  const clients = await db.clients.toArray();
  const commitments = await db.commitments.toArray();
  const platforms = await db.platforms.toArray();
  const sessions = await db.sessions.toArray();
  const timeOff = await db.timeOff.toArray();
  const workRecords = await db.workRecords.toArray();
  return {
    settings: settings ?? null,
    clients,
    commitments,
    platforms,
    sessions,
    timeOff,
    workRecords,
  };
}

/** Reads every table in one read-only transaction, so the snapshot is consistent. */
export async function readAllData(db: PlannerDb): Promise<BackupData> {
  return db.transaction('r', allTables(db), () => readTables(db));
}

/** True when there is nothing worth backing up. */
function isEmptyData(data: BackupData): boolean {
  return (
    data.settings === null &&
    data.clients.length === 0 &&
    data.commitments.length === 0 &&
    data.platforms.length === 0 &&
    data.sessions.length === 0 &&
    data.timeOff.length === 0 &&
    data.workRecords.length === 0
  );
}

/** The backup file for what the database holds now, named after today in `zone`. */
export async function exportBackup(
  db: PlannerDb,
  options: { appVersion: string; now: Instant; zone: string },
): Promise<{ name: string; content: string; data: BackupData }> {
  const data = await readAllData(db);
  const content = createBackup(data, {
    appVersion: options.appVersion,
    now: options.now,
    schemaVersion: SCHEMA_VERSION,
  });
  return { name: `hybrid-planner-backup-${dayOf(options.now, options.zone)}.json`, content, data };
}

export type RestoreResult = { ok: true; plan: RestorePlan } | ({ ok: false } & WriteFailure);

/**
 * Restores `backup` in one read-write transaction that reads the data here, plans, and writes:
 * every table changes, or none does, and an edit another window makes after the preview is
 * planned against instead of overwritten (a plan made before the transaction could not see it).
 * Planning is pure and synchronous: awaiting anything that is not Dexie inside the transaction
 * would let IndexedDB commit it half way.
 */
export async function restoreBackup(
  db: PlannerDb,
  backup: BackupData,
  mode: RestoreMode,
  clock: RestoreClock,
): Promise<RestoreResult> {
  try {
    const plan = await db.transaction('rw', allTables(db), async () => {
      const planned = planRestore(await readTables(db), backup, mode, clock);
      const { writes } = planned;
      if (mode === 'replace') {
        await db.clients.clear();
        await db.commitments.clear();
        await db.platforms.clear();
        await db.sessions.clear();
        await db.timeOff.clear();
        await db.workRecords.clear();
      }
      if (writes.settings) await db.settings.put(writes.settings);
      await db.clients.bulkPut(writes.clients);
      await db.commitments.bulkPut(writes.commitments);
      await db.platforms.bulkPut(writes.platforms);
      await db.sessions.bulkPut(writes.sessions);
      await db.timeOff.bulkPut(writes.timeOff);
      await db.workRecords.bulkPut(writes.workRecords);
      return planned;
    });
    return { ok: true, plan };
  } catch (error) {
    return { ok: false, ...describeWriteError(error) };
  }
}

/** Where the safety copy went, said for the result message; null when there was nothing to keep. */
export type SafetyBackup = { ok: true; savedAs: string | null } | { ok: false; message: string };

/**
 * Keeps a copy of the data here before a Replace restore removes it: on the desktop as today's
 * automatic backup in the app's backups folder, in a browser as a download.
 */
export async function writeSafetyBackup(
  db: PlannerDb,
  bridge: Pick<PlannerBridge, 'getAppInfo' | 'writeDailyBackup' | 'saveFile'>,
  options: { now: Instant; zone: string; marker?: DayMarker },
): Promise<SafetyBackup> {
  try {
    const info = await bridge.getAppInfo();
    const data = await readAllData(db);
    if (isEmptyData(data)) return { ok: true, savedAs: null };
    const content = createBackup(data, {
      appVersion: info.version,
      now: options.now,
      schemaVersion: SCHEMA_VERSION,
    });
    const day = dayOf(options.now, options.zone);
    if (info.desktop) {
      const result = await bridge.writeDailyBackup({ day, content });
      if (result.written) {
        // Today's automatic backup must not replace the copy with the restored data later today.
        (options.marker ?? localStorageMarker()).write(day);
        return { ok: true, savedAs: `backup-${day}.json in the app’s backups folder` };
      }
    } else {
      const name = `hybrid-planner-before-restore-${day}.json`;
      const saved = await bridge.saveFile({ kind: 'json', suggestedName: name, content });
      if (saved.saved) return { ok: true, savedAs: `${saved.name ?? name} (downloaded)` };
    }
    return { ok: false, message: 'The safety copy of your data was not saved.' };
  } catch (error) {
    return {
      ok: false,
      message: `The safety copy of your data could not be saved: ${errorText(error)}`,
    };
  }
}

/** Remembers the day of the last automatic backup (localStorage in the app). */
export type DayMarker = { read(): string | null; write(day: string): void };

const DAILY_KEY = 'hybrid-planner:last-daily-backup';

/** The day marker kept in this window's localStorage; a blocked storage means "not yet today". */
function localStorageMarker(): DayMarker {
  return {
    read() {
      try {
        return globalThis.localStorage?.getItem(DAILY_KEY) ?? null;
      } catch {
        return null;
      }
    },
    write(day) {
      try {
        globalThis.localStorage?.setItem(DAILY_KEY, day);
      } catch {
        // Without storage the backup is simply written again next time: harmless.
      }
    },
  };
}

/**
 * Writes today's automatic backup through the desktop shell (which keeps the last 14), at most
 * once per day in `zone`. Does nothing in a browser or when there is no data yet.
 */
export async function maybeWriteDailyBackup(
  db: PlannerDb,
  bridge: Pick<PlannerBridge, 'getAppInfo' | 'writeDailyBackup'>,
  now: Instant,
  zone: string,
  options: { marker?: DayMarker } = {},
): Promise<{ written: boolean }> {
  const marker = options.marker ?? localStorageMarker();
  const day = dayOf(now, zone);
  if (marker.read() === day) return { written: false };
  const info = await bridge.getAppInfo();
  if (!info.desktop) return { written: false };
  const data = await readAllData(db);
  // An empty database must not push a real backup out of the 14 kept.
  if (isEmptyData(data)) return { written: false };
  const content = createBackup(data, {
    appVersion: info.version,
    now,
    schemaVersion: SCHEMA_VERSION,
  });
  const result = await bridge.writeDailyBackup({ day, content });
  if (result.written) marker.write(day);
  return { written: result.written };
}
