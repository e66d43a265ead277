/**
 * Page object for the Backup and restore dialog: back up (capturing the download), restore a
 * file through the file chooser, and read what the dialog says. Role selectors only.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export type RestoreFile = string | { name: string; mimeType: string; buffer: Buffer };

export class DataPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Backup and restore' });
  }

  /** The preview of a checked backup. */
  get preview(): Locator {
    return this.dialog.getByRole('region', { name: 'Backup contents' });
  }

  get error(): Locator {
    return this.dialog.getByRole('alert');
  }

  get status(): Locator {
    return this.dialog.getByRole('status');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Backup and restore' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Clicks Back up now and returns the downloaded file's name and text. */
  async backUp(): Promise<{ name: string; content: string; path: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Back up now' }).click();
    const download = await downloading;
    const path = await download.path();
    await expect(this.status).toContainText(`Saved ${download.suggestedFilename()}`);
    return { name: download.suggestedFilename(), content: await readFile(path, 'utf8'), path };
  }

  /** Clicks Restore from file… and picks `file` in the file chooser. */
  async chooseFile(file: RestoreFile): Promise<void> {
    const choosing = this.page.waitForEvent('filechooser');
    await this.dialog.getByRole('button', { name: 'Restore from file…' }).click();
    await (await choosing).setFiles(file);
  }

  /** The preview's cell for a table ('Clients') and column ('In the file', 'Replace', 'Merge'). */
  cell(table: string, column: 'In the file' | 'Replace' | 'Merge'): Locator {
    const index = { 'In the file': 0, Replace: 1, Merge: 2 }[column];
    return this.preview
      .getByRole('row', { name: new RegExp(`^${table}`) })
      .getByRole('cell')
      .nth(index);
  }

  async replace(): Promise<void> {
    await this.preview.getByRole('button', { name: 'Replace with this backup' }).click();
    await expect(this.status).toContainText('Restored');
  }

  /** Clicks Replace and returns the safety copy of the data here that the browser downloads. */
  async replaceKeepingSafetyCopy(): Promise<{ name: string; content: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.preview.getByRole('button', { name: 'Replace with this backup' }).click();
    const download = await downloading;
    await expect(this.status).toContainText('Restored');
    return {
      name: download.suggestedFilename(),
      content: await readFile(await download.path(), 'utf8'),
    };
  }

  async merge(): Promise<void> {
    await this.preview.getByRole('button', { name: /^Merge/ }).click();
    await expect(this.status).toContainText('Restored');
  }
}
