/**
 * Small JSON files in userData (window bounds, the last reminder schedule): read as `unknown`
 * for the caller to validate, written atomically so a crash mid-write never leaves half a file.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Reads and parses a JSON file; null when it is missing, unreadable or not JSON. */
export function readJsonFileSync(path: string): unknown {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed;
  } catch {
    return null;
  }
}

/** Writes text to a temporary sibling, then renames it over the target. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, text, 'utf8');
  await rename(temp, path);
}

/** Serialises a value as JSON and writes it atomically. */
export async function writeJsonFile(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}
