import { expect, test } from '@playwright/test';
import { ActualsPage } from './pages/actuals';
import { expectNoSeriousViolations } from './pages/axe';
import { EditorsPage } from './pages/editors';
import { MonthPage } from './pages/month';
import { PlannerPage } from './pages/planner';

// Wednesday 4 March 2026, 14:00 in Manila: Monday's and Tuesday's work is past, Thursday's to come.
const NOW = '2026-03-04T06:00:00Z';

/** A new user with one hourly client in Manila and a two-hour block every weekday at 09:00. */
async function oneClientWeek(planner: PlannerPage): Promise<void> {
  await planner.open(NOW);
  await planner.startEmpty();
  await planner.addClient({
    name: 'Bayview Clinic',
    zoneSearch: 'Manila',
    zone: 'Asia/Manila',
    rate: '30',
  });
  await planner.addCommitment({
    client: 'Bayview Clinic (Manila)',
    title: 'Clinic inbox',
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
    start: '09:00',
    durationMin: '120',
    startsOn: '2026-03-02',
  });
}

test('past client work is marked done with its minutes or missed, and the hours follow', async ({
  page,
}, info) => {
  const planner = new PlannerPage(page);
  const actuals = new ActualsPage(page);
  await oneClientWeek(planner);
  const total = page.getByTestId('week-total');
  await expect(total).toContainText('10 h');
  const monday = planner.dayColumn(/^Mon 2 Mar/).getByTestId('block-commitment');
  const tuesday = planner.dayColumn(/^Tue 3 Mar/).getByTestId('block-commitment');

  // Bad input is refused inline and nothing is saved.
  await actuals.open(monday);
  await actuals.dialog.getByRole('radio', { name: 'Done, with the minutes worked' }).check();
  for (const bad of ['-5', '2000']) {
    await actuals.dialog.getByRole('spinbutton', { name: 'Minutes worked' }).fill(bad);
    await actuals.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(actuals.dialog.getByRole('alert').first()).toBeVisible();
  }
  await expectNoSeriousViolations(page, '[data-testid="outcome-dialog"]');
  await actuals.dialog.screenshot({ path: info.outputPath('outcome-dialog.png') });
  await page.keyboard.press('Escape');
  await expect(actuals.dialog).toBeHidden();
  await expect(total).toContainText('10 h');

  await actuals.mark(monday, 'Done, with the minutes worked', '150');
  await actuals.mark(tuesday, 'Missed');
  // 150 + 0 + 3 × 120 minutes.
  await expect(total).toContainText('8 h 30');
  await expect(monday.locator('.block-main')).toHaveAttribute('title', /Done, 2 h 30 min actually/);
  await expect(tuesday.locator('.block-main')).toHaveAttribute('title', /Missed\./);
  await expect(tuesday).toHaveClass(/block-missed/);
  await page.screenshot({ path: info.outputPath('marked-week.png') });

  // Work still to come opens its commitment (which occurrences to change), not the done /
  // missed dialog.
  await planner
    .dayColumn(/^Thu 5 Mar/)
    .getByTestId('block-commitment')
    .click();
  await expect(page.getByTestId('occurrence-dialog')).toBeVisible();
  await expect(page.getByTestId('outcome-dialog')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Taking the mark off counts the work as planned again.
  await actuals.mark(tuesday, 'Not marked');
  await expect(total).toContainText('10 h 30');
});

test('the month view adds up the month, charts it, and gives a timesheet that matches', async ({
  page,
}, info) => {
  const planner = new PlannerPage(page);
  const actuals = new ActualsPage(page);
  const editors = new EditorsPage(page);
  const month = new MonthPage(page);
  await oneClientWeek(planner);
  await actuals.mark(
    planner.dayColumn(/^Mon 2 Mar/).getByTestId('block-commitment'),
    'Done, with the minutes worked',
    '150',
  );
  await actuals.mark(planner.dayColumn(/^Tue 3 Mar/).getByTestId('block-commitment'), 'Missed');
  // A microtask platform, and this week's proposals accepted: variable income.
  await editors.openNewPlatform();
  await editors.fillPlatform({ preset: 'Prolific' });
  await editors.savePlatform();
  await expect(editors.dialog.getByRole('heading', { name: 'Platforms' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(planner.grid.getByTestId('block-proposal').first()).toBeVisible();
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect(planner.grid.getByTestId('block-proposal')).toHaveCount(0);
  // A session still to come cannot be marked done: said inline, nothing saved.
  const later = planner
    .dayColumn(/^Fri 6 Mar/)
    .getByTestId('block-session')
    .first();
  await later.getByRole('button').first().click();
  const sessionDialog = page.getByTestId('session-dialog');
  await sessionDialog.getByRole('spinbutton', { name: 'Minutes worked' }).fill('30');
  await sessionDialog.getByRole('button', { name: 'Mark done' }).click();
  await expect(sessionDialog.getByRole('alert').first()).toContainText('has not started yet');
  await page.keyboard.press('Escape');
  await expect(later.locator('.block-main')).toHaveAttribute('title', /planned\./);

  await month.openWithKey();
  await expect(month.dialog.getByRole('heading', { name: 'March 2026' })).toBeVisible();
  // 22 weekdays of two hours from 2 March: 44 h planned; 2 h 30 min done; 2 h missed.
  const bayview = month.row('Bayview Clinic');
  await expect(bayview.getByRole('cell').nth(0)).toHaveText('44 h');
  await expect(bayview.getByRole('cell').nth(1)).toHaveText('2 h 30 min');
  await expect(bayview.getByRole('cell').nth(2)).toHaveText('2 h');
  // Expected: (44 h − 2 h missed + 30 min over) × $30 = $1,275; earned: 2 h 30 min × $30 = $75.
  await expect(bayview.getByRole('cell').nth(3)).toHaveText('US$1,275.00');
  await expect(bayview.getByRole('cell').nth(4)).toHaveText('US$75.00');
  await expect(month.row('Prolific')).toBeVisible();
  await expect(month.dialog.getByRole('img', { name: /^Income by week:/ })).toBeVisible();
  await expect(month.dialog.getByRole('img', { name: /^Stable share by month:/ })).toBeVisible();
  await expectNoSeriousViolations(page, '[data-testid="month-dialog"]');
  await month.dialog.screenshot({ path: info.outputPath('month-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await month.dialog.screenshot({ path: info.outputPath('month-dark.png') });
  await expectNoSeriousViolations(page, '[data-testid="month-dialog"]');
  await page.emulateMedia({ colorScheme: 'light' });

  // The timesheet: its totals on screen and in the CSV agree.
  const sheet = await month.openTimesheet('Bayview Clinic');
  await expect(sheet.getByTestId('timesheet-minutes')).toContainText('2550 min');
  await expect(sheet.getByTestId('timesheet-due')).toHaveText('US$1,275.00');
  await expectNoSeriousViolations(page, '[data-testid="month-dialog"]');
  await sheet.screenshot({ path: info.outputPath('timesheet.png') });
  const csv = await month.downloadCsv();
  expect(csv.name).toBe('timesheet-bayview-clinic-2026-03.csv');
  const lines = csv.text.split('\r\n');
  expect(lines).toContain('Total minutes,2550');
  expect(lines).toContain('Amount due (USD),1275.00');
  expect(lines.filter((l) => /^2026-03-\d\d,/.test(l))).toHaveLength(22);
  expect(lines).toContain('2026-03-03,09:00,11:00,2026-03-03,09:00,11:00,Clinic inbox,0,missed');
});
