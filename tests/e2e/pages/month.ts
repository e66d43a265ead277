/**
 * Page object for the month view and its timesheets: opened from the toolbar or with M, role
 * and test-id selectors only.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export class MonthPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId('month-dialog');
  }

  get table(): Locator {
    return this.dialog.getByTestId('month-table');
  }

  /** The row of a client or platform in the month's table. */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  /** Opens the month view with the M key (the toolbar's Month button says so). */
  async openWithKey(): Promise<void> {
    await expect(this.page.getByRole('button', { name: 'Month' })).toHaveAttribute(
      'aria-keyshortcuts',
      'M',
    );
    await this.page.keyboard.press('m');
    await expect(this.table).toBeVisible();
  }

  /** Opens `client`'s timesheet for the shown month. */
  async openTimesheet(client: string): Promise<Locator> {
    await this.dialog.getByRole('button', { name: `Timesheet for ${client}` }).click();
    const sheet = this.dialog.getByTestId('timesheet');
    await expect(sheet).toBeVisible();
    return sheet;
  }

  /** Downloads the shown timesheet's CSV and returns its text. */
  async downloadCsv(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.dialog.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }
}
