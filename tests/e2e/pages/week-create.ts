/**
 * Page object for creating blocks by hand: a span dragged out with the real mouse on a day's
 * empty space, the dialog that asks what to create there, and the stored commitments read back.
 */
import type { Locator } from '@playwright/test';
import { getRows } from './idb';
import { WeekDragPage } from './week-drag';
import { PX_PER_MIN } from '../../../src/renderer/src/features/week/grid-metrics';

/** A stored commitment as the test writes and reads it (only the fields it looks at). */
export type SeedCommitment = {
  id: string;
  clientId: string;
  title: string;
  start: string;
  durationMin: number;
  zone: string;
  recurrence: Record<string, unknown>;
  moved: {
    date: string;
    to: { date: string; time: string; zone: string };
    durationMin: number;
    notes?: string;
  }[];
  skippedDates: string[];
  notes: string;
};

const minutes = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

export class WeekCreatePage extends WeekDragPage {
  /** The day column named "Tue 3 Mar" (its empty space is where a new block is sketched). */
  day(name: string): Locator {
    return this.grid.getByRole('group', { name });
  }

  get createDialog(): Locator {
    return this.page.getByTestId('create-dialog');
  }

  /** Presses `day` at `from` (home time) and moves down, or up, to `to`; does not release. */
  async sketchTo(name: string, from: string, to: string): Promise<void> {
    const box = await this.day(name).boundingBox();
    if (!box) throw new Error(`day ${name} is not laid out`);
    const x = box.x + box.width / 2;
    // Half a minute into the minute, so rounding of sub-pixel positions cannot cross it.
    const y = (time: string) => box.y + (minutes(time) + 0.5) * PX_PER_MIN;
    await this.page.mouse.move(x, y(from));
    await this.page.mouse.down();
    await this.page.mouse.move(x, y(to), { steps: 8 });
  }

  /** A whole sketch, released at the end. */
  async sketch(name: string, from: string, to: string): Promise<void> {
    await this.sketchTo(name, from, to);
    await this.page.mouse.up();
  }

  /** Every stored commitment, sorted by id. */
  async storedCommitments(): Promise<SeedCommitment[]> {
    const rows = await getRows(this.page, 'commitments');
    return rows.filter(isCommitment).sort((a, b) => a.id.localeCompare(b.id));
  }
}

function isCommitment(row: unknown): row is SeedCommitment {
  return (
    typeof row === 'object' &&
    row !== null &&
    'id' in row &&
    typeof row.id === 'string' &&
    'recurrence' in row
  );
}
