/**
 * Desktop smoke test with Playwright's `_electron`: the built app starts, shows its window with
 * the bridge, keeps a tray icon up to date and fires a reminder as a native notification.
 *
 * Runs only where the Electron binary is installed (Electron downloads it on first use); on
 * machines without it the test is reported as skipped with the reason. Requires `npm run build`.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const mainEntry = join(root, 'out/main/index.js');

/** The installed Electron executable, found without requiring 'electron' (that would download it). */
function findElectronBinary(): { binary: string | null; reason: string } {
  let electronDir: string;
  try {
    electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { binary: null, reason: 'the electron package is not installed' };
  }
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return { binary: null, reason: `${pathFile} is missing` };
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary)
    ? { binary, reason: '' }
    : { binary: null, reason: `${binary} is missing` };
}

const { binary, reason } = findElectronBinary();
const hasElectronBinary = binary !== null;

test.describe('desktop app (Electron)', () => {
  test.skip(
    !hasElectronBinary,
    `Electron binary not installed: ${reason} (it is downloaded on first use; run \`npx install-electron\` with network access)`,
  );

  test('starts with a window and a tray, and fires a reminder', async () => {
    expect(existsSync(mainEntry), 'run `npm run build` first').toBe(true);
    // A fresh profile for every run: no saved window state, no persisted reminders.
    const userData = mkdtempSync(join(tmpdir(), 'planner-e2e-'));
    const app = await electron.launch({
      executablePath: binary ?? undefined,
      args: [mainEntry],
      env: { ...process.env, PLANNER_USER_DATA_DIR: userData },
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveURL(/^app:\/\/planner\/index\.html/);
      expect(await page.evaluate(() => typeof Reflect.get(globalThis, 'planner'))).toBe('object');
      await expect
        .poll(() =>
          app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible()),
        )
        .toBe(true);

      // Observe the tray and notifications from the test side; the app has no test hooks.
      await app.evaluate(({ Notification, Tray }) => {
        const shown: string[] = [];
        const tooltips: string[] = [];
        Reflect.set(globalThis, '__e2eShown', shown);
        Reflect.set(globalThis, '__e2eTooltips', tooltips);
        const show = Notification.prototype.show;
        Notification.prototype.show = function (this: Electron.Notification) {
          shown.push(this.title);
          return show.call(this);
        };
        const setToolTip = Tray.prototype.setToolTip;
        Tray.prototype.setToolTip = function (this: Electron.Tray, text: string) {
          tooltips.push(text);
          return setToolTip.call(this, text);
        };
      });

      // A reminder already due: it must fire at once; its event is ten minutes ahead.
      const now = Date.now();
      await page.evaluate(async (at) => {
        const planner: unknown = Reflect.get(globalThis, 'planner');
        const setReminders: unknown = planner && Reflect.get(planner, 'setReminders');
        if (typeof setReminders !== 'function')
          throw new Error('window.planner.setReminders is missing');
        await setReminders({
          generatedAt: at,
          reminders: [
            {
              id: 'e2e-reminder',
              kind: 'commitment',
              fireAt: at - 1_000,
              eventAt: at + 10 * 60_000,
              title: 'E2E reminder',
              body: 'Starts in 10 minutes',
            },
          ],
          todayPlannedMin: 120,
          dailyCapMin: 480,
        });
      }, now);

      await expect
        .poll(() => app.evaluate(() => JSON.stringify(Reflect.get(globalThis, '__e2eShown'))))
        .toContain('E2E reminder');
      // The tray exists and was updated with the new schedule.
      await expect
        .poll(() => app.evaluate(() => JSON.stringify(Reflect.get(globalThis, '__e2eTooltips'))))
        .toContain('E2E reminder');
    } finally {
      await app.close();
    }
  });
});
