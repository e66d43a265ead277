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
  deps = { getWindow: () => null, defaultDir: dir, backupDir: join(dir, 'backups') };
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
    expect(backupsToDelete(names, keep, '2026-01-02')).toEqual(expected);
  });
});
