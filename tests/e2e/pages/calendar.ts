/** The calendar dialog (import and export of .ics files), as the time-off tests drive it. */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export class CalendarDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Calendar' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Opens the Import tab and chooses a file with `text` as its content. */
  async chooseImport(name: string, text: string): Promise<void> {
    await this.dialog.getByRole('tab', { name: 'Import' }).click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog.getByRole('button', { name: 'Choose an .ics file…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/calendar', buffer: Buffer.from(text) });
  }

  /** The all-day events the preview offers as time off. */
  get offers(): Locator {
    return this.dialog.getByRole('list', { name: 'All-day events in the file' });
  }

  /** Says whose time off the all-day event named `label` is. */
  async offerAs(label: RegExp, choice: 'client' | 'worker' | 'skip'): Promise<void> {
    await this.offers.getByRole('combobox', { name: label }).selectOption(choice);
  }

  /** Exports with only the content boxes named in `keep` ticked and returns the file's text. */
  async exportOnly(keep: readonly RegExp[]): Promise<string> {
    await this.dialog.getByRole('tab', { name: 'Export' }).click();
    const boxes = this.dialog.getByRole('checkbox');
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i);
      const name = await box.evaluate((b) => b.closest('label')?.textContent ?? '');
      await box.setChecked(keep.some((k) => k.test(name)));
    }
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: 'Export .ics' }).click();
    return readFileSync(await (await download).path(), 'utf8');
  }
}
