/**
 * Page object for how the week looks and what its proposals' buttons say: the sample week,
 * proposals by their accessible names, the side panel's dismissed list, the hour-height zoom,
 * and measurements of cut text in a block.
 */
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

export class WeekLookPage {
  constructor(readonly page: Page) {}

  /** Opens the app at `now` with the sample week loaded. */
  async openSample(now: string): Promise<void> {
    await this.page.clock.setFixedTime(new Date(now));
    await this.page.goto('index.html');
    await this.page.getByRole('button', { name: 'Load a sample week' }).click();
    await this.settled();
  }

  /** Waits until the week is planned and drawn. */
  async settled(): Promise<void> {
    await expect(this.grid).toHaveAttribute('aria-busy', 'false');
    await expect(this.grid.getByTestId('block-commitment').first()).toBeVisible();
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Week' });
  }

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Week summary' });
  }

  get proposals(): Locator {
    return this.grid.getByTestId('block-proposal');
  }

  /** The accessible names of every button in the proposals matching `verb` ("Accept"). */
  async buttonNames(verb: 'Accept' | 'Dismiss'): Promise<string[]> {
    const buttons = this.grid.getByRole('button', { name: new RegExp(`^${verb} `) });
    const names: string[] = [];
    for (const button of await buttons.all()) {
      names.push((await button.getAttribute('aria-label')) ?? '');
    }
    return names;
  }

  get dismissedList(): Locator {
    return this.panel.getByRole('list', { name: 'Dismissed proposals' });
  }

  /** Writes a screenshot of the page into the test's output and attaches it. */
  async shot(info: TestInfo, name: string): Promise<void> {
    const path = info.outputPath(`${name}.png`);
    await this.page.screenshot({ path });
    await info.attach(name, { path, contentType: 'image/png' });
  }
}

/** What a block's text lines measure: any line wider or taller than its box is cut. */
export type LineMeasure = { block: string; text: string; cut: boolean };

/** Measures every text line of the blocks matching `selector` in the grid. */
export function measureLines(page: Page, selector: string): Promise<LineMeasure[]> {
  return page.evaluate((sel) => {
    const out: { block: string; text: string; cut: boolean }[] = [];
    for (const block of document.querySelectorAll<HTMLElement>(sel)) {
      for (const line of block.querySelectorAll<HTMLElement>('.block-title, .block-sub')) {
        out.push({
          block: block.dataset['blockId'] ?? '',
          text: line.textContent ?? '',
          cut: line.scrollWidth > line.clientWidth || line.scrollHeight > line.clientHeight,
        });
      }
    }
    return out;
  }, selector);
}
