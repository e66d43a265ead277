/**
 * Creating blocks by hand with a real mouse, as a new user would: a span dragged out on empty
 * grid space shows its day and times while it grows, and on release a small dialog asks what to
 * put there (a microtask session or a one-off commitment for a client); the creation is undone
 * and redone; Esc, the past and a release outside the grid create nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { defaultSettings, platformFromPreset } from '../../src/core/defaults';
import { expectNoSeriousViolations, shot } from './pages/checks';
import { WeekCreatePage } from './pages/week-create';

// Monday 2 March 2026, 08:00 in Manila: the rest of the week lies ahead.
const NOW = '2026-03-02T08:00:00+08:00';
const T0 = Date.parse(NOW);
const manila = (day: string, time: string) => Date.parse(`2026-03-${day}T${time}:00+08:00`);

const ACME = {
  id: 'acme',
  name: 'Acme',
  color: '#2563eb',
  zone: 'America/New_York',
  availability: [],
  billing: { kind: 'hourly', rate: 30 },
  currency: 'USD',
  notes: '',
  archived: false,
  createdAt: T0,
  updatedAt: T0,
};

async function openWeek(page: Page, commitments: readonly object[] = []) {
  const week = new WeekCreatePage(page);
  // The platform is switched off for proposals, so the grid's empty space stays empty.
  const platform = {
    ...platformFromPreset('prolific', { id: 'prolific', now: T0 }),
    enabled: false,
  };
  await week.openSeeded(NOW, {
    settings: [{ ...defaultSettings('Asia/Manila', { updatedAt: T0 }), onboarded: true }],
    platforms: [platform],
    clients: [ACME],
    commitments,
  });
  return week;
}

test('a span dragged on empty space becomes a session with exact times, undone and redone', async ({
  page,
}, info) => {
  const week = await openWeek(page);
  // Pressed at 14:05, let go at 15:35: the span snaps to 14:00–15:30 and says so while it grows.
  await week.sketchTo('Tue 3 Mar', '14:05', '15:35');
  await expect(week.ghost).toHaveText('Tue 14:00–15:30');
  await shot(page, info, '1-sketching');
  await page.mouse.up();

  const dialog = week.createDialog;
  await expect(dialog.getByRole('heading', { name: 'New block' })).toBeVisible();
  await expect(dialog).toContainText('14:00–15:30 (1 h 30 min)');
  // The keyboard is in the dialog, on its first control.
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await expectNoSeriousViolations(page, '[data-testid="create-dialog"]');
  await shot(page, info, '2-dialog-session');
  await dialog.getByRole('button', { name: 'Create session' }).click();
  await expect(dialog).toHaveCount(0);

  await expect.poll(async () => (await week.storedSessions()).length).toBe(1);
  const [made] = await week.storedSessions();
  expect(made).toMatchObject({
    platformId: 'prolific',
    start: manila('03', '14:00'),
    end: manila('03', '15:30'),
    locked: false,
    status: 'planned',
  });
  const id = made?.id ?? '';
  await expect(week.block(id)).toBeVisible();
  expect(await week.timesOf(id)).toBe('14:00–15:30');
  await expect(week.toast).toContainText('Created Prolific session');
  await shot(page, info, '3-created');

  await page.keyboard.press('Control+z');
  await expect(week.toast).toContainText('Undone: Created Prolific session');
  await expect.poll(async () => (await week.storedSessions()).length).toBe(0);
  await expect(week.block(id)).toHaveCount(0);
  await shot(page, info, '4-undone');
  await page.keyboard.press('Control+Shift+z');
  await expect(week.toast).toContainText('Redone: Created Prolific session');
  await expect(week.block(id)).toBeVisible();
  expect(await week.storedSessions()).toEqual([made]);
});

test('a span dragged upward becomes a one-off commitment in the client zone', async ({
  page,
}, info) => {
  const week = await openWeek(page);
  // From 11:00 up to 10:00 on Wednesday: the same span as a drag down.
  await week.sketchTo('Wed 4 Mar', '11:00', '10:00');
  await expect(week.ghost).toHaveText('Wed 10:00–11:00');
  await page.mouse.up();
  const dialog = week.createDialog;
  await dialog.getByLabel('One-off commitment').check();
  await dialog.getByLabel('Kind').selectOption('call');
  await dialog.getByLabel('Title').fill('Kickoff');
  await expectNoSeriousViolations(page, '[data-testid="create-dialog"]');
  await shot(page, info, '1-dialog-commitment');
  await dialog.getByRole('button', { name: 'Create commitment' }).click();
  await expect(dialog).toHaveCount(0);

  await expect.poll(async () => (await week.storedCommitments()).length).toBe(1);
  const [made] = await week.storedCommitments();
  // 10:00 in Manila on 4 March is 21:00 on 3 March in New York (EST).
  expect(made).toMatchObject({
    clientId: 'acme',
    title: 'Kickoff',
    zone: 'America/New_York',
    start: '21:00',
    durationMin: 60,
    recurrence: { kind: 'once', date: '2026-03-03' },
  });
  await expect(week.grid.getByTestId('block-commitment')).toHaveCount(1);
  await shot(page, info, '2-created');
  await week.toast.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await week.storedCommitments()).length).toBe(0);
  await expect(week.grid.getByTestId('block-commitment')).toHaveCount(0);
});

test('Esc, the past and a release outside the grid create nothing', async ({ page }, info) => {
  const week = await openWeek(page);
  // Esc mid-drag: the span is gone and no dialog opens.
  await week.sketchTo('Tue 3 Mar', '09:00', '10:00');
  await expect(week.ghost).toHaveText('Tue 09:00–10:00');
  await page.keyboard.press('Escape');
  await expect(week.ghost).toHaveCount(0);
  await page.mouse.up();
  await expect(week.createDialog).toHaveCount(0);

  // Monday before 08:00 has passed: the span says so and is not offered.
  await week.sketchTo('Mon 2 Mar', '06:45', '07:45');
  await expect(week.ghost).toContainText('That time has already passed');
  await shot(page, info, '1-past');
  await page.mouse.up();
  await expect(week.createDialog).toHaveCount(0);

  // Let go above the grid, over the toolbar.
  await week.sketchTo('Tue 3 Mar', '09:00', '10:00');
  await page.mouse.move(400, 5, { steps: 4 });
  await page.mouse.up();
  await expect(week.createDialog).toHaveCount(0);

  // Esc in the dialog closes it, and nothing is stored.
  await week.sketch('Tue 3 Mar', '09:00', '10:00');
  await expect(week.createDialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(week.createDialog).toHaveCount(0);
  expect(await week.storedSessions()).toEqual([]);
  expect(await week.storedCommitments()).toEqual([]);
});
