import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/planner';

// Monday 23 Nov 2026, 10:00 in Manila.
const NOW = '2026-11-23T02:00:00Z';

// A client's invitation as Google Calendar exports it: a weekly call and a monthly meeting in New
// York time, and a monthly event the planner cannot represent (the second-to-last Friday).
const INVITE = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'X-WR-CALNAME:Acme team',
  'X-WR-TIMEZONE:America/New_York',
  'BEGIN:VEVENT',
  'UID:weekly-sync-123@google.com',
  'DTSTAMP:20261101T120000Z',
  'DTSTART;TZID=America/New_York:20261124T100000',
  'DTEND;TZID=America/New_York:20261124T103000',
  'RRULE:FREQ=WEEKLY;BYDAY=TU',
  'SUMMARY:Weekly sync',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:board-456@google.com',
  'DTSTAMP:20261101T120000Z',
  'DTSTART;TZID=America/New_York:20261201T090000',
  'DTEND;TZID=America/New_York:20261201T100000',
  'RRULE:FREQ=MONTHLY;BYMONTHDAY=1',
  'SUMMARY:Board meeting',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:review-789@google.com',
  'DTSTAMP:20261101T120000Z',
  'DTSTART;TZID=America/New_York:20261218T090000',
  'DTEND;TZID=America/New_York:20261218T100000',
  'RRULE:FREQ=MONTHLY;BYDAY=-2FR',
  'SUMMARY:Quarter review',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

test.describe('calendar files', () => {
  test('export the week as .ics; import an invitation, twice, without duplicates', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.open(NOW);
    await page.getByRole('button', { name: 'Load a sample week' }).click();
    await expect(planner.grid).toHaveAttribute('aria-busy', 'false');

    await page.getByRole('button', { name: 'Calendar' }).click();
    const download = page.waitForEvent('download');
    await planner.dialog.getByRole('button', { name: 'Export .ics' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('hybrid-planner-2026-11-23.ics');
    const text = readFileSync(await file.path(), 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:America/New_York');
    expect(text).toMatch(/DTSTART;TZID=America\/New_York:20261123T090000/);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );

    const importOnce = async () => {
      await planner.dialog.getByRole('tab', { name: 'Import' }).click();
      const chooser = page.waitForEvent('filechooser');
      await planner.dialog.getByRole('button', { name: 'Choose an .ics file…' }).click();
      await (
        await chooser
      ).setFiles({ name: 'acme.ics', mimeType: 'text/calendar', buffer: Buffer.from(INVITE) });
      const events = planner.dialog.getByRole('list', { name: 'Events in the file' });
      await expect(events.getByRole('listitem')).toHaveCount(2);
      await expect(events).toContainText('Weekly sync');
      await expect(events).toContainText('Board meeting');
      // 10:00 New York on Tuesday is 23:00 the same day in Manila.
      await expect(events).toContainText(/10:00 New York.*23:00 your time/);
      await expect(planner.dialog.getByText(/Quarter review:/)).toBeVisible();
      await planner.dialog
        .getByLabel('For client')
        .selectOption({ label: 'Acme Goods (New York)' });
      await planner.dialog.getByRole('button', { name: 'Import 2 events' }).click();
    };
    await importOnce();
    await expect(planner.dialog.getByRole('status')).toContainText(
      'Imported 2 new, updated 0, 0 already up to date.',
    );
    await importOnce();
    await expect(planner.dialog.getByRole('status')).toContainText(
      'Imported 0 new, updated 0, 2 already up to date.',
    );
    await page.keyboard.press('Escape');

    const tuesday = planner.dayColumn(/^Tue 24 Nov/);
    await expect(
      tuesday.getByTestId('block-commitment').filter({ hasText: 'Weekly sync' }),
    ).toHaveCount(1);
    await expect(
      tuesday.getByTestId('block-commitment').filter({ hasText: 'Weekly sync' }),
    ).toContainText('23:00–23:30');
  });

  test('a file that is not a calendar changes nothing', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.open(NOW);
    await page.getByRole('button', { name: 'Load a sample week' }).click();
    await expect(planner.grid).toHaveAttribute('aria-busy', 'false');
    const before = await planner.grid.getByTestId('block-commitment').count();
    await page.getByRole('button', { name: 'Calendar' }).click();
    await planner.dialog.getByRole('tab', { name: 'Import' }).click();
    const chooser = page.waitForEvent('filechooser');
    await planner.dialog.getByRole('button', { name: 'Choose an .ics file…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'notes.ics',
      mimeType: 'text/calendar',
      buffer: Buffer.from('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:half'),
    });
    await expect(planner.dialog.getByRole('alert')).toContainText('“notes.ics” was not imported');
    await page.keyboard.press('Escape');
    await expect(planner.grid.getByTestId('block-commitment')).toHaveCount(before);
  });
});
