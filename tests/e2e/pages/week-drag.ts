/**
 * Page object for shaping the week by hand: a planner seeded with a few sessions, dragged and
 * resized with the real mouse (press, moves in steps, release), nudged with the keyboard, and
 * the stored sessions read back from IndexedDB to compare before and after.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { getRows, putRows } from './idb';
import { PX_PER_MIN } from '../../../src/renderer/src/features/week/grid-metrics';

/** A stored session as the test writes and reads it. */
export type SeedSession = {
  id: string;
  platformId: string;
  start: number;
  end: number;
  locked: boolean;
  status: 'planned' | 'done' | 'missed';
  actualEarnings: number | null;
  note: string;
  createdAt: number;
  updatedAt: number;
};

/** A day column's name (the grid's other group is the hour-height control). */
const DAY = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) /;

export class WeekDragPage {
  constructor(readonly page: Page) {}

  /** Opens the app at `now`, then writes `tables` into its new database and reloads. */
  async openSeeded(now: string, tables: Record<string, readonly object[]>): Promise<void> {
    await this.page.clock.setFixedTime(new Date(now));
    await this.page.goto('index.html');
    await expect(
      this.page.getByRole('heading', { name: 'Welcome to Hybrid Planner' }),
    ).toBeVisible();
    await putRows(this.page, tables);
    await this.page.reload();
    await expect(this.grid).toHaveAttribute('aria-busy', 'false');
  }

  get grid(): Locator {
    return this.page.getByRole('grid', { name: 'Week' });
  }

  /** The live line that says what was moved, or why not. */
  get status(): Locator {
    return this.page.getByTestId('grid-status');
  }

  /** The toast naming the last change, with its Undo and Redo buttons. */
  get toast(): Locator {
    return this.page.getByTestId('undo-toast');
  }

  get ghost(): Locator {
    return this.grid.getByTestId('drag-ghost');
  }

  block(id: string): Locator {
    return this.grid.locator(`[data-block-id="${id}"]`);
  }

  /** "14:20–14:50", as the block's details say it in the home zone. */
  async timesOf(id: string): Promise<string> {
    const label = (await this.block(id).locator('.block-main').getAttribute('title')) ?? '';
    const match = /(\d{2}:\d{2}–\d{2}:\d{2}) your time/.exec(label);
    if (!match?.[1]) throw new Error(`no time in “${label}”`);
    return match[1];
  }

  /** Every stored session, sorted by id. */
  async storedSessions(): Promise<SeedSession[]> {
    const rows = await getRows(this.page, 'sessions');
    const sessions = rows.filter(isSession);
    return sessions.sort((a, b) => a.id.localeCompare(b.id));
  }

  /** Presses the block `id` at `fromTop` px below its top edge (its middle by default). */
  async press(id: string, fromTop?: number): Promise<{ x: number; y: number }> {
    // In the middle of the grid first: a press, or a drop, beyond its visible part would land
    // on nothing.
    await this.block(id).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = await this.block(id).boundingBox();
    if (!box) throw new Error(`block ${id} is not laid out`);
    const at = { x: box.x + box.width / 2, y: box.y + (fromTop ?? box.height / 2) };
    await this.page.mouse.move(at.x, at.y);
    await this.page.mouse.down();
    return at;
  }

  /** Moves the pressed pointer by `minutes` down (and `days` columns right) in steps. */
  async moveBy(at: { x: number; y: number }, minutes: number, days = 0): Promise<void> {
    const dayWidth =
      (await this.grid.getByRole('group', { name: DAY }).first().boundingBox())?.width ?? 0;
    await this.page.mouse.move(at.x + days * dayWidth, at.y + minutes * PX_PER_MIN, {
      steps: 8,
    });
  }

  /** A whole drag of the block `id` by `minutes` (and `days`), released at the end. */
  async drag(id: string, minutes: number, options?: { days?: number; fromTop?: number }) {
    const at = await this.press(id, options?.fromTop);
    await this.moveBy(at, minutes, options?.days ?? 0);
    await this.page.mouse.up();
  }
}

function isSession(row: unknown): row is SeedSession {
  return (
    typeof row === 'object' &&
    row !== null &&
    'id' in row &&
    typeof row.id === 'string' &&
    'start' in row &&
    typeof row.start === 'number'
  );
}
