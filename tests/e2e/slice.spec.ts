import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/planner';

// Monday 23 Nov 2026, 10:00 in Manila (UTC+8).
const NOW = '2026-11-23T02:00:00Z';

test.describe('first slice: a client in New York seen from Manila', () => {
  test('set home zone, add a client and a weekly commitment, see it in Manila time, reload', async ({
    page,
  }, info) => {
    const planner = new PlannerPage(page);
    await planner.open(NOW);
    // The home zone defaults to the system's (the browser runs in Asia/Manila).
    await expect(page.getByRole('combobox')).toHaveValue('Asia/Manila');
    await planner.startEmpty();
    await expect(planner.weekTitle).toHaveText(/23.*29 Nov 2026/);
    // An empty planner says what to do first.
    await expect(page.getByRole('button', { name: 'Add a client' })).toBeVisible();

    await planner.addClient({
      name: 'Acme Store',
      zoneSearch: 'New York',
      zone: 'America/New_York',
      rate: '35',
    });
    // Mon–Fri 09:00–17:00 New York = 22:00–06:00 Manila: the bands reach into the next day.
    await expect(planner.grid.getByTestId('availability-band').first()).toBeVisible();

    await planner.addCommitment({
      title: 'Daily stand-up',
      weekdays: ['Mon', 'Wed'],
      start: '09:00',
      durationMin: '30',
      startsOn: '2026-11-23',
    });

    // 09:00 in New York (EST, UTC−5) on Monday is 22:00 on Monday in Manila.
    const monday = planner.dayColumn(/^Mon 23 Nov/);
    const block = monday.getByTestId('block-commitment');
    await expect(block).toHaveCount(1);
    await expect(block).toContainText('Daily stand-up');
    await expect(block).toContainText('22:00–22:30');
    await expect(block).toContainText('09:00 New York');
    await expect(planner.dayColumn(/^Wed 25 Nov/).getByTestId('block-commitment')).toHaveCount(1);
    await expect(planner.dayColumn(/^Tue 24 Nov/).getByTestId('block-commitment')).toHaveCount(0);
    await page.screenshot({ path: info.outputPath('week-with-slice.png') });

    await page.reload();
    await expect(planner.dayColumn(/^Mon 23 Nov/).getByTestId('block-commitment')).toContainText(
      'Daily stand-up',
    );

    // Navigation: next week still has it, today comes back.
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect(planner.weekTitle).toHaveText(/30 Nov.*6 Dec 2026/);
    await expect(planner.dayColumn(/^Mon 30 Nov/).getByTestId('block-commitment')).toHaveCount(1);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(planner.weekTitle).toHaveText(/16.*22 Nov 2026/);
    await expect(planner.grid.getByTestId('block-commitment')).toHaveCount(0);
    await page.keyboard.press('t');
    await expect(planner.weekTitle).toHaveText(/23.*29 Nov 2026/);
  });

  test('bad input gets a clear inline error and nothing is saved', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.open(NOW);
    await planner.startEmpty();

    await planner.openNewClient();
    const d = planner.dialog;
    await d.getByRole('button', { name: 'Save client' }).click();
    await expect(d.getByText('Name cannot be empty.')).toBeVisible();

    await d.getByLabel('Name', { exact: true }).fill('Night Owl Ltd');
    await d.getByRole('combobox', { name: 'Time zone' }).fill('Mars/Olympus_Mons');
    await d.getByLabel('Monday until').fill('08:00');
    await d.getByRole('button', { name: 'Save client' }).click();
    await expect(d.getByText(/“Mars\/Olympus_Mons” is not a time zone/)).toBeVisible();
    await expect(d.getByText('End must be after start.')).toBeVisible();
    await d.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Clients' }).click();
    await expect(planner.dialog.getByText('No clients yet.')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(planner.dialog).toBeHidden();

    // A commitment whose end date is before its start date is refused.
    await planner.addClient({
      name: 'Acme Store',
      zoneSearch: 'New York',
      zone: 'America/New_York',
    });
    await page.getByRole('button', { name: '+ Commitment' }).click();
    await planner.fillCommitment({
      title: 'Review',
      start: '10:00',
      durationMin: '0',
      startsOn: '2026-11-23',
      endsOn: '2026-11-01',
    });
    await planner.dialog.getByRole('button', { name: 'Save commitment' }).click();
    await expect(planner.dialog.getByText('The end date is before the start date.')).toBeVisible();
    await expect(planner.dialog.getByText(/Duration must be/)).toBeVisible();
    await planner.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(planner.grid.getByTestId('block-commitment')).toHaveCount(0);
  });
});
