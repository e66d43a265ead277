/**
 * How the week looks and keeps what the user decided: a dismissed proposal stays dismissed after
 * a reload and "Show dismissed" brings it back; every proposal's ✓ and × name the proposal they
 * act on.
 */
import { expect, test } from '@playwright/test';
import { WeekLookPage } from './pages/week-look';

// Monday 23 November 2026, 10:00 in Manila: the sample week lies ahead.
const NOW = '2026-11-23T02:00:00Z';

test('a dismissed proposal stays dismissed after a reload, and Show dismissed brings it back', async ({
  page,
}, info) => {
  const week = new WeekLookPage(page);
  await week.openSample(NOW);
  const names = await week.buttonNames('Dismiss');
  expect(names.length).toBeGreaterThan(2);
  const [first, second] = names.map((n) => n.replace(/^Dismiss /, ''));
  if (!first || !second) throw new Error('expected two proposals');

  await week.grid.getByRole('button', { name: `Dismiss ${first}`, exact: true }).click();
  await week.grid.getByRole('button', { name: `Dismiss ${second}`, exact: true }).click();
  await expect(week.grid.getByRole('button', { name: `Accept ${first}`, exact: true })).toHaveCount(
    0,
  );
  const left = names.length - 2;
  await expect(week.proposals).toHaveCount(left);

  await page.reload();
  await week.settled();
  await expect(week.proposals).toHaveCount(left);
  await expect(
    week.grid.getByRole('button', { name: `Dismiss ${first}`, exact: true }),
  ).toHaveCount(0);
  await week.shot(info, '1-dismissed-after-reload');

  // Show dismissed lists both; one is brought back, an undo puts it away again, and Bring back
  // all brings back both.
  await week.panel.getByRole('button', { name: 'Show dismissed (2)' }).click();
  await expect(week.dismissedList.getByRole('listitem')).toHaveText([
    new RegExp(first),
    new RegExp(second),
  ]);
  await week.shot(info, '2-show-dismissed');
  await week.dismissedList.getByRole('button', { name: `Bring back ${first}` }).click();
  await expect(
    week.grid.getByRole('button', { name: `Dismiss ${first}`, exact: true }),
  ).toBeVisible();
  await expect(week.proposals).toHaveCount(left + 1);
  await page.keyboard.press('Control+z');
  await expect(week.proposals).toHaveCount(left);
  // The list stays open: the undone one is back on it.
  await expect(week.dismissedList.getByRole('listitem')).toHaveCount(2);
  await week.panel.getByRole('button', { name: 'Bring back all' }).click();
  await expect(week.proposals).toHaveCount(names.length);
  await expect(week.panel.getByRole('button', { name: /Show dismissed/ })).toHaveCount(0);

  // Brought back is stored too: a reload shows them all.
  await page.reload();
  await week.settled();
  await expect(week.proposals).toHaveCount(names.length);
});

test('dismiss all, reload, undo: the proposals come back and stay back', async ({ page }) => {
  const week = new WeekLookPage(page);
  await week.openSample(NOW);
  const count = await week.proposals.count();
  await week.panel.getByRole('button', { name: 'Dismiss all' }).click();
  await expect(week.proposals).toHaveCount(0);
  await expect(week.panel.getByText('Every proposal this week is dismissed.')).toBeVisible();
  await page.reload();
  await week.settled();
  await expect(week.proposals).toHaveCount(0);
  await expect(week.panel.getByRole('button', { name: `Show dismissed (${count})` })).toBeVisible();
  await week.panel.getByRole('button', { name: `Show dismissed (${count})` }).click();
  await week.panel.getByRole('button', { name: 'Bring back all' }).click();
  await expect(week.proposals).toHaveCount(count);
});

test('every proposal’s ✓ and × say which proposal they act on, each name once', async ({
  page,
}) => {
  const week = new WeekLookPage(page);
  await week.openSample(NOW);
  const count = await week.proposals.count();
  for (const verb of ['Accept', 'Dismiss'] as const) {
    const names = await week.buttonNames(verb);
    expect(names).toHaveLength(count);
    expect(new Set(names).size).toBe(count);
    for (const name of names) {
      expect(name).toMatch(
        new RegExp(
          `^${verb} [A-Za-z]+, (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d\\d:\\d\\d–\\d\\d:\\d\\d$`,
        ),
      );
    }
  }
});
