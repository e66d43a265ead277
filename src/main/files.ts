/**
 * Files the renderer asks for: save through a dialog, open through a dialog (size-capped), and
 * the automatic daily backup in userData/backups (one per day, the last 14 kept).
 */
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
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
const BACKUP_RE = /^backup-\d{4}-\d{2}-\d{2}\.json$/;

/** What the file handlers need. */
export type FileDeps = {
  getWindow: () => BrowserWindow | null;
  /** Where the save dialog starts (the Documents folder). */
  defaultDir: string;
  /** userData/backups */
  backupDir: string;
};

// A Record, not a ternary: a new file kind without its dialog filter does not compile.
const FILTERS: Readonly<Record<FileKind, FileFilter>> = {
  ics: { name: 'Calendar (ICS)', extensions: ['ics'] },
  json: { name: 'Planner backup (JSON)', extensions: ['json'] },
};

function filters(kind: FileKind): FileFilter[] {
  return [FILTERS[kind]];
}

/** The backup file name for a day. */
export function backupName(day: string): string {
  return `backup-${day}.json`;
}

/**
 * The backup files to delete so only the newest `keep` up to `today` remain (names sort by date).
 * A backup dated after today (written while the clock was wrong) is neither counted nor deleted:
 * counted, it would push out the real recent ones, today's included.
 */
export function backupsToDelete(names: readonly string[], keep: number, today: string): string[] {
  const upToToday = backupName(today);
  const backups = names.filter((name) => BACKUP_RE.test(name) && name <= upToToday).sort();
  return backups.slice(0, Math.max(0, backups.length - keep));
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
  // One handle for the checks and the read, and never more than the cap read: a file swapped or
  // growing between a stat and a read cannot get past the limit.
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error('the chosen item is not a file');
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
 * is kept on purpose: if data goes wrong later that day, the morning's copy is still intact.
 */
export async function writeDailyBackup(
  request: DailyBackupRequest,
  deps: FileDeps,
): Promise<{ written: boolean }> {
  const target = join(deps.backupDir, backupName(request.day));
  const existing = await stat(target).catch(() => null);
  if (existing) return { written: false };
  await writeFileAtomic(target, request.content);
  const names = await readdir(deps.backupDir);
  for (const name of backupsToDelete(names, BACKUPS_KEPT, request.day)) {
    await unlink(join(deps.backupDir, name)).catch(() => undefined);
  }
  return { written: true };
}
