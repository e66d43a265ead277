/**
 * Page object for plan against actual: a block's done / missed dialog, as a user reaches it
 * (click the block, or Enter on it). Role selectors only.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type Outcome = 'Done as planned' | 'Done, with the minutes worked' | 'Missed' | 'Not marked';

export class ActualsPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId('occurrence-dialog');
  }

  /** Opens `block`'s dialog from the keyboard. */
  async open(block: Locator): Promise<void> {
    await block.getByRole('button').first().focus();
    await this.page.keyboard.press('Enter');
    await expect(this.dialog).toBeVisible();
  }

  /** Picks `outcome` (with `minutes` worked) and saves; the dialog closes. */
  async mark(block: Locator, outcome: Outcome, minutes?: string): Promise<void> {
    await this.open(block);
    await this.dialog.getByRole('radio', { name: outcome }).check();
    if (minutes !== undefined)
      await this.dialog.getByRole('spinbutton', { name: 'Minutes worked' }).fill(minutes);
    await this.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
