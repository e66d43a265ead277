/**
 * Backup files: a versioned JSON snapshot of everything the planner stores, and the strict reader
 * that checks a whole file before anything is written (size, syntax, format version, every record,
 * zones, references, duplicates, hostile keys). Pure: the renderer reads and writes the database.
 */
import {
  Problems,
  checkReference,
  checkTimeOffOwners,
  readSettings,
  readTable,
  type ListTable,
} from './validate/backup-records';
import { STORED_TABLES, migrateRecords } from './migrate';
import { isPlainRecord } from './validate/fields';
import { describeJsonError, findHostileJson, stripBom, utf8Length } from './validate/json-text';
import type {
  Client,
  Commitment,
  Instant,
  MicrotaskSession,
  Platform,
  Settings,
  TimeOff,
  WorkRecord,
} from './types';

/** Marks a JSON file as ours, so a random JSON file is refused with a clear message. */
export const BACKUP_FORMAT = 'hybrid-planner-backup';
/** The newest backup file format this build reads and the one it writes. */
export const BACKUP_FORMAT_VERSION = 1;
/** Files above this size are refused before parsing (a real backup is far below 1 MB). */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** Everything the planner stores; `settings` is null before the first run. */
export type BackupData = {
  settings: Settings | null;
  clients: Client[];
  commitments: Commitment[];
  platforms: Platform[];
  sessions: MicrotaskSession[];
  /** Since data version 5; an older backup restores with none. */
  timeOff: TimeOff[];
  /** Since data version 8: what became of past occurrences; an older backup restores with none. */
  workRecords: WorkRecord[];
};

export type { ListTable };

/** A parsed, fully validated backup file. */
export type Backup = {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  /** The database schema version the data was read from. */
  schemaVersion: number;
  /** ISO instant with Z. */
  exportedAt: string;
  data: BackupData;
};

/** A backup, or the first problem in words plus the list of all of them. */
export type ParseResult =
  { ok: true; backup: Backup } | { ok: false; error: string; details: string[] };

const MAX_DEPTH = 24;

/** Writes a backup of `data` as pretty-printed JSON. */
export function createBackup(
  data: BackupData,
  options: { appVersion: string; now: Instant; schemaVersion: number },
): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    schemaVersion: options.schemaVersion,
    exportedAt: new Date(options.now).toISOString(),
    data,
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Reads the envelope; returns a message for the first thing that makes the file unusable. */
function readEnvelope(
  root: unknown,
  schemaVersion: number,
): { error: string } | (Omit<Backup, 'data'> & { raw: Record<string, unknown> }) {
  if (!isPlainRecord(root) || root['format'] !== BACKUP_FORMAT) {
    return { error: 'This file is not a Hybrid Planner backup.' };
  }
  const version = root['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { error: 'The backup’s format version is missing or unreadable.' };
  }
  const appVersion = root['appVersion'];
  if (typeof appVersion !== 'string' || appVersion.length > 64) {
    return { error: 'The backup does not say which app version made it, so it was not read.' };
  }
  if (version > BACKUP_FORMAT_VERSION) {
    return {
      error: `This backup was made by a newer Hybrid Planner (version ${appVersion}, backup format ${version}); this app reads up to format ${BACKUP_FORMAT_VERSION}. Update the app, then restore it.`,
    };
  }
  const schema = root['schemaVersion'];
  if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1) {
    return { error: 'The backup’s data version is missing or unreadable.' };
  }
  if (schema > schemaVersion) {
    return {
      error: `This backup holds data from a newer Hybrid Planner (version ${appVersion}, data version ${schema}; this app knows up to ${schemaVersion}). Update the app, then restore it.`,
    };
  }
  const exportedAt = root['exportedAt'];
  if (
    typeof exportedAt !== 'string' ||
    !/Z$/.test(exportedAt) ||
    !Number.isFinite(Date.parse(exportedAt))
  ) {
    return { error: 'The backup’s export time is missing or unreadable.' };
  }
  const data = root['data'];
  if (!isPlainRecord(data)) return { error: 'The backup contains no data.' };
  return {
    format: BACKUP_FORMAT,
    formatVersion: version,
    appVersion,
    schemaVersion: schema,
    exportedAt,
    raw: data,
  };
}

/** Checks a whole backup file; only a file with no problem at all comes back as a backup. */
export function parseBackup(file: string, options: { schemaVersion: number }): ParseResult {
  // A desktop read keeps a byte-order mark that a browser's file.text() drops.
  const text = stripBom(file);
  const fail = (error: string, details: string[] = []): ParseResult => ({
    ok: false,
    error: `${error} Nothing was changed.`,
    details,
  });
  // Measured before parsing: a huge file must not be parsed at all.
  const bytes = text.length > MAX_BACKUP_BYTES ? text.length : utf8Length(text);
  if (bytes > MAX_BACKUP_BYTES) {
    return fail(
      `This file is ${megabytes(bytes)}; backups over 50 MB are refused (a planner backup is normally well under 1 MB). Check that you picked the right file.`,
    );
  }
  if (text.trim() === '') return fail('The file is empty.');
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return fail(describeJsonError(text, error));
  }
  const hostile = findHostileJson(root, { maxDepth: MAX_DEPTH });
  if (hostile) return fail(`${hostile} It was refused.`);
  const envelope = readEnvelope(root, options.schemaVersion);
  if ('error' in envelope) return fail(envelope.error);
  // Older data is upgraded as the database upgrades it (migrate.ts), then checked as today's.
  const { raw: stored, ...head } = envelope;
  const raw = migrateRecords(head.schemaVersion, options.schemaVersion, stored);
  const problems = new Problems();
  const data: BackupData = {
    settings: readSettings(raw['settings'] ?? null, problems),
    clients: readTable(raw, 'clients', problems),
    commitments: readTable(raw, 'commitments', problems),
    platforms: readTable(raw, 'platforms', problems),
    sessions: readTable(raw, 'sessions', problems),
    timeOff: readTable(raw, 'timeOff', problems),
    workRecords: readTable(raw, 'workRecords', problems),
  };
  checkReference(raw, 'commitments', 'clientId', 'clients', 'client', problems);
  checkReference(raw, 'sessions', 'platformId', 'platforms', 'platform', problems);
  checkTimeOffOwners(raw, problems);
  checkReference(raw, 'workRecords', 'commitmentId', 'commitments', 'commitment', problems);
  if (problems.total === 0) return { ok: true, backup: { ...head, data } };
  const more = problems.total - problems.list.length;
  const details =
    more > 0 ? [...problems.list, `…and ${more} more ${plural(more, 'problem')}.`] : problems.list;
  const first = problems.list[0] ?? 'The backup has problems.';
  return fail(
    problems.total === 1
      ? first
      : `${first} (and ${problems.total - 1} more ${plural(problems.total - 1, 'problem')}).`,
    details,
  );
}

// ---------------------------------------------------------------------------------------------
// Restore plan
// ---------------------------------------------------------------------------------------------

/** Replace: the data becomes the backup's. Merge: by id, the newer change of each record wins. */
export type RestoreMode = 'replace' | 'merge';

/** What a restore does to one table, compared with the data here now. */
export type TableChanges = { added: number; updated: number; removed: number; unchanged: number };

/** Every table a backup holds. */
export type TableKey = 'settings' | ListTable;

/** A checked restore, ready to apply in one transaction. */
export type RestorePlan = {
  mode: RestoreMode;
  /** What the database holds once the plan is applied. */
  final: BackupData;
  /** Records to write (added or updated); in 'replace' mode the tables are cleared first. */
  writes: BackupData;
  /** Per table: what changes compared with the current data. */
  changes: Record<TableKey, TableChanges>;
  /** Per table: how many records the backup holds. */
  contains: Record<TableKey, number>;
  /** How many of the backup's records were stamped too far ahead and had their stamp clamped. */
  clamped: number;
};

/** How far past now a change time may lie (clocks differ, zones are travelled) before it is clamped. */
const FUTURE_STAMP_SLACK_MS = 24 * 60 * 60 * 1000;

/** The tables in the order they are shown. */
export const TABLE_KEYS: readonly TableKey[] = STORED_TABLES;

/** Deep equality of JSON-shaped values, ignoring key order. */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item: unknown, i) => sameData(item, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const bRecord: Record<string, unknown> = { ...b };
  const aRecord: Record<string, unknown> = { ...a };
  return ka.every((k) => Object.hasOwn(bRecord, k) && sameData(aRecord[k], bRecord[k]));
}

type Dated = { id: string; updatedAt: number };

/** Plans one table: which records end up stored, which are written, and the counts. */
function planTable<T extends Dated>(
  current: readonly T[],
  incoming: readonly T[],
  mode: RestoreMode,
): { final: T[]; writes: T[]; changes: TableChanges } {
  const byId = new Map(current.map((r) => [r.id, r]));
  const incomingIds = new Set(incoming.map((r) => r.id));
  const changes: TableChanges = { added: 0, updated: 0, removed: 0, unchanged: 0 };
  const writes: T[] = [];
  const kept: T[] = [];
  for (const record of incoming) {
    const existing = byId.get(record.id);
    // Merge: the newer change wins; on a tie the data already here stays.
    const take = mode === 'replace' || !existing || record.updatedAt > existing.updatedAt;
    const chosen = take ? record : (existing ?? record);
    kept.push(chosen);
    if (!existing) changes.added++;
    else if (sameData(existing, chosen)) changes.unchanged++;
    else changes.updated++;
    if (!existing || !sameData(existing, chosen)) writes.push(chosen);
  }
  const others = current.filter((r) => !incomingIds.has(r.id));
  if (mode === 'replace') changes.removed = others.length;
  else changes.unchanged += others.length;
  const final = mode === 'replace' ? kept : [...others, ...kept];
  // Replace clears the table first, so every record is written again.
  return { final, writes: mode === 'replace' ? kept : writes, changes };
}

/** When a restore happens, and when the file was made. */
export type RestoreClock = { now: Instant; exportedAt: Instant };

/**
 * Sets every change time later than now plus a day to the time the file was made (or now, if
 * that is later still). A merge lets the newer change win, so a record stamped in the year 2200
 * (a wrong clock, an edited file) would otherwise win every later merge against real edits; and
 * clamped to now, it would still win the next merge of the same file over edits made meanwhile.
 */
function clampFutureStamps(
  data: BackupData,
  clock: RestoreClock,
): { data: BackupData; clamped: number } {
  const limit = clock.now + FUTURE_STAMP_SLACK_MS;
  const stamp = Math.min(clock.exportedAt, clock.now);
  let clamped = 0;
  const clamp = <T extends { updatedAt: number }>(record: T): T => {
    if (record.updatedAt <= limit) return record;
    clamped++;
    return { ...record, updatedAt: stamp };
  };
  const result: BackupData = {
    settings: data.settings && clamp(data.settings),
    clients: data.clients.map(clamp),
    commitments: data.commitments.map(clamp),
    platforms: data.platforms.map(clamp),
    sessions: data.sessions.map(clamp),
    timeOff: data.timeOff.map(clamp),
    workRecords: data.workRecords.map(clamp),
  };
  return { data: result, clamped };
}

/**
 * Plans restoring `backup` over `current`: replace everything, or merge by id (newer wins).
 * Change times later than now plus a day are clamped first (see clampFutureStamps).
 */
export function planRestore(
  current: BackupData,
  stored: BackupData,
  mode: RestoreMode,
  clock: RestoreClock,
): RestorePlan {
  const { data: backup, clamped } = clampFutureStamps(stored, clock);
  // A backup without settings never removes the ones here (the app needs them to start); a
  // merge keeps whichever settings changed last.
  const incoming = backup.settings;
  const here = current.settings;
  const settings =
    !incoming || (mode === 'merge' && here && here.updatedAt >= incoming.updatedAt)
      ? here
      : incoming;
  const settingsWrite = settings && (!here || !sameData(here, settings)) ? settings : null;
  const clients = planTable(current.clients, backup.clients, mode);
  const commitments = planTable(current.commitments, backup.commitments, mode);
  const platforms = planTable(current.platforms, backup.platforms, mode);
  const sessions = planTable(current.sessions, backup.sessions, mode);
  const timeOff = planTable(current.timeOff, backup.timeOff, mode);
  const workRecords = planTable(current.workRecords, backup.workRecords, mode);
  return {
    mode,
    final: {
      settings,
      clients: clients.final,
      commitments: commitments.final,
      platforms: platforms.final,
      sessions: sessions.final,
      timeOff: timeOff.final,
      workRecords: workRecords.final,
    },
    writes: {
      settings: settingsWrite,
      clients: clients.writes,
      commitments: commitments.writes,
      platforms: platforms.writes,
      sessions: sessions.writes,
      timeOff: timeOff.writes,
      workRecords: workRecords.writes,
    },
    changes: {
      settings: settingsChangesFor(here, settings),
      clients: clients.changes,
      commitments: commitments.changes,
      platforms: platforms.changes,
      sessions: sessions.changes,
      timeOff: timeOff.changes,
      workRecords: workRecords.changes,
    },
    contains: {
      settings: backup.settings ? 1 : 0,
      clients: backup.clients.length,
      commitments: backup.commitments.length,
      platforms: backup.platforms.length,
      sessions: backup.sessions.length,
      timeOff: backup.timeOff.length,
      workRecords: backup.workRecords.length,
    },
    clamped,
  };
}

function settingsChangesFor(before: Settings | null, after: Settings | null): TableChanges {
  const none: TableChanges = { added: 0, updated: 0, removed: 0, unchanged: 0 };
  if (!after) return none;
  if (!before) return { ...none, added: 1 };
  return sameData(before, after) ? { ...none, unchanged: 1 } : { ...none, updated: 1 };
}
