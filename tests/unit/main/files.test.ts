import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  mkdirSync,
  truncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BACKUPS_MAX_BYTES,
  backupsToDelete,
  openFile,
  saveFile,
  writeDailyBackup,
  type FileDeps,
} from '../../../src/main/files';
import { dialog, resetFakeElectron } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let dir: string;
let deps: FileDeps;

beforeEach(() => {
  resetFakeElectron();
  dir = mkdtempSync(join(tmpdir(), 'planner-files-'));
  deps = {
    getWindow: () => null,
    defaultDir: dir,
    backupDir: join(dir, 'backups'),
    now: () => Date.UTC(2026, 2, 2, 12),
  };
});

describe('file:save', () => {
  it('writes the content where the user chose', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(dir, 'mine.ics'),
    });
    await expect(
      saveFile({ kind: 'ics', suggestedName: 'week.ics', content: 'BEGIN:VCALENDAR' }, deps),
    ).resolves.toEqual({
      saved: true,
      name: 'mine.ics',
    });
    expect(readFileSync(join(dir, 'mine.ics'), 'utf8')).toBe('BEGIN:VCALENDAR');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: join(dir, 'week.ics'),
        filters: [{ name: 'Calendar (ICS)', extensions: ['ics'] }],
      }),
    );
  });

  it('offers a timesheet with its own filter', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 't.csv') });
    await saveFile({ kind: 'csv', suggestedName: 't.csv', content: 'Date\r\n' }, deps);
    expect(readFileSync(join(dir, 't.csv'), 'utf8')).toBe('Date\r\n');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ filters: [{ name: 'Timesheet (CSV)', extensions: ['csv'] }] }),
    );
  });

  it('reports a cancelled dialog', async () => {
    await expect(
      saveFile({ kind: 'json', suggestedName: 'b.json', content: '{}' }, deps),
    ).resolves.toEqual({ saved: false, name: null });
  });
});

describe('file:open', () => {
  it('reads the chosen file', async () => {
    writeFileSync(join(dir, 'in.ics'), 'BEGIN:VCALENDAR');
    dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [join(dir, 'in.ics')],
    });
    await expect(openFile({ kind: 'ics' }, deps)).resolves.toEqual({
      name: 'in.ics',
      content: 'BEGIN:VCALENDAR',
    });
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024 + 1);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [big] });
    await expect(openFile({ kind: 'json' }, deps)).rejects.toThrow('larger than 50 MB');
  });

  it('returns null when cancelled', async () => {
    await expect(openFile({ kind: 'json' }, deps)).resolves.toBeNull();
  });

  it('refuses a FIFO at once instead of waiting forever for a writer', async () => {
    const fifo = join(dir, 'pipe.ics');
    execFileSync('mkfifo', [fifo]);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [fifo] });
    await expect(openFile({ kind: 'ics' }, deps)).rejects.toThrow('not a regular file');
  });

  it('refuses a folder', async () => {
    mkdirSync(join(dir, 'folder.ics'));
    dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [join(dir, 'folder.ics')],
    });
    await expect(openFile({ kind: 'ics' }, deps)).rejects.toThrow('not a regular file');
  });
});

describe('backup:daily', () => {
  it('writes one backup per day, keeps the first of the day, and only the last 14', async () => {
    mkdirSync(deps.backupDir);
    for (let d = 1; d <= 20; d++)
      writeFileSync(
        join(deps.backupDir, `backup-2026-02-${String(d).padStart(2, '0')}.json`),
        '{}',
      );
    writeFileSync(join(deps.backupDir, 'notes.txt'), 'keep me');
    await expect(
      writeDailyBackup({ day: '2026-03-02', content: '{"a":1}' }, deps),
    ).resolves.toEqual({ written: true });
    await expect(
      writeDailyBackup({ day: '2026-03-02', content: '{"a":2}' }, deps),
    ).resolves.toEqual({ written: false });
    expect(readFileSync(join(deps.backupDir, 'backup-2026-03-02.json'), 'utf8')).toBe('{"a":1}');
    const left = readdirSync(deps.backupDir).sort();
    expect(left.filter((n) => n.startsWith('backup-'))).toHaveLength(14);
    expect(left).toContain('notes.txt');
    expect(left[0]).toBe('backup-2026-02-08.json');
  });

  it("dates by main's clock: a day other than today (±1 for the home zone) is refused", async () => {
    mkdirSync(deps.backupDir);
    for (let d = 10; d <= 23; d++)
      writeFileSync(join(deps.backupDir, `backup-2026-02-${d}.json`), '{}');
    // 14 future-dated writes once pushed out every real backup.
    for (let d = 1; d <= 14; d++) {
      const day = `2031-01-${String(d).padStart(2, '0')}`;
      await expect(writeDailyBackup({ day, content: '{}' }, deps)).rejects.toThrow('dated today');
    }
    await expect(writeDailyBackup({ day: '2026-02-28', content: '{}' }, deps)).rejects.toThrow();
    expect(readdirSync(deps.backupDir)).toHaveLength(14);
    for (const day of ['2026-03-01', '2026-03-02', '2026-03-03']) {
      await expect(writeDailyBackup({ day, content: '{}' }, deps)).resolves.toEqual({
        written: true,
      });
    }
  });

  it('keeps the folder within its size cap, oldest out first, never the newest', () => {
    const big = BACKUPS_MAX_BYTES / 2;
    const entries = ['01', '02', '03'].map((d) => ({
      name: `backup-2026-03-${d}.json`,
      size: big,
    }));
    expect(backupsToDelete(entries, 14, '2026-03-03', BACKUPS_MAX_BYTES)).toEqual([
      'backup-2026-03-01.json',
    ]);
    const huge = [{ name: 'backup-2026-03-03.json', size: 3 * BACKUPS_MAX_BYTES }];
    expect(backupsToDelete(huge, 14, '2026-03-03', BACKUPS_MAX_BYTES)).toEqual([]);
  });

  it('creates the folder on first use', async () => {
    await expect(writeDailyBackup({ day: '2026-03-02', content: '{}' }, deps)).resolves.toEqual({
      written: true,
    });
  });

  it.each([
    [[], 14, []],
    [['backup-2026-01-02.json', 'backup-2026-01-01.json', 'x.json'], 1, ['backup-2026-01-01.json']],
    [['backup-2026-01-01.json'], 14, []],
    // Dated after today (a wrong clock): not counted, so today's backup is kept; not deleted.
    [
      ['backup-2031-05-05.json', 'backup-2026-01-02.json', 'backup-2026-01-01.json'],
      1,
      ['backup-2026-01-01.json'],
    ],
  ])('backupsToDelete(%o, %i) on 2026-01-02 = %o', (names, keep, expected) => {
    const entries = names.map((name) => ({ name, size: 2 }));
    expect(backupsToDelete(entries, keep, '2026-01-02')).toEqual(expected);
  });
});
