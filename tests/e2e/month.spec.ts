import { expect, test } from '@playwright/test';
import { ActualsPage } from './pages/actuals';
import { expectNoSeriousViolations } from './pages/axe';
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
  await expectNoSeriousViolations(page, '[data-testid="occurrence-dialog"]');
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

  // Work still to come opens its commitment, not the done / missed dialog.
  await planner
    .dayColumn(/^Thu 5 Mar/)
    .getByTestId('block-commitment')
    .click();
  await expect(page.getByRole('heading', { name: 'Edit commitment' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Taking the mark off counts the work as planned again.
  await actuals.mark(tuesday, 'Not marked');
  await expect(total).toContainText('10 h 30');
});
