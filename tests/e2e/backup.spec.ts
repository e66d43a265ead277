import { expect, test, type Page } from '@playwright/test';
import { DataPage } from './pages/data';
import { PlannerPage } from './pages/planner';

// Monday 23 Nov 2026, 10:00 in Manila (UTC+8).
const NOW = '2026-11-23T02:00:00Z';

/** Opens the app at NOW with the sample week loaded. */
async function openSampleWeek(page: Page): Promise<{ planner: PlannerPage; data: DataPage }> {
  const planner = new PlannerPage(page);
  await planner.open(NOW);
  await page.getByRole('button', { name: 'Load a sample week' }).click();
  await expect(planner.grid).toBeVisible();
  return { planner, data: new DataPage(page) };
}

test.describe('backup and restore', () => {
  test('back up the sample week, lose everything, restore it, see the same week; a broken file changes nothing', async ({
    page,
  }) => {
    const { planner, data } = await openSampleWeek(page);
    const blocks = planner.grid.getByTestId('block-commitment');
    await expect(blocks.first()).toBeVisible();
    const week = await blocks.allInnerTexts();
    expect(week.length).toBeGreaterThan(3);

    await data.open();
    const backup = await data.backUp();
    expect(backup.name).toBe('hybrid-planner-backup-2026-11-23.json');
    expect(JSON.parse(backup.content)).toMatchObject({
      format: 'hybrid-planner-backup',
      formatVersion: 1,
    });
    await data.close();

    // Lose everything: the database is deleted and the app starts from scratch.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase('hybrid-planner');
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error);
        }),
    );
    await page.reload();
    await planner.startEmpty();
    await expect(blocks).toHaveCount(0);

    await data.open();
    await data.chooseFile(backup.path);
    await expect(data.cell('Commitments', 'In the file')).toHaveText(
      String(JSON.parse(backup.content).data.commitments.length),
    );
    await expect(data.cell('Clients', 'Replace')).toHaveText(/^3 new$/);
    await data.replace();
    await data.close();
    await expect(blocks).toHaveCount(week.length);
    expect(await blocks.allInnerTexts()).toEqual(week);

    // The data survives a reload too.
    await page.reload();
    await expect(blocks).toHaveCount(week.length);

    // A truncated file: a clear error, nothing changed.
    await data.open();
    await data.chooseFile({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup.content.slice(0, Math.floor(backup.content.length / 2))),
    });
    await expect(data.error).toContainText('“broken.json” cannot be restored.');
    await expect(data.error).toContainText('probably truncated');
    await expect(data.preview).toHaveCount(0);

    // A record with an unknown zone: the record is named.
    const json = JSON.parse(backup.content);
    json.data.commitments[2].zone = 'Mars/Base';
    await data.chooseFile({
      name: 'edited.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(json)),
    });
    await expect(data.error).toContainText(
      /Commitment 3 \(“.+”\): time zone “Mars\/Base” is not a time zone/,
    );
    await data.close();
    expect(await blocks.allInnerTexts()).toEqual(week);
  });

  test('a record stamped in 2200 is clamped in a merge; Replace downloads a safety copy first', async ({
    page,
  }) => {
    const { data } = await openSampleWeek(page);
    await data.open();
    const original = await data.backUp();
    const file = JSON.parse(original.content);
    const exportedAt = Date.parse(file.exportedAt);
    // A client only the file has, stamped as changed in the year 2199.
    file.data.clients.push({
      ...file.data.clients[0],
      id: 'from-the-future',
      name: 'Stamped 2200',
      updatedAt: Date.UTC(2199, 11, 31),
    });

    await data.chooseFile({
      name: 'future.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect(data.preview).toContainText(
      'One record is stamped as changed later than tomorrow',
    );
    await data.merge();
    const merged = JSON.parse((await data.backUp()).content);
    const stamped = merged.data.clients.find((c: { name: string }) => c.name === 'Stamped 2200');
    expect(stamped.updatedAt).toBe(exportedAt);

    await data.chooseFile(original.path);
    const safety = await data.replaceKeepingSafetyCopy();
    expect(safety.name).toBe('hybrid-planner-before-restore-2026-11-23.json');
    expect(JSON.parse(safety.content).data.clients).toEqual(merged.data.clients);
    await expect(data.status).toContainText(
      'Your data before it was saved as hybrid-planner-before-restore-2026-11-23.json (downloaded).',
    );
  });
});
