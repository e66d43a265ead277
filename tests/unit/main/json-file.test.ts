import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../src/main/json-file';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'planner-atomic-'));
  dirs.push(dir);
  return dir;
}

/** A 64 KiB tmpfs: a real full disk. Needs root (CI and this project's machines run as root). */
function smallDisk(): { dir: string; unmount: () => void } | null {
  const dir = tempDir();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return { dir, unmount: () => execFileSync('umount', [dir]) };
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes the whole text and leaves no temporary file', async () => {
    const dir = tempDir();
    await writeFileAtomic(join(dir, 'a.json'), '{"a":1}\n');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('keeps concurrent writes in the same millisecond apart: the file is one of them whole', async () => {
    // A name made of the pid and Date.now() was shared by these writes, which mixed their bytes.
    vi.spyOn(Date, 'now').mockReturnValue(1_800_000_000_000);
    const dir = tempDir();
    const target = join(dir, 'backup.json');
    const texts = Array.from({ length: 8 }, (_, i) => String(i).repeat(512 * 1024 + i));
    await Promise.all(texts.map((text) => writeFileAtomic(target, text)));
    expect(texts).toContain(readFileSync(target, 'utf8'));
    expect(readdirSync(dir)).toEqual(['backup.json']);
  });

  it('on a full disk fails, keeps the old file and leaves no partial temporary file', async (context) => {
    const disk = smallDisk();
    // Mounting a tmpfs needs root; without it there is no real full disk to write to.
    if (!disk) return context.skip('no tmpfs can be mounted here (not root)');
    try {
      const target = join(disk.dir, 'week.ics');
      writeFileSync(target, 'old');
      await expect(writeFileAtomic(target, 'x'.repeat(200 * 1024))).rejects.toThrow(/ENOSPC/);
      expect(readFileSync(target, 'utf8')).toBe('old');
      expect(readdirSync(disk.dir)).toEqual(['week.ics']);
    } finally {
      disk.unmount();
    }
  });
});
