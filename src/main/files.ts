/**
 * Files the renderer asks for: save through a dialog, open through a dialog (size-capped, regular
 * files only), and the automatic daily backup in userData/backups (one per day, dated by main's
 * own clock, the last 14 kept within a size cap).
 */
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import { constants } from 'node:fs';
import { open, readdir, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type {
  DailyBackupRequest,
  FileKind,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
} from '../core/bridge/contract';
import { LIMITS } from '../core/bridge/validate';
import { writeFileAtomic } from './json-file';

/** How many daily backups are kept. */
export const BACKUPS_KEPT = 14;
/** The most the backups folder holds: older backups go first once the folder is past it. */
export const BACKUPS_MAX_BYTES = 250 * 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;
const BACKUP_RE = /^backup-\d{4}-\d{2}-\d{2}\.json$/;

/** What the file handlers need. */
export type FileDeps = {
  getWindow: () => BrowserWindow | null;
  /** Where the save dialog starts (the Documents folder). */
  defaultDir: string;
  /** userData/backups */
  backupDir: string;
  /** Main's clock (the renderer's idea of "today" is never trusted for naming or pruning). */
  now: () => number;
};

// A Record, not a ternary: a new file kind without its dialog filter does not compile.
const FILTERS: Readonly<Record<FileKind, FileFilter>> = {
  ics: { name: 'Calendar (ICS)', extensions: ['ics'] },
  json: { name: 'Planner backup (JSON)', extensions: ['json'] },
  csv: { name: 'Timesheet (CSV)', extensions: ['csv'] },
};

function filters(kind: FileKind): FileFilter[] {
  return [FILTERS[kind]];
}

/** The backup file name for a day. */
export function backupName(day: string): string {
  return `backup-${day}.json`;
}

/** A backup file in the folder, with its size. */
export type BackupEntry = { name: string; size: number };

/**
 * The backup files to delete so only the newest `keep` up to `latest` remain (names sort by
 * date), and those within `maxBytes` together, oldest out first (the newest is always kept). A
 * backup dated after `latest` (written while a clock was wrong) is neither counted nor deleted:
 * counted, it would push out the real recent ones, today's included.
 */
export function backupsToDelete(
  entries: readonly BackupEntry[],
  keep: number,
  latest: string,
  maxBytes = Infinity,
): string[] {
  const upTo = backupName(latest);
  const backups = entries
    .filter((e) => BACKUP_RE.test(e.name) && e.name <= upTo)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const cut = Math.max(0, backups.length - keep);
  let total = backups.slice(cut).reduce((sum, e) => sum + e.size, 0);
  let first = cut;
  while (first < backups.length - 1 && total > maxBytes) total -= backups[first++]?.size ?? 0;
  return backups.slice(0, first).map((e) => e.name);
}

/** 'yyyy-MM-dd' of an instant in UTC. */
function utcDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The days a renderer may date a backup with: its home zone's today, which lies within a day of
 * main's UTC date in every zone (UTC−12 to UTC+14).
 */
export function acceptedBackupDays(now: number): { earliest: string; latest: string } {
  return { earliest: utcDay(now - DAY_MS), latest: utcDay(now + DAY_MS) };
}

/** file:save — asks where to save, then writes the content. */
export async function saveFile(request: SaveFileRequest, deps: FileDeps): Promise<SaveFileResult> {
  const options = {
    defaultPath: join(deps.defaultDir, request.suggestedName),
    filters: filters(request.kind),
  };
  const parent = deps.getWindow();
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { saved: false, name: null };
  await writeFileAtomic(result.filePath, request.content);
  return { saved: true, name: basename(result.filePath) };
}

/** file:open — asks for a file and reads it, refusing anything over 50 MB. */
export async function openFile(request: OpenFileRequest, deps: FileDeps): Promise<OpenFileResult> {
  const options = { properties: ['openFile' as const], filters: filters(request.kind) };
  const parent = deps.getWindow();
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  const path = result.filePaths[0];
  if (result.canceled || path === undefined) return null;
  // Opening a FIFO (or a device) waits for a writer that never comes: anything but a regular file
  // is refused before it is opened, and opened without blocking in case it was swapped since.
  if (!(await stat(path)).isFile()) throw new Error('the chosen item is not a regular file');
  // One handle for the checks and the read, and never more than the cap read: a file swapped or
  // growing between a stat and a read cannot get past the limit.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error('the chosen item is not a regular file');
    if (info.size > LIMITS.maxFileBytes) throw new Error('the file is larger than 50 MB');
    // One byte of room beyond the size seen: filling it means the file grew while being read.
    const buffer = Buffer.alloc(info.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > info.size) throw new Error('the file changed while it was being read');
    return { name: basename(path), content: buffer.toString('utf8', 0, length) };
  } finally {
    await handle.close();
  }
}

/**
 * backup:daily — writes today's backup unless one exists for that day. The first backup of a day
 * is kept on purpose: if data goes wrong later that day, the morning's copy is still intact. The
 * day must be today by main's clock (±1 for the home zone); pruning is relative to that clock, so
 * a renderer dating backups in the future can neither pile them up nor push the real ones out.
 */
export async function writeDailyBackup(
  request: DailyBackupRequest,
  deps: FileDeps,
): Promise<{ written: boolean }> {
  const { earliest, latest } = acceptedBackupDays(deps.now());
  if (request.day < earliest || request.day > latest) {
    throw new Error(`a daily backup must be dated today, not ${request.day}`);
  }
  const target = join(deps.backupDir, backupName(request.day));
  const existing = await stat(target).catch(() => null);
  if (existing) return { written: false };
  await writeFileAtomic(target, request.content);
  const entries: BackupEntry[] = [];
  for (const name of await readdir(deps.backupDir)) {
    const info = await stat(join(deps.backupDir, name)).catch(() => null);
    if (info?.isFile()) entries.push({ name, size: info.size });
  }
  for (const name of backupsToDelete(entries, BACKUPS_KEPT, latest, BACKUPS_MAX_BYTES)) {
    await unlink(join(deps.backupDir, name)).catch(() => undefined);
  }
  return { written: true };
}
