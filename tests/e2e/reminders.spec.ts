/**
 * Browser reminders: with two tabs open on the planner, a reminder is shown by one of them only;
 * with notifications refused, the page says so and shows the reminder itself. The page's
 * Notification is a stand-in that records what it was asked to show and answers `permission`
 * as the test sets it. Time moves by setting the page clock and telling the page it became
 * visible again, as a laptop waking does.
 */
import { expect, test, type Page } from '@playwright/test';
import { PlannerPage } from './pages/planner';

// Monday 23 Nov 2026, 10:00 in Manila.
const NOW = Date.parse('2026-11-23T02:00:00Z');
// Seven minutes: reminders fall on the half hour, so the tab that wakes first varies.
const STEP = 7 * 60_000;
const MAX_STEPS = 100; // nearly twelve hours of the sample week

declare global {
  interface Window {
    /** Tags of the notifications this page showed (set by fakeNotifications). */
    __notes: string[];
  }
}

function fakeNotifications(permission: 'granted' | 'denied'): string {
  return `
    window.__notes = [];
    window.Notification = class {
      static permission = ${JSON.stringify(permission)};
      static requestPermission() { return Promise.resolve(${JSON.stringify(permission)}); }
      constructor(title, options) { window.__notes.push(options?.tag ?? title); }
    };`;
}

/** Moves every page's clock to `at` and lets each look at its reminders at once. */
async function wakeAt(pages: Page[], at: number): Promise<void> {
  for (const page of pages) {
    await page.clock.setFixedTime(new Date(at));
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  }
}

async function notes(pages: Page[]): Promise<string[]> {
  const all: string[] = [];
  for (const page of pages) all.push(...(await page.evaluate(() => window.__notes)));
  return all;
}

test('two tabs of one browser show each reminder once', async ({ context }) => {
  await context.addInitScript(fakeNotifications('granted'));
  const first = new PlannerPage(await context.newPage());
  await first.open(new Date(NOW).toISOString());
  await first.page.getByRole('button', { name: 'Load a sample week' }).click();
  await expect(first.grid).toHaveAttribute('aria-busy', 'false');
  const second = new PlannerPage(await context.newPage());
  await second.open(new Date(NOW).toISOString());
  await expect(second.grid).toHaveAttribute('aria-busy', 'false');
  const pages = [first.page, second.page];

  // Step through the morning until reminders have come due, waking the tabs in turns so that
  // either could be first to see a reminder come due.
  let shown: string[] = [];
  for (let step = 1; step <= MAX_STEPS && shown.length < 6; step++) {
    await wakeAt(step % 2 === 0 ? pages : [...pages].reverse(), NOW + step * STEP);
    shown = await notes(pages);
  }
  expect(shown.length).toBeGreaterThan(0);
  expect(new Set(shown).size).toBe(shown.length);
  // Only one tab owns reminders.
  const perPage = await Promise.all(pages.map((p) => p.evaluate(() => window.__notes.length)));
  expect(perPage.filter((n) => n > 0)).toHaveLength(1);
});

test('with notifications refused, the page says so and shows the reminder', async ({ page }) => {
  await page.addInitScript(fakeNotifications('denied'));
  const planner = new PlannerPage(page);
  await planner.open(new Date(NOW).toISOString());
  await page.getByRole('button', { name: 'Load a sample week' }).click();
  await expect(planner.grid).toHaveAttribute('aria-busy', 'false');
  const banner = page.getByTestId('reminder-banner');
  await expect(banner).toContainText('Notifications are blocked');

  const inPage = page.getByTestId('in-page-reminder');
  for (let step = 1; step <= MAX_STEPS && !(await inPage.isVisible()); step++) {
    await wakeAt([page], NOW + step * STEP);
  }
  await expect(inPage).toBeVisible();
  expect(await page.evaluate(() => window.__notes)).toEqual([]);
  await inPage.getByRole('button', { name: 'Dismiss' }).click();
  await expect(inPage).toBeHidden();
  await expect(banner).toContainText('Notifications are blocked');
});
