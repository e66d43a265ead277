import { expect, test } from '@playwright/test';
import { setDiskFull, simulateFullDisk } from './pages/disk';
import { EditorsPage } from './pages/editors';

// Monday 23 Nov 2026, 10:00 in Manila.
const NOW = '2026-11-23T02:00:00Z';

test('a save on a full disk says so, keeps what was typed, and works once there is space', async ({
  page,
}) => {
  await simulateFullDisk(page);
  const editors = new EditorsPage(page);
  await editors.planner.open(NOW);
  await editors.loadSample();
  await editors.openPlatforms();
  await editors.platformItem('MTurk').getByRole('button', { name: 'Edit MTurk' }).click();
  const d = editors.dialog;
  await d.getByLabel('Name', { exact: true }).fill('MTurk (US)');

  await setDiskFull(page, true);
  await editors.savePlatform();
  await expect(d.getByRole('alert')).toContainText(
    'There is not enough storage space on this computer to save this. Nothing was changed.',
  );
  await expect(d.getByLabel('Name', { exact: true })).toHaveValue('MTurk (US)');
  await expect(d.getByRole('button', { name: 'Save platform' })).toBeEnabled();

  await setDiskFull(page, false);
  await editors.savePlatform();
  await expect(d.getByRole('heading', { name: 'Platforms' })).toBeVisible();
  await expect(editors.platformItem('MTurk (US)')).toBeVisible();
});

test('two windows: the stale editor says “changed in another window”, then reloads or overwrites', async ({
  context,
}) => {
  const first = await context.newPage();
  const a = new EditorsPage(first);
  await a.planner.open(NOW);
  await a.loadSample();
  const second = await context.newPage();
  const b = new EditorsPage(second);
  await b.planner.open(NOW);
  await expect(b.planner.grid).toBeVisible();

  // Window A opens MTurk; window B changes its pay meanwhile.
  await a.openPlatforms();
  await a.platformItem('MTurk').getByRole('button', { name: 'Edit MTurk' }).click();
  await b.openPlatforms();
  await b.platformItem('MTurk').getByRole('button', { name: 'Edit MTurk' }).click();
  await b.dialog.getByLabel('Expected hourly pay').fill('12');
  await b.savePlatform();
  await expect(b.platformItem('MTurk')).toContainText('$12/h');

  // A renames it: its copy still has the old pay, so the save is refused, not written.
  await a.dialog.getByLabel('Name', { exact: true }).fill('MTurk renamed');
  await a.savePlatform();
  const problem = a.dialog.getByRole('alert');
  await expect(problem).toContainText('This was changed in another window');
  await expect(a.dialog.getByLabel('Name', { exact: true })).toHaveValue('MTurk renamed');

  // Reload shows B's change; saving from there keeps it.
  await problem.getByRole('button', { name: 'Reload' }).click();
  await expect(a.dialog.getByLabel('Expected hourly pay')).toHaveValue('12');
  await expect(a.dialog.getByLabel('Name', { exact: true })).toHaveValue('MTurk');
  await a.dialog.getByLabel('Name', { exact: true }).fill('MTurk renamed');
  await a.savePlatform();
  await expect(a.platformItem('MTurk renamed')).toContainText('$12/h');

  // Overwrite writes what was typed over the other window's newer change.
  await b.platformItem('MTurk renamed').getByRole('button', { name: 'Edit MTurk renamed' }).click();
  await a.platformItem('MTurk renamed').getByRole('button', { name: 'Edit MTurk renamed' }).click();
  await a.dialog.getByLabel('Expected hourly pay').fill('15');
  await a.savePlatform();
  await expect(a.platformItem('MTurk renamed')).toContainText('$15/h');
  await b.dialog.getByLabel('Name', { exact: true }).fill('MTurk from B');
  await b.savePlatform();
  await b.dialog.getByRole('alert').getByRole('button', { name: 'Overwrite' }).click();
  await expect(b.platformItem('MTurk from B')).toBeVisible();
});
