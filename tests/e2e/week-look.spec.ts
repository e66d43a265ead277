/**
 * How the week looks and keeps what the user decided: a dismissed proposal stays dismissed after
 * a reload and "Show dismissed" brings it back; every proposal's ✓ and × name the proposal they
 * act on.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sampleWeek } from '../../src/core/sample-week';
import { PX_PER_MIN } from '../../src/renderer/src/features/week/grid-metrics';
import { openHeavyProfile } from './pages/heavy';
import { getRows, putRows } from './pages/idb';
import { measureLines, WeekLookPage } from './pages/week-look';

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

test('dismiss all, undo, redo, reload: they stay dismissed until brought back', async ({
  page,
}) => {
  const week = new WeekLookPage(page);
  await week.openSample(NOW);
  const count = await week.proposals.count();
  await week.panel.getByRole('button', { name: 'Dismiss all' }).click();
  await expect(week.proposals).toHaveCount(0);
  await expect(week.panel.getByText('Every proposal this week is dismissed.')).toBeVisible();
  // Undo brings them all back, redo dismisses them again: both stored.
  await page.keyboard.press('Control+z');
  await expect(week.proposals).toHaveCount(count);
  await page.keyboard.press('Control+Shift+z');
  await expect(week.proposals).toHaveCount(0);
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

// A heavier sample week: a 1-hour weekly standup with the New York client (22:00–23:00 in
// Manila, as in the bug report), and three more clients whose hours overlap the others'.
function heavierSample() {
  const sample = sampleWeek({ weekStart: '2026-11-23', now: Date.parse(NOW) });
  const [acme, northlight, harbour] = sample.clients;
  const checkin = sample.commitments.find((c) => c.id === 'sample-acme-checkin');
  if (!acme || !northlight || !harbour || !checkin) throw new Error('sample week changed');
  const standup = {
    ...checkin,
    id: 'e2e-standup',
    title: 'NY standup',
    durationMin: 60,
    recurrence: { ...checkin.recurrence, weekdays: [2, 4] },
  };
  const clients = [
    {
      ...northlight,
      id: 'e2e-rhein',
      name: 'Rhein Studio (Berlin)',
      zone: 'Europe/Berlin',
      color: '#9c36b5',
    },
    {
      ...acme,
      id: 'e2e-maple',
      // Hourly, like the others added: a retainer would meet the income target by itself.
      billing: { kind: 'hourly', rate: 30 },
      name: 'Maple Ledger (Toronto)',
      zone: 'America/Toronto',
      color: '#e8590c',
    },
    {
      ...harbour,
      id: 'e2e-lion',
      name: 'Lion City Legal (Singapore)',
      zone: 'Asia/Singapore',
      color: '#0c8599',
    },
  ];
  // No income target: the standup's overage would meet it, and the week would propose nothing.
  const settings = { ...sample.settings, onboarded: true, weeklyIncomeTarget: null };
  return { settings: [settings], clients, commitments: [standup] };
}

const HOUR_BLOCKS = '[data-testid="block-commitment"], [data-testid="block-proposal"]';

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]) {
  test(`at ${viewport.width}×${viewport.height}, 1-hour blocks show every line uncut`, async ({
    page,
  }, info) => {
    await page.setViewportSize(viewport);
    const week = new WeekLookPage(page);
    await week.openSample(NOW);
    await putRows(page, heavierSample());
    await page.reload();
    await week.settled();
    const standup = week.grid.locator('[data-block-id^="e2e-standup@"]').first();
    await expect(standup).toBeVisible();

    // Drawn to scale: a 1-hour block is exactly an hour tall.
    const hourPx = 60 * PX_PER_MIN;
    const ids = await page.$$eval(
      HOUR_BLOCKS,
      (els, px) =>
        els
          .filter((e) => Math.abs(e.getBoundingClientRect().height - px) < 0.5)
          .map((e) => e.getAttribute('data-block-id') ?? ''),
      hourPx,
    );
    const commitments = ids.filter((id) => id.startsWith('e2e-standup@'));
    const proposals = ids.filter((id) => id.startsWith('proposal:'));
    expect(commitments).toHaveLength(2);
    expect(proposals.length).toBeGreaterThan(0);

    // (A block cut at midnight has two pieces of one id: only whole 1-hour blocks are measured.)
    const measured = [...commitments, ...proposals];
    const selector = measured.map((id) => `[data-block-id="${id}"]`).join(', ');
    const lines = await measureLines(page, selector);
    // Title, home time and client time (or earnings) each on a line of its own…
    for (const id of measured) {
      expect(lines.filter((l) => l.block === id).map((l) => l.text)).toHaveLength(3);
    }
    expect(lines.filter((l) => l.block === commitments[0]).map((l) => l.text)).toEqual([
      'NY standup',
      '22:00–23:00',
      '09:00 New York',
    ]);
    // …and none of them cut.
    expect(lines.filter((l) => l.cut)).toEqual([]);
    await standup.scrollIntoViewIfNeeded();
    await week.shot(info, `week-${viewport.width}`);
  });
}

test('the hour height is kept after a reload, and blocks stay to scale at every zoom', async ({
  page,
}, info) => {
  const week = new WeekLookPage(page);
  await week.openSample(NOW);
  const session = week.grid.locator('[data-block-id="sample-session-thu"]');
  const height = async () => (await session.boundingBox())?.height ?? 0;
  const zoom = week.grid.getByRole('group', { name: /^Hour height/ });
  await expect(zoom).toHaveAccessibleName('Hour height: Comfortable');
  expect(await height()).toBeCloseTo(64, 0);

  await zoom.getByRole('button', { name: 'Larger hours' }).click();
  await expect(zoom).toHaveAccessibleName('Hour height: Large');
  await expect(zoom.getByRole('button', { name: 'Larger hours' })).toBeDisabled();
  await expect.poll(height).toBeCloseTo(96, 0);
  await week.shot(info, 'zoom-large');

  await page.reload();
  await week.settled();
  await expect(zoom).toHaveAccessibleName('Hour height: Large');
  expect(await height()).toBeCloseTo(96, 0);

  await zoom.getByRole('button', { name: 'Smaller hours' }).click();
  await zoom.getByRole('button', { name: 'Smaller hours' }).click();
  await expect(zoom).toHaveAccessibleName('Hour height: Compact');
  await expect.poll(height).toBeCloseTo(48, 0);
});

test('with 25 clients the availability lanes stay inside the day column, labelled', async ({
  page,
}, info) => {
  await openHeavyProfile(page, '2026-03-02T02:00:00Z', '2026-03-02');
  const week = new WeekLookPage(page);
  await week.settled();
  const columns = await page.$$eval('.day-content', (days) =>
    days.map((day) => {
      const box = day.getBoundingClientRect();
      const bands = [...day.querySelectorAll<HTMLElement>('[data-testid="availability-band"]')];
      const blocks = [...day.querySelectorAll<HTMLElement>('.block')];
      return {
        left: box.left,
        right: box.right,
        bandsRight: Math.max(box.left, ...bands.map((b) => b.getBoundingClientRect().right)),
        // A day without blocks (a weekend) has its column's right edge here.
        blocksLeft: Math.min(box.right, ...blocks.map((b) => b.getBoundingClientRect().left)),
        hasBlocks: blocks.length > 0,
        labels: bands.map((b) => b.textContent ?? ''),
        named: bands.every((b) => (b.getAttribute('aria-label') ?? '').length > 0),
      };
    }),
  );
  expect(columns).toHaveLength(7);
  expect(columns.filter((d) => d.hasBlocks).length).toBeGreaterThan(3);
  for (const day of columns) {
    // The lanes end before the blocks begin, and the blocks keep most of the column.
    expect(day.bandsRight).toBeLessThanOrEqual(day.blocksLeft);
    if (day.hasBlocks) expect(day.blocksLeft - day.left).toBeLessThan((day.right - day.left) / 3);
    expect(day.named).toBe(true);
  }
  const labels = columns.flatMap((d) => d.labels);
  // Each band is labelled; the clients without a lane of their own are counted in "+N".
  expect(labels.some((l) => /^\+\d+$/.test(l))).toBe(true);
  expect(labels.filter((l) => !/^\+\d+$/.test(l)).every((l) => l.length > 1)).toBe(true);
  await week.shot(info, 'heavy-profile-lanes');
});

test('a short block shows the rest of its details on keyboard focus', async ({ page }, info) => {
  const week = new WeekLookPage(page);
  await week.openSample(NOW);
  // The 30-minute check-in call has room for its title only.
  const call = week.grid.locator('[data-block-id="sample-acme-checkin@2026-11-23"]');
  await expect(call).toHaveAttribute('data-cut', 'true');
  const main = call.getByRole('button').first();
  const details = (await main.getAttribute('title')) ?? '';
  expect(details).toContain('New York');
  await expect(main).toHaveAccessibleDescription(details);
  // As a keyboard user reaches it: a key press, then the focus.
  await page.keyboard.press('Shift');
  await main.focus();
  await expect(week.grid.getByTestId('block-tip')).toHaveText(details);
  await week.shot(info, 'focus-tip');
  // Leaving it takes its tip away.
  await page.keyboard.press('Tab');
  await expect(week.grid.getByTestId('block-tip').filter({ hasText: details })).toHaveCount(0);
});

test('time fields follow the 12/24-hour setting, and read what a user types', async ({ page }) => {
  const week = new WeekLookPage(page);
  await week.openSample(NOW);
  const dialog = page.getByRole('dialog');
  const openAdmin = async () => {
    await week.grid
      .locator('[data-block-id="sample-harbour-admin@2026-11-23"] .block-main')
      .click();
    // It is under way at NOW: its done / missed dialog first, then the series' editor.
    await dialog.getByRole('button', { name: 'Edit commitment…' }).click();
    await dialog.getByRole('button', { name: 'Edit the series…' }).click();
    await expect(dialog.getByRole('heading', { name: 'Edit commitment' })).toBeVisible();
    return dialog.getByLabel(/^Start time/);
  };
  // 24-hour (the sample's setting): 12:00, never "12:00 PM".
  const start = await openAdmin();
  await expect(start).toHaveValue('12:00');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(dialog.getByLabel('Quiet from')).toHaveValue('22:00');
  // No native time field anywhere: they show the OS locale's clock, not the setting.
  await expect(page.locator('input[type="time"]')).toHaveCount(0);
  await page.keyboard.press('Escape');

  await putRows(page, {
    settings: [
      { ...sampleWeek({ weekStart: '2026-11-23', now: Date.parse(NOW) }).settings, clock: '12h' },
    ],
  });
  await page.reload();
  await week.settled();
  await expect(week.grid.locator('.hour-label').nth(13)).toHaveText('1:00 PM');
  const twelve = await openAdmin();
  await expect(twelve).toHaveValue('12:00 PM');
  await twelve.fill('9:30 am');
  await dialog.getByRole('button', { name: /^Save/ }).click();
  await expect(dialog).toBeHidden();
  const rows = await getRows(page, 'commitments');
  expect(rows.find((r) => (r as { id?: string }).id === 'sample-harbour-admin')).toMatchObject({
    start: '09:30',
  });
  // Not a time: the form says so and nothing is saved.
  const again = await openAdmin();
  await expect(again).toHaveValue('9:30 AM');
  await again.fill('half past nine');
  await dialog.getByRole('button', { name: /^Save/ }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/must be a time such as/).first()).toBeVisible();
});

test('the week in light and dark, at the default and the large zoom (screenshots)', async ({
  page,
}, info) => {
  const week = new WeekLookPage(page);
  await week.openSample(NOW);
  await putRows(page, heavierSample());
  await page.reload();
  await week.settled();
  const zoom = week.grid.getByRole('group', { name: /^Hour height/ });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(zoom).toHaveAccessibleName('Hour height: Comfortable');
    // The evening, where four clients' hours meet and the standup sits.
    await week.grid.locator('[data-block-id^="e2e-standup@"]').first().scrollIntoViewIfNeeded();
    await week.proposals.first().hover();
    await week.shot(info, `week-${scheme}-comfortable`);
    await zoom.getByRole('button', { name: 'Larger hours' }).click();
    await expect(zoom).toHaveAccessibleName('Hour height: Large');
    await week.proposals.first().scrollIntoViewIfNeeded();
    await week.shot(info, `week-${scheme}-large`);
    await zoom.getByRole('button', { name: 'Smaller hours' }).click();
  }
});

test('a drag in the grid selects no text, on a block or beside one', async ({ page }) => {
  const week = new WeekLookPage(page);
  await week.openSample(NOW);
  const block = week.grid.locator('[data-block-id="sample-harbour-admin@2026-11-25"]');
  await block.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await block.boundingBox();
  const head = await week.grid.getByRole('columnheader').nth(1).boundingBox();
  if (!box || !head) throw new Error('not laid out');
  const selected = () => page.evaluate(() => window.getSelection()?.toString() ?? '');
  // Pressed on the block's text, dragged over the hour labels and up to the day headers.
  await page.mouse.move(box.x + 20, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x - 200, box.y + 40, { steps: 8 });
  await page.mouse.move(head.x + 10, head.y + 5, { steps: 8 });
  expect(await selected()).toBe('');
  await page.keyboard.press('Escape');
  await page.mouse.up();
  expect(await selected()).toBe('');
  // Pressed in an empty part of the grid (where a drag creates), over blocks and labels.
  await page.mouse.move(box.x + box.width + 60, box.y - 30);
  await page.mouse.down();
  await page.mouse.move(head.x - 30, head.y + 5, { steps: 12 });
  await page.mouse.up();
  expect(await selected()).toBe('');
});

test('the dismissed list and the zoom control have no serious axe violations', async ({ page }) => {
  const week = new WeekLookPage(page);
  await week.openSample(NOW);
  const [name] = await week.buttonNames('Dismiss');
  if (!name) throw new Error('no proposal');
  await week.grid.getByRole('button', { name, exact: true }).click();
  await week.panel.getByRole('button', { name: 'Show dismissed (1)' }).click();
  await expect(week.dismissedList).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
});
