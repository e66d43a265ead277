/**
 * Page object for the platform and settings editors, on top of PlannerPage: role and label
 * selectors only, plus an axe check scoped to the open dialog.
 */
import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { PlannerPage } from './planner';

type Day = 'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

export type PlatformFormInput = {
  preset?: 'MTurk' | 'Prolific' | 'Clickworker' | 'Appen' | 'Custom';
  name?: string;
  rate?: string;
  zone?: { search: string; zone: string };
  /** Peak hours per weekday; null switches the day off. */
  days?: Partial<Record<Day, [string, string] | null>>;
  minSession?: string;
  maxSession?: string;
};

export class EditorsPage {
  readonly planner: PlannerPage;

  constructor(readonly page: Page) {
    this.planner = new PlannerPage(page);
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async loadSample(): Promise<void> {
    await this.page.getByRole('button', { name: 'Load a sample week' }).click();
    await expect(this.planner.grid).toBeVisible();
  }

  async openPlatforms(): Promise<void> {
    await this.page.getByRole('button', { name: 'Platforms', exact: true }).click();
    await expect(this.dialog.getByRole('heading', { name: 'Platforms' })).toBeVisible();
  }

  /** The platform list's entry for `name`. */
  platformItem(name: string): Locator {
    return this.dialog
      .getByRole('list', { name: 'Platforms' })
      .getByRole('listitem')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async openNewPlatform(): Promise<void> {
    await this.openPlatforms();
    await this.dialog.getByRole('button', { name: 'Add platform' }).click();
    await expect(this.dialog.getByRole('heading', { name: 'New platform' })).toBeVisible();
  }

  async fillPlatform(form: PlatformFormInput): Promise<void> {
    const d = this.dialog;
    if (form.preset) await d.getByRole('radio', { name: form.preset }).check();
    if (form.name !== undefined) await d.getByLabel('Name', { exact: true }).fill(form.name);
    if (form.rate !== undefined) await d.getByLabel('Expected hourly pay').fill(form.rate);
    if (form.zone) await this.planner.pickZone(d, form.zone.search, form.zone.zone);
    await this.fillDays(form.days ?? {});
    if (form.minSession !== undefined) {
      await d.getByLabel('Shortest session (minutes)').fill(form.minSession);
    }
    if (form.maxSession !== undefined) {
      await d.getByLabel('Longest session (minutes)').fill(form.maxSession);
    }
  }

  /** Sets weekday rows (working hours or peak hours) in the open dialog. */
  async fillDays(days: Partial<Record<Day, [string, string] | null>>): Promise<void> {
    const d = this.dialog;
    for (const [day, window] of Object.entries(days)) {
      const box = d.getByRole('checkbox', { name: day, exact: true });
      if (window === null) {
        await box.uncheck();
        continue;
      }
      await box.check();
      await d.getByLabel(`${day} from`).fill(window[0]);
      await d.getByLabel(`${day} until`).fill(window[1]);
    }
  }

  async savePlatform(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save platform' }).click();
  }

  async openSettings(): Promise<void> {
    await this.page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(this.dialog.getByRole('heading', { name: 'Settings' })).toBeVisible();
  }

  async saveSettings(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save settings' }).click();
  }

  /** The hour labels down the side of the week grid. */
  get hourLabels(): Locator {
    return this.planner.grid.getByRole('rowheader', { name: 'Hours' });
  }

  /** Runs axe on the open dialog and fails on serious or critical violations. */
  async expectAccessible(info: TestInfo, name: string): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).include('dialog').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    // Every violation, minor ones included, kept beside the screenshots.
    await writeFile(
      info.outputPath(`axe-${name}.json`),
      JSON.stringify(results.violations, null, 2),
    );
    expect(
      bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    ).toEqual([]);
  }
}
