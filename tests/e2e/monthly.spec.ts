import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/planner';

// Monday 2 March 2026, 10:00 in Manila.
const NOW = '2026-03-02T02:00:00Z';

test('a monthly meeting on the first Wednesday: said in words, placed, every field checked', async ({
  page,
}) => {
  const planner = new PlannerPage(page);
  await planner.open(NOW);
  await planner.startEmpty();
  await planner.addClient({ name: 'Acme Store', zoneSearch: 'New York', zone: 'America/New_York' });

  await page.getByRole('button', { name: '+ Commitment' }).click();
  const d = planner.dialog;
  await expect(d.getByRole('heading', { name: 'New commitment' })).toBeVisible();
  await d.getByLabel('Title').fill('Monthly review');
  await d.getByLabel('Repeats').selectOption({ label: 'Monthly' });
  await d.getByLabel(/^Start time/).fill('09:00');
  await d.getByLabel('Duration (minutes)').fill('60');
  await d.getByLabel('Starts on').fill('2026-03-01');

  // Two bad fields: both are said at once, and nothing is saved.
  await d.getByLabel('Day of the month').fill('32');
  await d.getByLabel('Every N months').fill('0');
  await d.getByRole('button', { name: 'Save commitment' }).click();
  await expect(d.getByText('Day of the month must be at most 31.')).toBeVisible();
  await expect(d.getByText(/^Repeat every must be at least 1/)).toBeVisible();

  await d.getByLabel('Every N months').fill('1');
  await d.getByLabel('Repeat on').selectOption({ label: 'A weekday of the month' });
  await d.getByLabel('Week of the month').selectOption({ label: 'First' });
  await d.getByLabel('Weekday', { exact: true }).selectOption({ label: 'Wednesday' });
  await expect(d.getByText('First Wednesday of every month from 1 Mar 2026')).toBeVisible();
  await d.getByRole('button', { name: 'Save commitment' }).click();
  await expect(d).toBeHidden();

  // 09:00 New York (EST) on Wednesday 4 March is 22:00 in Manila; no other day has it.
  await expect(planner.dayColumn(/^Wed 4 Mar/).getByTestId('block-commitment')).toContainText(
    '22:00–23:00',
  );
  await expect(planner.blocks('Monthly review')).toHaveCount(1);
});
