import { expect, test } from '@playwright/test';
import { CalendarDialog } from './pages/calendar';
import { PlannerPage } from './pages/planner';

// Monday 23 Nov 2026, 10:00 in Manila: the sample week is this week.
const NOW = '2026-11-23T02:00:00Z';

// A Sydney client's public holiday (their Tuesday) and a day off of the worker's (Wednesday),
// as all-day events.
const HOLIDAYS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//Holidays//EN',
  'BEGIN:VEVENT',
  'UID:harbour-holiday-2026@example.com',
  'DTSTAMP:20261101T120000Z',
  'DTSTART;VALUE=DATE:20261124',
  'DTEND;VALUE=DATE:20261125',
  'SUMMARY:Harbour closed',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:my-day-off-2026@example.com',
  'DTSTAMP:20261101T120000Z',
  'DTSTART;VALUE=DATE:20261125',
  'DTEND;VALUE=DATE:20261126',
  'SUMMARY:Dentist and rest',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

test('time off: a client holiday removes its band, a day off gets no proposals, round trip', async ({
  page,
}, info) => {
  const planner = new PlannerPage(page);
  const calendar = new CalendarDialog(page);
  await planner.open(NOW);
  await page.getByRole('button', { name: 'Load a sample week' }).click();
  await expect(planner.grid).toHaveAttribute('aria-busy', 'false');

  const tuesday = planner.dayColumn(/^Tue 24 Nov/);
  const wednesday = planner.dayColumn(/^Wed 25 Nov/);
  const sydneyBands = tuesday
    .getByTestId('availability-band')
    .and(page.locator('[title*="Sydney"]'));
  await expect(sydneyBands).not.toHaveCount(0);
  await expect(wednesday.getByTestId('block-proposal')).not.toHaveCount(0);

  await calendar.open();
  await calendar.chooseImport('holidays.ics', HOLIDAYS);
  await expect(calendar.offers.getByRole('listitem')).toHaveCount(2);
  await calendar.dialog
    .getByLabel('For client')
    .selectOption({ label: 'Harbour Coaching (Sydney)' });
  await calendar.offerAs(/^Harbour closed/, 'client');
  await calendar.offerAs(/^Dentist and rest/, 'worker');
  await calendar.dialog.getByRole('button', { name: 'Import 0 events and 2 time off' }).click();
  await expect(calendar.dialog.getByRole('status')).toContainText(
    'Time off: 2 saved, 0 already up to date.',
  );
  await page.keyboard.press('Escape');

  // Sydney's Tuesday is away: no band there; the worker's Wednesday has no proposals.
  await expect(sydneyBands).toHaveCount(0);
  await expect(wednesday.getByTestId('block-proposal')).toHaveCount(0);
  await expect(planner.dayColumn(/^Thu 26 Nov/).getByTestId('block-proposal')).not.toHaveCount(0);
  // Harbour's Tuesday call is still there, flagged.
  const call = tuesday.getByTestId('block-commitment').filter({ hasText: 'Harbour' });
  await expect(call).toHaveClass(/block-conflict/);
  await expect(call.locator('[title*="is away on Tue 24 Nov"]')).toHaveCount(1);
  await page.screenshot({ path: info.outputPath('time-off-week.png') });

  await calendar.open();
  const exported = await calendar.exportOnly([/^\s*Time off/]);
  expect(exported).toContain('DTSTART;VALUE=DATE:20261124\r\nDTEND;VALUE=DATE:20261125');
  expect(exported).toContain('UID:my-day-off-2026@example.com');
  await calendar.chooseImport('hybrid-planner.ics', exported);
  await expect(calendar.offers.getByRole('listitem')).toHaveCount(2);
  await calendar.dialog.getByRole('button', { name: 'Import 0 events and 2 time off' }).click();
  await expect(calendar.dialog.getByRole('status')).toContainText(
    'Time off: 0 saved, 2 already up to date.',
  );
});

test('time off: a double press on Import writes each day once', async ({ page }) => {
  const planner = new PlannerPage(page);
  const calendar = new CalendarDialog(page);
  await planner.open(NOW);
  await page.getByRole('button', { name: 'Load a sample week' }).click();
  await expect(planner.grid).toHaveAttribute('aria-busy', 'false');

  await calendar.open();
  await calendar.chooseImport('holidays.ics', HOLIDAYS);
  await calendar.offerAs(/^Dentist and rest/, 'worker');
  await calendar.dialog.getByRole('button', { name: 'Import 0 events and 1 time off' }).dblclick();
  await expect(calendar.dialog.getByRole('status')).toContainText(
    'Time off: 1 saved, 0 already up to date.',
  );
  // One day off stored, not two copies of it.
  const exported = await calendar.exportOnly([/^\s*Time off/]);
  expect(exported.split('UID:my-day-off-2026@example.com').length - 1).toBe(1);
});
