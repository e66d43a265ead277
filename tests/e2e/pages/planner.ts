/**
 * Page object for the planner as a user sees it: role and test-id selectors only.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type ClientForm = {
  name: string;
  zoneSearch: string;
  zone: string;
  days?: Partial<
    Record<
      'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday',
      [string, string] | null
    >
  >;
  rate?: string;
};

export type CommitmentForm = {
  client?: string;
  title: string;
  weekdays?: string[];
  start: string;
  durationMin: string;
  startsOn: string;
  endsOn?: string;
  kind?: 'Call' | 'Work block' | 'Deadline';
};

export class PlannerPage {
  constructor(readonly page: Page) {}

  /** Opens the app at a fixed clock so "this week" is deterministic. */
  async open(now: string): Promise<void> {
    await this.page.clock.setFixedTime(new Date(now));
    await this.page.goto('index.html');
  }

  async startEmpty(): Promise<void> {
    await expect(
      this.page.getByRole('heading', { name: 'Welcome to Hybrid Planner' }),
    ).toBeVisible();
    await this.page.getByRole('button', { name: 'Start empty' }).click();
    await expect(this.grid).toBeVisible();
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Week' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get weekTitle(): Locator {
    return this.page.getByRole('navigation', { name: 'Week navigation' }).getByRole('heading');
  }

  async pickZone(container: Locator, search: string, zone: string): Promise<void> {
    const box = container.getByRole('combobox', { name: /time zone/i });
    await box.fill(search);
    await container
      .getByRole('option', { name: new RegExp(`^${zone.replace(/_/g, ' ')}`) })
      .click();
  }

  async fillClient(form: ClientForm): Promise<void> {
    const d = this.dialog;
    await d.getByLabel('Name', { exact: true }).fill(form.name);
    await this.pickZone(d, form.zoneSearch, form.zone);
    for (const [day, window] of Object.entries(form.days ?? {})) {
      const box = d.getByRole('checkbox', { name: day });
      if (window === null) {
        await box.uncheck();
        continue;
      }
      await box.check();
      if (window) {
        await d.getByLabel(`${day} from`).fill(window[0]);
        await d.getByLabel(`${day} until`).fill(window[1]);
      }
    }
    if (form.rate !== undefined) await d.getByLabel('Hourly rate').fill(form.rate);
  }

  async addClient(form: ClientForm): Promise<void> {
    await this.openNewClient();
    await this.fillClient(form);
    await this.dialog.getByRole('button', { name: 'Save client' }).click();
    await expect(this.dialog).toBeHidden();
    // Settled: the new client has its toggle in the availability legend.
    const legend = this.page.getByRole('complementary', { name: 'Week summary' });
    await expect(legend.getByRole('checkbox', { name: new RegExp(`^${form.name}`) })).toBeVisible();
  }

  async openNewClient(): Promise<void> {
    await this.page.getByRole('button', { name: 'Clients', exact: true }).click();
    await this.dialog.getByRole('button', { name: 'New client' }).click();
    await expect(this.dialog.getByRole('heading', { name: 'New client' })).toBeVisible();
  }

  async fillCommitment(form: CommitmentForm): Promise<void> {
    const d = this.dialog;
    if (form.client) await d.getByLabel('Client').selectOption({ label: form.client });
    await d.getByLabel('Title').fill(form.title);
    if (form.kind) await d.getByLabel('Kind').selectOption({ label: form.kind });
    if (form.weekdays) {
      for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']) {
        const toggle = d.getByRole('button', { name: day, exact: true });
        const pressed = (await toggle.getAttribute('aria-pressed')) === 'true';
        if (pressed !== form.weekdays.includes(day)) await toggle.click();
      }
    }
    await d.getByLabel(/^Start time/).fill(form.start);
    await d.getByLabel('Duration (minutes)').fill(form.durationMin);
    await d.getByLabel(/^(Starts on|Date)$/).fill(form.startsOn);
    if (form.endsOn !== undefined) await d.getByLabel('Ends on (optional)').fill(form.endsOn);
  }

  async addCommitment(form: CommitmentForm): Promise<void> {
    await this.page.getByRole('button', { name: '+ Commitment' }).click();
    await expect(this.dialog.getByRole('heading', { name: 'New commitment' })).toBeVisible();
    await this.fillCommitment(form);
    await this.dialog.getByRole('button', { name: 'Save commitment' }).click();
    await expect(this.dialog).toBeHidden();
  }

  /**
   * Opens the series editor from an occurrence block of a repeating commitment: the block asks
   * which occurrences to change, and "Edit the series…" opens the whole series.
   */
  async openSeries(block: Locator, options: { started?: boolean } = {}): Promise<void> {
    await block.click();
    // Work that has started opens its done / missed dialog first; the commitment is a button away.
    if (options.started)
      await this.dialog.getByRole('button', { name: 'Edit commitment…' }).click();
    await this.dialog.getByRole('button', { name: 'Edit the series…' }).click();
    await expect(this.dialog.getByRole('heading', { name: 'Edit commitment' })).toBeVisible();
  }

  /** Commitment blocks whose accessible description mentions `text`. */
  blocks(text: string | RegExp): Locator {
    return this.grid.getByTestId('block-commitment').filter({ hasText: text });
  }

  dayColumn(label: string | RegExp): Locator {
    return this.grid.getByRole('group', { name: label });
  }
}
