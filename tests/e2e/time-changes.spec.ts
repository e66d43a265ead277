/**
 * The "Time changes" notice with many moves: 25 clients in 13 zones (the heavy profile) in the
 * week before the US clocks change. The moves are summed up in one line per change of clocks,
 * the week stays on the screen, and every move is one keyboard step away.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './pages/axe';
import { openHeavyProfile } from './pages/heavy';

test('many moves: one line per change of clocks, each move behind a disclosure', async ({
  page,
}, info) => {
  // Monday 2 March 2026, 10:00 in Manila; the US clocks change on Sunday 8 March.
  await openHeavyProfile(page, '2026-03-02T02:00:00Z', '2026-03-02');
  const grid = page.getByRole('grid', { name: 'Week' });
  await expect(grid).toHaveAttribute('aria-busy', 'false');

  const notice = page.getByTestId('dst-notices');
  const lines = notice.getByRole('status').locator(':scope > ul > li');
  await expect(lines.first()).toHaveText(
    /^Clocks change in New York: \d+ commitments move 1 h earlier on your clock, from Mon 9 Mar\.$/,
  );
  const summaries = await lines.allTextContents();
  expect(summaries.every((l) => l.startsWith('Clocks change in '))).toBe(true);
  // New York, Chicago, Los Angeles and St John's change on the same day: a line each.
  expect(summaries.map((l) => l.slice(0, l.indexOf(':')))).toEqual(
    expect.arrayContaining([
      'Clocks change in New York',
      'Clocks change in Chicago',
      'Clocks change in Los Angeles',
      'Clocks change in St Johns',
    ]),
  );
  const total = summaries
    .map((l) => Number(/: (\d+) commitments? move/.exec(l)?.[1]))
    .reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThan(3);

  // Closed, the moves take no room and the week starts in the top third of the window.
  const moves = page.getByRole('list', { name: 'Commitments that move on your clock' });
  await expect(moves).toBeHidden();
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  const gridTop = (await grid.boundingBox())?.y ?? Infinity;
  expect(gridTop).toBeLessThan(viewport.height / 3);
  await page.screenshot({ path: info.outputPath('time-changes-closed.png') });

  // Opened from the keyboard: every move, in a list that scrolls inside the notice.
  const disclosure = notice.getByText(`Each commitment that moves (${total})`);
  await disclosure.focus();
  await page.keyboard.press('Enter');
  await expect(moves).toBeVisible();
  await expect(moves.getByRole('listitem')).toHaveCount(total);
  await expect(moves.getByRole('listitem').first()).toHaveText(/^From Mon 9 Mar your /);
  const box = await notice.boundingBox();
  expect(box?.height ?? Infinity).toBeLessThan(viewport.height / 2);
  expect(await moves.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await expectNoSeriousViolations(page, '[data-testid="dst-notices"]');
  await page.screenshot({ path: info.outputPath('time-changes-open.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousViolations(page, '[data-testid="dst-notices"]');
  await page.screenshot({ path: info.outputPath('time-changes-open-dark.png') });
});
