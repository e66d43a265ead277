/**
 * The renderer's desktop path, in Chromium: a stand-in for the preload's `window.planner` (the
 * same contract) records what the window asks of the shell and lets the test send the shell's
 * events. The real shell is covered by the main-process unit tests and electron.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/planner';

// Monday 23 Nov 2026, 10:00 in Manila.
const NOW = '2026-11-23T02:00:00Z';

type Recorded = {
  schedules: { reminders: { title: string; fireAt: number }[]; todayPlannedMin: number }[];
  login: boolean[];
  backups: string[];
  show: ((at: number) => void)[];
  menu: ((command: string) => void)[];
};

declare global {
  interface Window {
    /** What the stand-in shell recorded (set by FAKE_SHELL). */
    __shell: Recorded;
  }
}

const FAKE_SHELL = `
  window.__shell = { schedules: [], login: [], backups: [], show: [], menu: [] };
  window.planner = {
    setReminders: async (s) => { window.__shell.schedules.push(s); },
    saveFile: async (r) => ({ saved: true, name: r.suggestedName }),
    openFile: async () => null,
    getAppInfo: async () => ({ version: 'test', platform: 'linux', desktop: true, openAtLogin: false }),
    writeDailyBackup: async (r) => { window.__shell.backups.push(r.day); return { written: true }; },
    setOpenAtLogin: async (v) => { window.__shell.login.push(v); return { openAtLogin: v }; },
    onShowTime: (l) => { window.__shell.show.push(l); return () => {}; },
    onMenuCommand: (l) => { window.__shell.menu.push(l); return () => {}; },
    sync: {
      status: async () => ({ state: 'disconnected', account: null, calendars: [],
        config: { publishTo: null, busyCalendars: [], subscriptions: [] }, lastSync: null,
        progress: null, error: null, pending: 0, conflicts: [], nextRetryAt: null,
        busyProblems: [] }),
      onStatus: () => () => {},
      onIncoming: () => () => {},
      onBusyChanged: () => () => {},
    },
  };`;

test('the window drives the desktop shell through the bridge contract', async ({ page }) => {
  await page.addInitScript(FAKE_SHELL);
  const planner = new PlannerPage(page);
  await planner.open(NOW);
  await page.getByRole('button', { name: 'Load a sample week' }).click();
  await expect(planner.grid).toHaveAttribute('aria-busy', 'false');

  // Reminders computed by the core reach the shell, with today's planned hours for the tray.
  const recorded = () => page.evaluate(() => window.__shell);
  await expect.poll(async () => (await recorded()).schedules.length).toBeGreaterThan(0);
  const schedule = (await recorded()).schedules.at(-1);
  expect(schedule?.reminders.length).toBeGreaterThan(0);
  expect(schedule?.todayPlannedMin).toBeGreaterThan(0);
  expect(schedule?.reminders.every((r) => r.title.length > 0)).toBe(true);
  // The desktop app keeps a daily backup.
  await expect.poll(async () => (await recorded()).backups).toEqual(['2026-11-23']);

  // A notification click shows the week of the reminder's time.
  await page.evaluate(() => {
    for (const listener of window.__shell.show) listener(Date.UTC(2026, 11, 9, 13, 0));
  });
  await expect(planner.weekTitle).toHaveText(/7.*13 Dec 2026/);

  // Menu commands from the native menu and tray.
  const menu = (command: string) =>
    page.evaluate((c) => {
      for (const listener of window.__shell.menu) listener(c);
    }, command);
  await menu('go-today');
  await expect(planner.weekTitle).toHaveText(/23.*29 Nov 2026/);
  await menu('next-week');
  await expect(planner.weekTitle).toHaveText(/30 Nov.*6 Dec 2026/);
  await menu('settings');
  await expect(planner.dialog.getByRole('heading', { name: 'Settings' })).toBeVisible();

  // Start at login is a desktop-only setting, kept by the OS.
  const startAtLogin = planner.dialog.getByRole('checkbox', {
    name: /Open Hybrid Planner when I log in/,
  });
  await expect(startAtLogin).not.toBeChecked();
  await startAtLogin.check();
  await expect(startAtLogin).toBeChecked();
  expect((await recorded()).login).toEqual([true]);
});

test('in a plain browser there is no desktop section, and storage use is shown', async ({
  page,
}) => {
  const planner = new PlannerPage(page);
  await planner.open(NOW);
  await page.getByRole('button', { name: 'Load a sample week' }).click();
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await expect(planner.dialog.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(planner.dialog.getByRole('group', { name: 'Desktop' })).toHaveCount(0);
  await expect(planner.dialog.getByRole('region', { name: 'Your week' })).toBeVisible();
  // Settings also say how much space the planner's data takes.
  await expect(planner.dialog.getByTestId('storage-use')).toContainText(/Using .+ of .+ available/);
});
