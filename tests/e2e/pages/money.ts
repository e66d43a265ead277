/**
 * Page object for money as a user sees it: the exchange rates in the settings, clients paid in
 * their own currency, the income panel's one total and the retainer months. Role, label and
 * test-id selectors only.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { EditorsPage } from './editors';
import { PlannerPage, type ClientForm } from './planner';

export type Billing =
  | { kind: 'hourly'; rate: string }
  | { kind: 'retainer'; fee: string; included: string; overage: string };

export class MoneyPage {
  readonly planner: PlannerPage;
  readonly editors: EditorsPage;

  constructor(readonly page: Page) {
    this.planner = new PlannerPage(page);
    this.editors = new EditorsPage(page);
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get rateRows(): Locator {
    return this.dialog.getByTestId('rate-row');
  }

  /** Adds a rate row in the open settings and types into it. */
  async addRate(currency: string, perUnit: string): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Add a rate' }).click();
    const row = this.rateRows.last();
    await row.getByLabel('Currency').fill(currency);
    await row.getByLabel(/^1 .* in /).fill(perUnit);
  }

  /** The settings' currency. */
  async setCurrency(code: string): Promise<void> {
    await this.dialog.getByLabel('Currency', { exact: true }).first().selectOption(code);
  }

  /** Adds a client with its billing and currency. */
  async addClient(form: ClientForm, billing: Billing, currency: string): Promise<void> {
    await this.planner.openNewClient();
    await this.planner.fillClient(form);
    const d = this.dialog;
    if (billing.kind === 'hourly') await d.getByLabel('Hourly rate').fill(billing.rate);
    else {
      await d.getByRole('radio', { name: 'Monthly retainer' }).check();
      await d.getByLabel('Monthly fee').fill(billing.fee);
      await d.getByLabel('Included hours a month').fill(billing.included);
      await d.getByLabel('Rate beyond included hours').fill(billing.overage);
    }
    await d.getByLabel('Currency').selectOption(currency);
    await d.getByRole('button', { name: 'Save client' }).click();
    await expect(d).toBeHidden();
  }

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Week summary' });
  }

  get total(): Locator {
    return this.panel.getByTestId('income-total');
  }

  /** The income panel's row for one currency. */
  currencyLine(code: string): Locator {
    return this.panel
      .getByRole('table', { name: 'Income by currency' })
      .locator(`tr[data-currency="${code}"]`);
  }

  retainer(name: string): Locator {
    return this.panel.getByTestId('retainer-month').filter({ hasText: name });
  }

  /** A screenshot of the income and retainer sections of the side panel, side by side. */
  async shootMoney(path: string): Promise<void> {
    const income = this.panel.locator('section[aria-labelledby="h-income"]');
    const retainers = this.panel.locator('section[aria-labelledby="h-retainers"]');
    await income.scrollIntoViewIfNeeded();
    const a = await income.boundingBox();
    const b = await retainers.boundingBox();
    if (!a || !b) throw new Error('the income sections are not shown');
    const top = Math.min(a.y, b.y);
    const clip = {
      x: a.x,
      y: top,
      width: a.width,
      height: Math.max(a.y + a.height, b.y + b.height) - top,
    };
    await this.page.screenshot({ path, clip });
  }

  /** Runs axe on `scope` (the page by default) and fails on serious or critical violations. */
  async expectAccessible(scope?: string): Promise<void> {
    const builder = new AxeBuilder({ page: this.page });
    const results = await (scope ? builder.include(scope) : builder).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    ).toEqual([]);
  }
}
