/**
 * Small JSON files in userData (window bounds, the last reminder schedule): read as `unknown`
 * for the caller to validate, written atomically so a crash mid-write never leaves half a file.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Reads and parses a JSON file; null when it is missing, unreadable or not JSON. */
export function readJsonFileSync(path: string): unknown {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed;
  } catch {
    return null;
  }
}

/**
 * Writes text to a temporary sibling, then renames it over the target, so the target is always
 * either the old file or the whole new one. The temporary name is random and created
 * exclusively: two writes in the same millisecond (a timestamp name) once shared one file and
 * left a mix of both. Its data is flushed to disk before the rename (else a crash can leave the
 * renamed file empty), and it is removed on every failure: a full disk leaves nothing behind,
 * also in a folder the user chose.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Serialises a value as JSON and writes it atomically. */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}
