/**
 * Calendar sync screens through the desktop bridge path: a scripted fake of the preload's
 * `window.planner` (pages/fake-desktop.ts) stands in for the shell. Connect (a bad address
 * refused inline), calendars, status with a report, a conflict resolved; axe on each screen,
 * screenshots kept as artifacts. And the browser version, which says sync needs the desktop app.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { FAKE_DESKTOP, openConnected } from './pages/fake-desktop';
import { PlannerPage } from './pages/planner';

// Monday 23 Nov 2026, 10:00 in Manila.
const NOW = '2026-11-23T02:00:00Z';

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('dialog').analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

/** A calendar text as the app publishes it: one event, times in UTC. */
function eventIcs(uid: string, title: string, start: string, end: string): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20261120T000000Z',
    `DTSTART:${start}`,
    `DTEND:${end}`,
    `SUMMARY:${title}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

for (const scheme of ['light', 'dark'] as const) {
  test(`connect, pick calendars, see the status and settle a conflict (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.addInitScript(FAKE_DESKTOP);
    const planner = new PlannerPage(page);
    await planner.open(NOW);
    await page.getByRole('button', { name: 'Load a sample week' }).click();
    await expect(planner.grid).toHaveAttribute('aria-busy', 'false');
    await page.getByRole('button', { name: 'Sync', exact: true }).click();
    const d = planner.dialog;
    await expect(d.getByRole('heading', { name: 'Calendar sync' })).toBeVisible();

    // Nothing is prefilled; a plain-http address and the missing fields are all refused inline.
    const password = d.getByLabel('App password');
    await expect(password).toHaveValue('');
    await d.getByLabel('Server address').fill('http://dav.example.com/');
    await d.getByRole('button', { name: 'Connect' }).click();
    await expect(d.getByText(/must start with https:\/\//)).toBeVisible();
    await expect(d.getByText('Enter your user name on the server.')).toBeVisible();
    await expect(d.getByText(/Enter an app password/)).toBeVisible();
    await expect(d.getByLabel('Server address')).toBeFocused();
    await expectNoSeriousViolations(page);
    await shot(page, `sync-connect-errors-${scheme}`);
    expect(await page.evaluate(() => window.__desktop.connects)).toEqual([]);

    // A wrong password: the shell's refusal in words, and the password box emptied.
    await d.getByLabel('Server address').fill('https://dav.example.com/');
    await d.getByLabel('User name').fill('ana');
    await password.fill('wrong');
    await d.getByRole('button', { name: 'Connect' }).click();
    await expect(d.getByTestId('connect-refused')).toHaveText(/refused the user name or password/);
    await expect(password).toHaveValue('');
    await expect(d.getByLabel('User name')).toHaveValue('ana');

    await password.fill('app-password');
    await password.press('Enter');
    await expect(d.getByRole('tab', { name: 'Status' })).toHaveAttribute('aria-selected', 'true');
    expect(await page.evaluate(() => window.__desktop.connects.at(-1))).toEqual({
      serverUrl: 'https://dav.example.com/',
      username: 'ana',
      passwordLength: 12,
    });

    // Calendars: publish to a new one, read the invitations calendar as work, subscribe by URL.
    await d.getByRole('tab', { name: 'Calendars' }).click();
    await expect(d.getByRole('radio', { name: /A new calendar/ })).toBeChecked();
    await expect(d.getByRole('radio', { name: 'Holidays' })).toHaveCount(0);
    await expect(d.getByTestId('sync-read-only')).toHaveText(
      'Read-only for this account, so the plan cannot go there: Holidays. They can still be shown as busy time.',
    );
    await expect(
      d.getByRole('checkbox', { name: 'Holidays (read-only)', exact: true }),
    ).toBeEnabled();
    await d.getByRole('checkbox', { name: 'Client invitations', exact: true }).check();
    await d.getByRole('checkbox', { name: 'Client invitations counts as work' }).check();
    await d.getByRole('checkbox', { name: 'Personal', exact: true }).check();
    await d.getByLabel('Calendar address').fill('http://calendar.example.com/x.ics');
    await d.getByRole('button', { name: 'Subscribe' }).click();
    await expect(d.getByText('The address must start with https:// or webcal://.')).toBeVisible();
    await d.getByLabel('Calendar address').fill('webcal://calendar.example.com/secret/basic.ics');
    await d.getByLabel('Name (optional)').fill('Google');
    await d.getByRole('button', { name: 'Subscribe' }).click();
    await expect(d.getByRole('button', { name: 'Remove Google' })).toBeVisible();
    await expectNoSeriousViolations(page);
    await shot(page, `sync-calendars-${scheme}`);
    await d.getByRole('button', { name: 'Save calendars' }).click();
    await expect(d.getByText('Calendars saved.')).toBeVisible();
    const config = await page.evaluate(() => window.__desktop.configs.at(-1));
    expect(config).toMatchObject({
      publishTo: { create: 'Hybrid Planner' },
      busyCalendars: [
        { url: 'https://dav.example.com/cal/ana/personal/', countsAsWork: false },
        { url: 'https://dav.example.com/cal/ana/clients/', countsAsWork: true },
      ],
      subscriptions: [{ url: 'webcal://calendar.example.com/secret/basic.ics', name: 'Google' }],
    });

    // Status: a first sync in progress, then an error with its retry, then Sync now's report.
    await d.getByRole('tab', { name: 'Status' }).click();
    await page.evaluate(() =>
      window.__desktop.emit({ state: 'syncing', progress: { done: 40, total: 120 }, pending: 80 }),
    );
    await expect(d.getByRole('progressbar', { name: /40 of 120 events/ })).toBeVisible();
    await expect(d.getByRole('button', { name: 'Sync now' })).toBeDisabled();
    await shot(page, `sync-progress-${scheme}`);
    await page.evaluate(() =>
      window.__desktop.emit({
        state: 'offline',
        progress: null,
        error: 'The server did not answer within 30 seconds. Your changes wait and go out later.',
        nextRetryAt: Date.parse('2026-11-23T02:05:00Z'),
      }),
    );
    await expect(d.getByTestId('sync-error')).toContainText('did not answer');
    await expect(d.getByTestId('sync-error')).toContainText('Next try in 5 min (10:05).');
    await expectNoSeriousViolations(page);
    await shot(page, `sync-offline-${scheme}`);
    await page.evaluate(() => window.__desktop.emit({ error: null, nextRetryAt: null }));
    await d.getByRole('button', { name: 'Sync now' }).click();
    await expect(d.getByTestId('sync-report')).toHaveText(
      'Mon, 23 Nov 2026, 10:00. Created 3 events, updated 1, deleted 0, received 2 changes.',
    );
    await expect(d.getByTestId('sync-state')).toHaveText('Up to date');
    await expectNoSeriousViolations(page);
    await shot(page, `sync-status-${scheme}`);

    // Busy calendars that could not be read: each by name, in plain words; the rest stays.
    await page.evaluate(() =>
      window.__desktop.emit({
        busyProblems: [
          {
            source: 'https://dav.example.com/cal/ana/clients/',
            name: 'Client invitations',
            error: 'The server does not allow this account to read this calendar.',
          },
          {
            source: 'google',
            name: 'Google',
            error: 'The address refused access (the secret link may have been reset).',
          },
        ],
      }),
    );
    const problems = d.getByTestId('sync-busy-problems');
    await expect(problems).toContainText(
      '2 calendars read as busy time could not be read. The busy time read from them before still counts.',
    );
    await expect(problems.getByRole('listitem')).toHaveText([
      'Client invitations: The server does not allow this account to read this calendar.',
      'Google: The address refused access (the secret link may have been reset).',
    ]);
    await expect(d.getByTestId('sync-state')).toHaveText('Up to date');
    await expectNoSeriousViolations(page);
    await shot(page, `sync-busy-problems-${scheme}`);
    await page.evaluate(() => window.__desktop.emit({ busyProblems: [] }));
    await expect(problems).toHaveCount(0);

    // A conflict: both versions in words, in Manila time; keeping the server's settles it.
    await page.evaluate(
      ([app, server]) =>
        window.__desktop.emit({
          conflicts: [
            { uid: 'c1@hybrid-planner', kind: 'commitment', summary: 'Weekly sync', app, server },
          ],
        }),
      [
        eventIcs('c1@hybrid-planner', 'Weekly sync', '20261124T010000Z', '20261124T013000Z'),
        eventIcs(
          'c1@hybrid-planner',
          'Weekly sync (moved)',
          '20261125T060000Z',
          '20261125T063000Z',
        ),
      ],
    );
    await expect(d.getByRole('tab', { name: 'Conflicts (1)' })).toBeVisible();
    await d.getByRole('tab', { name: 'Conflicts (1)' }).click();
    const conflict = d.getByRole('listitem', { name: 'Conflict: Weekly sync' });
    await expect(conflict.getByRole('region', { name: 'In the app' })).toContainText(
      'Tue, 24 Nov 2026, 09:00–09:30',
    );
    await expect(conflict.getByRole('region', { name: 'On the server' })).toContainText(
      'Weekly sync (moved)Wed, 25 Nov 2026, 14:00–14:30',
    );
    await expectNoSeriousViolations(page);
    await shot(page, `sync-conflict-${scheme}`);
    await conflict.getByRole('button', { name: "Keep the server's" }).click();
    await expect(d.getByText('No conflicts: every change went through.')).toBeVisible();
    expect(await page.evaluate(() => window.__desktop.resolved)).toEqual([
      { uid: 'c1@hybrid-planner', keep: 'server' },
    ]);

    // Disconnect asks once more, then the connect form is back, empty.
    await d.getByRole('tab', { name: 'Status' }).click();
    await d.getByRole('button', { name: 'Disconnect…' }).click();
    await d.getByRole('button', { name: 'Yes, disconnect' }).click();
    await expect(d.getByLabel('App password')).toHaveValue('');
    await expect(d.getByLabel('Server address')).toHaveValue('');
  });
}

test('the browser version says sync needs the desktop app and offers nothing else', async ({
  page,
}) => {
  const planner = new PlannerPage(page);
  await planner.open(NOW);
  await page.getByRole('button', { name: 'Load a sample week' }).click();
  await page.getByRole('button', { name: 'Sync', exact: true }).click();
  const d = planner.dialog;
  await expect(d.getByTestId('sync-unavailable')).toContainText(
    'Calendar sync needs the desktop app.',
  );
  await expect(d.getByRole('textbox')).toHaveCount(0);
  await expect(d.getByRole('button')).toHaveText(['×']);
  await expectNoSeriousViolations(page);
  await shot(page, 'sync-unavailable');
});

/** A busy event as the shell sends it. */
function busyEvent(id: string, source: string, title: string, start: string, end: string) {
  return {
    id,
    source: `https://dav.example.com/cal/ana/${source}/`,
    title,
    start: Date.parse(start),
    end: Date.parse(end),
    allDay: false,
    countsAsWork: source === 'clients',
    uid: `${id}@elsewhere`,
  };
}

test('busy time from other calendars is drawn grey, and nothing is proposed over it', async ({
  page,
}) => {
  const planner = await openConnected(page, NOW, [
    // Monday 11:00–13:00 and Tuesday 13:00–16:00 in Manila: where the sample week proposes.
    busyEvent('b1', 'personal', 'Dentist', '2026-11-23T03:00:00Z', '2026-11-23T05:00:00Z'),
    busyEvent('b2', 'clients', 'Invite: Q4 review', '2026-11-24T05:00:00Z', '2026-11-24T08:00:00Z'),
  ]);
  const busy = planner.grid.getByTestId('busy-block');
  await expect(busy).toHaveCount(2);
  await expect(busy.first()).toHaveAccessibleName('Busy: Dentist (Personal), 11:00–13:00.');
  await expect(busy.nth(1)).toHaveAccessibleName(
    'Busy: Invite: Q4 review (Client invitations, counts as work), 13:00–16:00.',
  );
  // The week was asked for with its neighbours, so the weeks planned ahead read the same list.
  const asked = await page.evaluate(() => window.__desktop.busyAsked[0]);
  expect(asked).toEqual({
    from: Date.parse('2026-11-15T16:00:00Z'),
    to: Date.parse('2026-12-06T16:00:00Z'),
  });
  await expect(planner.grid.getByTestId('block-proposal').first()).toBeVisible();
  const boxes = async (testId: string) =>
    Promise.all((await planner.grid.getByTestId(testId).all()).map((b) => b.boundingBox()));
  const busyBoxes = await boxes('busy-block');
  const proposalBoxes = await boxes('block-proposal');
  const overlapping = proposalBoxes.filter((p) =>
    busyBoxes.some(
      (b) =>
        p !== null &&
        b !== null &&
        p.x < b.x + b.width &&
        b.x < p.x + p.width &&
        p.y < b.y + b.height - 1 &&
        b.y < p.y + p.height - 1,
    ),
  );
  expect(overlapping).toEqual([]);
  await shot(page, 'sync-busy-week');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'sync-busy-week-dark');

  // Busy time changed on the server: the week asks again and draws the new list.
  await page.evaluate(() => {
    window.__desktop.busyEvents = [];
    window.__desktop.busyChanged();
  });
  await expect(busy).toHaveCount(0);
});

test('the plan is published once the data is still, and again after a change', async ({ page }) => {
  const planner = await openConnected(page, NOW);
  const publishes = () => page.evaluate(() => window.__desktop.publishes);
  await expect.poll(async () => (await publishes()).length).toBeGreaterThan(0);
  const first = (await publishes()).at(-1) ?? [];
  const kinds = (list: { kind: string }[], kind: string) => list.filter((i) => i.kind === kind);
  expect(kinds(first, 'commitment').length).toBeGreaterThan(0);
  // Every UID once: the shell is given one whole set, never duplicates.
  expect(new Set(first.map((i) => i.uid)).size).toBe(first.length);
  // With the horizon it was cut at (30 days back, midnight in Manila): older events age out.
  expect(await page.evaluate(() => window.__desktop.sinces.at(-1))).toBe(
    Date.parse('2026-10-23T16:00:00Z'),
  );

  // Accepting a proposal stores a session: the next publish carries it too.
  const sessionsBefore = kinds(first, 'session').length;
  const count = (await publishes()).length;
  await planner.grid
    .getByRole('button', { name: /^Accept / })
    .first()
    .click();
  await expect.poll(async () => (await publishes()).length).toBe(count + 1);
  const next = (await publishes()).at(-1) ?? [];
  expect(kinds(next, 'session').length).toBe(sessionsBefore + 1);
});

test('an event deleted on another device is removed here, and the shell is told', async ({
  page,
}) => {
  const planner = await openConnected(page, NOW);
  const checkins = planner.grid
    .getByTestId('block-commitment')
    .filter({ hasText: 'Acme check-in' });
  await expect(checkins.first()).toBeVisible();
  await page.evaluate(() =>
    window.__desktop.incoming([
      { uid: 'sample-acme-checkin@hybrid-planner', kind: 'commitment', change: 'deleted' },
    ]),
  );
  await expect(page.getByTestId('sync-notice')).toHaveText(
    /“Acme check-in call” was deleted on another device and is removed here\./,
  );
  await expect(checkins).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => window.__desktop.applied))
    .toEqual([['sample-acme-checkin@hybrid-planner']]);
  await shot(page, 'sync-incoming-notice');
  await page.getByTestId('sync-notice').getByRole('button', { name: 'OK' }).click();
  await expect(page.getByTestId('sync-notice')).toHaveCount(0);
});
