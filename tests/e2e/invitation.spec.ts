/**
 * An invitation on another calendar made a commitment, through the desktop bridge path (the
 * scripted shell of pages/fake-desktop.ts): the busy block's "Make a commitment…" opens the
 * import preview on that event (its Windows zone matched, its client suggested, only it ticked),
 * the import puts the commitment on the week, and the busy block it came from goes.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, shot } from './pages/checks';
import { openConnected } from './pages/fake-desktop';

// Monday 23 Nov 2026, 10:00 in Manila.
const NOW = '2026-11-23T02:00:00Z';
const CLIENTS = 'https://dav.example.com/cal/ana/clients/';
const UID = '040000008200E00074C5B7101A82E00800000000@northlight.example';

/** A weekly Outlook invitation on Tuesdays, 10:00–11:00 in London, under its Windows zone name. */
const INVITATION = [
  'BEGIN:VCALENDAR',
  'PRODID:Microsoft Exchange Server 2010',
  'VERSION:2.0',
  'BEGIN:VTIMEZONE',
  'TZID:GMT Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16011028T020000',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010325T010000',
  'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
  'BEGIN:VEVENT',
  `UID:${UID}`,
  'DTSTAMP:20261120T000000Z',
  'ORGANIZER;CN=Sam Okafor:mailto:sam@northlight.example',
  'DTSTART;TZID=GMT Standard Time:20261124T100000',
  'DTEND;TZID=GMT Standard Time:20261124T110000',
  'RRULE:FREQ=WEEKLY;BYDAY=TU',
  'SUMMARY:Northlight content review',
  'DESCRIPTION:Weekly look at the posts planned',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/** The invitation's occurrence on 24 Nov or 1 Dec (18:00–19:00 in Manila), as the shell sends it. */
function occurrence(day: string) {
  const start = Date.parse(`${day}T10:00:00Z`);
  return {
    id: `${CLIENTS}|${UID}|${start}`,
    source: CLIENTS,
    title: 'Northlight content review',
    start,
    end: start + 3_600_000,
    allDay: false,
    countsAsWork: true,
    uid: UID,
    ics: INVITATION,
  };
}

/** A personal event with more calendar data than a busy event may carry: busy, nothing to import. */
const DENTIST = {
  id: 'dentist',
  source: 'https://dav.example.com/cal/ana/personal/',
  title: 'Dentist',
  start: Date.parse('2026-11-23T03:00:00Z'),
  end: Date.parse('2026-11-23T05:00:00Z'),
  allDay: false,
  countsAsWork: false,
  uid: 'dentist@personal',
  ics: `BEGIN:VCALENDAR\r\n${'X-FILLER:x\r\n'.repeat(6000)}END:VCALENDAR\r\n`,
};

for (const scheme of ['light', 'dark'] as const) {
  test(`a busy invitation becomes a commitment through the import preview (${scheme})`, async ({
    page,
  }, info) => {
    await page.emulateMedia({ colorScheme: scheme });
    const planner = await openConnected(page, NOW, [
      DENTIST,
      occurrence('2026-11-24'),
      occurrence('2026-12-01'),
    ]);
    const busy = planner.grid.getByTestId('busy-block');
    await expect(busy).toHaveCount(2);
    const invite = busy.filter({ hasText: 'Northlight content review' });
    // Only an event that came with its calendar data (within the limit) can be imported.
    await expect(busy.filter({ hasText: 'Dentist' }).getByRole('button')).toHaveCount(0);
    const make = invite.getByRole('button', {
      name: 'Make a commitment from Northlight content review…',
    });
    await invite.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await make.focus();
    await expect(make).toBeVisible();
    await expect(make).toHaveCSS('opacity', '1');
    await expectNoSeriousViolations(page, '.week-grid');
    await shot(page, info, `invitation-busy-${scheme}`);

    await page.keyboard.press('Enter');
    const d = planner.dialog;
    await expect(d.getByRole('heading', { name: 'Make a commitment' })).toBeVisible();
    // Only the import: an export tab has nothing to do with this one event.
    await expect(d.getByRole('tab')).toHaveCount(0);
    await expect(d).toContainText(
      'The event “Northlight content review” from your calendar “Client invitations”',
    );
    const events = d.getByRole('list', { name: 'Events in the file' });
    await expect(events.getByRole('checkbox')).toHaveCount(1);
    await expect(events.getByRole('checkbox')).toBeChecked();
    await expect(events).toContainText('Northlight content review');
    await expect(events).toContainText('weekly');
    // The Windows zone name is matched to London, and shown in both zones.
    await expect(events).toContainText(/10:00 London · .* 18:00 your time/);
    const client = d.getByRole('combobox', { name: 'For client' });
    await expect(client.locator('option:checked')).toHaveText('Northlight Agency (London)');
    await expect(d).toContainText('northlight.example');
    await expectNoSeriousViolations(page, 'dialog');
    await shot(page, info, `invitation-preview-${scheme}`);

    await d.getByRole('button', { name: 'Import 1 event' }).click();
    await expect(d.getByRole('status')).toContainText('Imported 1 new');
    await d.getByRole('button', { name: 'Close' }).click();

    // The commitment is on the week where the invitation was; the busy block is gone.
    const commitment = planner.grid
      .getByTestId('block-commitment')
      .filter({ hasText: 'Northlight content review' });
    await expect(commitment).toHaveCount(1);
    await expect(busy).toHaveCount(1);
    await expect(busy).toContainText('Dentist');
    await shot(page, info, `invitation-imported-${scheme}`);
    // Its next occurrence too: the series is one commitment, never drawn twice.
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect(planner.grid).toHaveAttribute('data-week', '2026-11-30');
    await expect(
      planner.grid.getByTestId('block-commitment').filter({ hasText: 'Northlight content review' }),
    ).toHaveCount(1);
    await expect(busy).toHaveCount(0);
  });
}
