import { expect, test, type Locator } from '@playwright/test';
import { EditorsPage } from './pages/editors';
import { PlannerPage } from './pages/planner';

// Monday 2 March 2026, 10:00 in Manila: a week before the US changes its clocks (8 March) and
// four weeks before the EU does (29 March), the gap that makes people miss calls.
const NOW = '2026-03-02T02:00:00Z';
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

function warning(page: PlannerPage, rule: string): Locator {
  return page.page.getByTestId('warnings').locator(`[data-rule="${rule}"]`);
}

/** 'HH:mm' from a block's description, its button's title ("…, 13:00–14:00 your time, …"). */
async function startOf(block: Locator): Promise<string> {
  const label = (await block.locator('.block-main').getAttribute('title')) ?? '';
  const match = /(\d{2}:\d{2})–\d{2}:\d{2} your time/.exec(label);
  if (!match?.[1]) throw new Error(`no time in “${label}”`);
  return match[1];
}

test('a new user plans a week across three time zones', async ({ page }, info) => {
  test.setTimeout(180_000);
  const planner = new PlannerPage(page);
  const editors = new EditorsPage(page);
  await planner.open(NOW);
  await planner.startEmpty();
  await expect(planner.weekTitle).toHaveText(/2.*8 Mar 2026/);

  // Three clients with their own business hours.
  const weekdays = { Monday: null, Tuesday: null, Wednesday: null, Thursday: null, Friday: null };
  await planner.addClient({ name: 'Acme Store', zoneSearch: 'New York', zone: 'America/New_York' });
  await planner.addClient({
    name: 'Northlight Agency',
    zoneSearch: 'London',
    zone: 'Europe/London',
    days: Object.fromEntries(Object.keys(weekdays).map((d) => [d, ['09:00', '17:30']])),
  });
  await planner.addClient({
    name: 'Harbour Coaching',
    zoneSearch: 'Sydney',
    zone: 'Australia/Sydney',
    days: Object.fromEntries(Object.keys(weekdays).map((d) => [d, ['08:00', '16:00']])),
  });
  await expect(
    page.getByRole('list').filter({ hasText: 'Harbour Coaching' }).getByRole('checkbox'),
  ).toHaveCount(3);

  // Their regular commitments, each in the client's own zone.
  await planner.addCommitment({
    client: 'Acme Store (New York)',
    title: 'Acme check-in',
    weekdays: WEEKDAYS,
    start: '09:00',
    durationMin: '30',
    startsOn: '2026-03-02',
  });
  await planner.addCommitment({
    client: 'Northlight Agency (London)',
    title: 'Northlight stand-up',
    weekdays: WEEKDAYS,
    start: '09:00',
    durationMin: '60',
    startsOn: '2026-03-02',
  });
  await planner.addCommitment({
    client: 'Harbour Coaching (Sydney)',
    title: 'Harbour admin',
    weekdays: ['Mon', 'Wed', 'Fri'],
    start: '11:00',
    durationMin: '120',
    startsOn: '2026-03-02',
  });
  const monday = planner.dayColumn(/^Mon 2 Mar/);
  // 09:00 New York (EST) is 22:00 Manila; 09:00 London (GMT) 17:00; 11:00 Sydney (AEDT) 08:00.
  await expect(
    monday.getByTestId('block-commitment').filter({ hasText: 'Acme check-in' }),
  ).toContainText('22:00–22:30');
  await expect(
    monday.getByTestId('block-commitment').filter({ hasText: 'Northlight' }),
  ).toContainText('17:00–18:00');
  await expect(monday.getByTestId('block-commitment').filter({ hasText: 'Harbour' })).toContainText(
    '08:00–10:00',
  );

  // The New York call lands in the Manila night: a night-work warning says so.
  await expect(warning(planner, 'night-work')).toBeVisible();
  await page.screenshot({ path: info.outputPath('1-three-clients.png') });

  // Moving the call earlier in New York clears the warning.
  await monday.getByTestId('block-commitment').filter({ hasText: 'Acme check-in' }).click();
  await planner.dialog.getByLabel(/^Start time/).fill('08:00');
  await planner.dialog.getByRole('button', { name: 'Save commitment' }).click();
  await expect(planner.dialog).toBeHidden();
  await expect(
    monday.getByTestId('block-commitment').filter({ hasText: 'Acme check-in' }),
  ).toContainText('21:00–21:30');
  await expect(warning(planner, 'night-work')).toHaveCount(0);

  // Two microtask platforms: proposals fill the gaps.
  await editors.openNewPlatform();
  await editors.fillPlatform({ preset: 'MTurk' });
  await editors.savePlatform();
  await expect(editors.dialog.getByRole('heading', { name: 'New platform' })).toBeHidden();
  await editors.dialog.getByRole('button', { name: 'Add platform' }).click();
  await editors.fillPlatform({ preset: 'Prolific' });
  await editors.savePlatform();
  // Back on the platform list (a new dialog): close it.
  await expect(editors.dialog.getByRole('heading', { name: 'Platforms' })).toBeVisible();
  await expect(editors.dialog.getByText('Prolific', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(planner.dialog).toBeHidden();
  const proposals = planner.grid.getByTestId('block-proposal');
  await expect(proposals.first()).toBeVisible();
  await expect(page.getByTestId('proposal-summary')).toContainText('proposed session');
  // MTurk gets none, and the panel says why.
  await expect(page.getByRole('list', { name: 'Platforms without a proposal' })).toContainText(
    "MTurk's peak hours, 09:00–17:00 New York, fall in your quiet hours, 22:00–07:00 Manila",
  );
  await page.screenshot({ path: info.outputPath('2-proposals.png') });

  // Accept them all (an impatient double click stores each one once): they become sessions.
  const proposed = await proposals.count();
  await page.getByRole('button', { name: 'Accept all' }).dblclick();
  const sessions = planner.grid.getByTestId('block-session');
  await expect(proposals).toHaveCount(0);
  await expect(sessions).toHaveCount(proposed);

  // Drag one session an hour later (15-minute snap; an hour is 48 px).
  const session = sessions.first();
  const id = await session.getAttribute('data-block-id');
  const before = await startOf(session);
  const box = await session.boundingBox();
  if (!box) throw new Error('session not laid out');
  await page.mouse.move(box.x + box.width / 2, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 8 + 24, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2, box.y + 8 + 48, { steps: 4 });
  await page.mouse.up();
  const moved = planner.grid.locator(`[data-block-id="${id}"]`);
  const [h, m] = before.split(':').map(Number);
  const expected = `${String((h ?? 0) + 1).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  await expect.poll(() => startOf(moved)).toBe(expected);
  await page.screenshot({ path: info.outputPath('3-sessions.png') });

  // A heavy project block pushes the week past 48 hours: weekly-hours warnings appear…
  await expect(warning(planner, 'weekly-hours')).toHaveCount(0);
  await planner.addCommitment({
    client: 'Northlight Agency (London)',
    title: 'Northlight migration',
    kind: 'Work block',
    weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    start: '01:00',
    durationMin: '420',
    startsOn: '2026-03-02',
    endsOn: '2026-03-08',
  });
  await expect(warning(planner, 'weekly-hours')).toBeVisible();
  await page.screenshot({ path: info.outputPath('4-overloaded.png') });
  // …and go when it is removed.
  // It started this morning: the commitment opens from its done / missed dialog.
  await monday.getByTestId('block-commitment').filter({ hasText: 'Northlight migration' }).click();
  await planner.dialog.getByRole('button', { name: 'Edit commitment…' }).click();
  await planner.dialog.getByRole('button', { name: 'Delete…' }).click();
  await planner.dialog.getByRole('button', { name: 'Delete every occurrence' }).click();
  await expect(planner.dialog).toBeHidden();
  await expect(warning(planner, 'weekly-hours')).toHaveCount(0);

  // Across the US/EU daylight-saving gap: the New York call moves an hour earlier in Manila.
  const notices = page.getByTestId('dst-notices');
  await expect(notices).toContainText('Acme check-in');
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(planner.weekTitle).toHaveText(/9.*15 Mar 2026/);
  const mon9 = planner.dayColumn(/^Mon 9 Mar/);
  await expect(
    mon9.getByTestId('block-commitment').filter({ hasText: 'Acme check-in' }),
  ).toContainText('20:00–20:30');
  await expect(
    mon9.getByTestId('block-commitment').filter({ hasText: 'Northlight' }),
  ).toContainText('17:00–18:00');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(planner.weekTitle).toHaveText(/23.*29 Mar 2026/);
  await expect(notices).toContainText('Northlight stand-up');
  await page.screenshot({ path: info.outputPath('5-eu-change-ahead.png') });
  await page.keyboard.press('ArrowRight');
  await expect(
    planner
      .dayColumn(/^Mon 30 Mar/)
      .getByTestId('block-commitment')
      .filter({ hasText: 'Northlight' }),
  ).toContainText('16:00–17:00');
});
