/**
 * Start-up and the database gate: a reload shows the saved week; a database another window
 * upgrades stops this window (and, reloaded, an older build refuses the newer data); a read that
 * fails while the planner is in use replaces it with a message instead of a broken week.
 */
import { expect, test, type Page } from '@playwright/test';
import { PlannerPage } from './pages/planner';

const NOW = '2026-11-25T02:00:00Z';

async function sampleWeek(page: Page): Promise<PlannerPage> {
  const planner = new PlannerPage(page);
  await planner.open(NOW);
  await page.getByRole('button', { name: 'Load a sample week' }).click();
  await expect(planner.grid.getByTestId('block-commitment').first()).toBeVisible();
  return planner;
}

test('a reload shows the saved week', async ({ page }) => {
  const planner = await sampleWeek(page);
  await page.reload();
  await expect(planner.grid.getByTestId('block-commitment').first()).toBeVisible();
});

test('another window upgrading the data stops this one, and this build refuses it', async ({
  page,
}) => {
  await sampleWeek(page);
  // What a newer build in another window does: open the database at a higher version. (Dexie
  // stores version N as IndexedDB version N × 10, so this is far above any version of ours; 20
  // was schema version 2, which this build now is.)
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hybrid-planner', 10_000);
        open.onupgradeneeded = () => open.result.createObjectStore('invoices', { keyPath: 'id' });
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await expect(page.getByRole('alert')).toContainText(
    'Hybrid Planner was updated in another window',
  );
  await page.reload();
  await expect(page.getByRole('alert')).toContainText(
    'Your data is from a newer version of Hybrid Planner',
  );
});

test('a read that fails while the planner is in use shows what happened', async ({ page }) => {
  const planner = await sampleWeek(page);
  await page.evaluate(() => {
    const fail = () => {
      throw new DOMException('The disk went away', 'UnknownError');
    };
    for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
      for (const name of ['get', 'getAll', 'openCursor', 'count'] as const) {
        Object.defineProperty(proto, name, { value: fail });
      }
    }
  });
  // The next week is drawn from memory; its read of the weeks beyond it fails.
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(page.getByRole('alert')).toContainText('The planner cannot read its data');
  await expect(page.getByRole('alert')).toContainText('The disk went away');
  await expect(planner.grid).toHaveCount(0);
});
