/**
 * Creating blocks by hand with a real mouse, as a new user would: a span dragged out on empty
 * grid space shows its day and times while it grows, and on release a small dialog asks what to
 * put there (a microtask session or a one-off commitment for a client); the creation is undone
 * and redone; Esc, the past and a release outside the grid create nothing. An occurrence of a
 * series moves on its own, or splits the series from there on; a failed save says why.
 */
import { expect, test, type Page } from '@playwright/test';
import { defaultSettings, platformFromPreset } from '../../src/core/defaults';
import { expectNoSeriousViolations, shot } from './pages/checks';
import { setDiskFull, simulateFullDisk } from './pages/disk';
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

const TOKYO = { ...ACME, id: 'tokyo', name: 'Kaito Studio', color: '#b45309', zone: 'Asia/Tokyo' };

/** Tuesdays and Thursdays 11:00–12:00 in Tokyo (10:00 in Manila) since 24 February. */
const SYNC = {
  id: 'sync',
  clientId: 'tokyo',
  title: 'Studio sync',
  kind: 'call',
  zone: 'Asia/Tokyo',
  start: '11:00',
  durationMin: 60,
  recurrence: {
    kind: 'weekly',
    weekdays: [2, 4],
    interval: 1,
    startDate: '2026-02-24',
    endDate: null,
    count: null,
  },
  skippedDates: [],
  moved: [],
  reminderLeadMin: null,
  notes: '',
  icsUid: null,
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
    clients: [ACME, TOKYO],
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
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, info, '1-sketching-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.mouse.up();

  const dialog = week.createDialog;
  await expect(dialog.getByRole('heading', { name: 'New block' })).toBeVisible();
  await expect(dialog).toContainText('14:00–15:30 (1 h 30 min)');
  // The keyboard is in the dialog, on its first control.
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await expectNoSeriousViolations(page, '[data-testid="create-dialog"]');
  await shot(page, info, '2-dialog-session');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, info, '2-dialog-session-dark');
  await page.emulateMedia({ colorScheme: 'light' });
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

test('from the keyboard: Enter on a day offers an hour there, fine-tuned in the dialog', async ({
  page,
}, info) => {
  const week = await openWeek(page);
  // Monday is today (08:00): an hour from 09:00; Tab order reaches the day, Enter opens it.
  await week.day('Thu 5 Mar').focus();
  await page.keyboard.press('Enter');
  const dialog = week.createDialog;
  await expect(dialog).toContainText('Thu, 5 Mar 2026, 09:00–10:00 (1 h)');
  await dialog.getByLabel('Start (Manila)').fill('13:30');
  await dialog.getByLabel('Duration (minutes)').fill('45');
  await expect(dialog).toContainText('13:30–14:15 (45 min)');
  await shot(page, info, '1-keyboard-dialog');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await week.storedSessions()).length).toBe(1);
  const [made] = await week.storedSessions();
  expect(made).toMatchObject({ start: manila('05', '13:30'), end: manila('05', '14:15') });
});

test('one occurrence of a series is dragged on its own; the others stay', async ({
  page,
}, info) => {
  const week = await openWeek(page, [SYNC]);
  await expect(week.block('sync@2026-03-03')).toBeVisible();
  expect(await week.timesOf('sync@2026-03-03')).toBe('10:00–11:00');
  await week.drag('sync@2026-03-03', 60);
  await expect.poll(() => week.timesOf('sync@2026-03-03')).toBe('11:00–12:00');
  await expect(week.status).toContainText('Studio sync moved to Tue 11:00–12:00');
  await shot(page, info, '1-one-moved');
  expect(await week.timesOf('sync@2026-03-05')).toBe('10:00–11:00');
  const [stored] = await week.storedCommitments();
  expect(stored?.moved).toEqual([
    {
      date: '2026-03-03',
      to: { date: '2026-03-03', time: '12:00', zone: 'Asia/Tokyo' },
      durationMin: 60,
    },
  ]);
  expect(stored?.recurrence).toEqual(SYNC.recurrence);

  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(week.block('sync@2026-03-10')).toBeVisible();
  expect(await week.timesOf('sync@2026-03-10')).toBe('10:00–11:00');
  await page.getByRole('button', { name: 'Previous week' }).click();
  await week.toast.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => week.timesOf('sync@2026-03-03')).toBe('10:00–11:00');
  expect((await week.storedCommitments())[0]?.moved).toEqual([]);
});

test('"this and following" splits the series: earlier weeks stay, later ones change', async ({
  page,
}, info) => {
  const week = await openWeek(page, [SYNC]);
  await week.block('sync@2026-03-05').locator('.block-main').click();
  const dialog = page.getByTestId('occurrence-dialog');
  await expect(dialog.getByRole('heading', { name: 'Studio sync' })).toBeVisible();
  await expect(dialog.getByLabel('This one')).toBeChecked();
  await expectNoSeriousViolations(page, '[data-testid="occurrence-dialog"]');
  await dialog.getByLabel('This and following').check();
  await dialog.getByLabel('Start time (Tokyo)').fill('12:30');
  await dialog.getByLabel('Duration (minutes)').fill('30');
  await expect(dialog).toContainText('11:30 your time');
  await expectNoSeriousViolations(page, '[data-testid="occurrence-dialog"]');
  await shot(page, info, '1-following');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, info, '1-following-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await dialog.getByRole('button', { name: 'Save this and following' }).click();
  await expect(dialog).toHaveCount(0);

  await expect.poll(async () => (await week.storedCommitments()).length).toBe(2);
  const halves = await week.storedCommitments();
  const original = halves.find((c) => c.id === 'sync');
  const next = halves.find((c) => c.id !== 'sync');
  expect(original?.recurrence).toMatchObject({ startDate: '2026-02-24', endDate: '2026-03-04' });
  expect(next).toMatchObject({ start: '12:30', durationMin: 30, title: 'Studio sync' });
  expect(next?.recurrence).toMatchObject({ startDate: '2026-03-05', endDate: null, count: null });

  // This week: Tuesday as it was, Thursday at the new time; next week the new time; the week
  // before unchanged.
  const nextId = next?.id ?? '';
  expect(await week.timesOf('sync@2026-03-03')).toBe('10:00–11:00');
  await expect.poll(() => week.timesOf(`${nextId}@2026-03-05`)).toBe('11:30–12:00');
  await shot(page, info, '2-split');
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect.poll(() => week.timesOf(`${nextId}@2026-03-10`)).toBe('11:30–12:00');
  await page.getByRole('button', { name: 'Previous week' }).click();
  await page.getByRole('button', { name: 'Previous week' }).click();
  await expect.poll(() => week.timesOf('sync@2026-02-26')).toBe('10:00–11:00');
  await page.getByRole('button', { name: 'Next week' }).click();

  // Undone: one series again, as it was.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await week.storedCommitments()).length).toBe(1);
  await expect.poll(() => week.timesOf('sync@2026-03-05')).toBe('10:00–11:00');
  expect((await week.storedCommitments())[0]?.recurrence).toEqual(SYNC.recurrence);
});

test('one occurrence skipped, or given its own notes, from its dialog', async ({ page }) => {
  const week = await openWeek(page, [SYNC]);
  await week.block('sync@2026-03-03').locator('.block-main').click();
  const dialog = page.getByTestId('occurrence-dialog');
  await dialog.getByLabel('Notes').fill('Bring the storyboard');
  await dialog.getByRole('button', { name: 'Save this one' }).click();
  await expect(dialog).toHaveCount(0);
  await expect
    .poll(async () => (await week.storedCommitments())[0]?.moved)
    .toEqual([
      {
        date: '2026-03-03',
        to: { date: '2026-03-03', time: '11:00', zone: 'Asia/Tokyo' },
        durationMin: 60,
        notes: 'Bring the storyboard',
      },
    ]);

  await week.block('sync@2026-03-05').locator('.block-main').click();
  await dialog.getByRole('button', { name: 'Skip this one' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(week.block('sync@2026-03-05')).toHaveCount(0);
  expect((await week.storedCommitments())[0]?.skippedDates).toEqual(['2026-03-05']);
  await expect(week.toast).toContainText('Skipped Studio sync');
  await week.toast.getByRole('button', { name: 'Undo' }).click();
  await expect(week.block('sync@2026-03-05')).toBeVisible();
});

test('a save that fails puts the block back, keeps the dialog, and says why', async ({
  page,
}, info) => {
  await simulateFullDisk(page);
  const week = await openWeek(page, [SYNC]);
  await setDiskFull(page, true);
  const full = 'There is not enough storage space on this computer to save this.';

  await week.drag('sync@2026-03-03', 60);
  await expect(week.status).toContainText('Studio sync could not be moved; it stays where it was');
  await expect(page.getByRole('alert').filter({ hasText: full })).toBeVisible();
  expect(await week.timesOf('sync@2026-03-03')).toBe('10:00–11:00');
  await expect(week.ghost).toHaveCount(0);
  await shot(page, info, '1-move-failed');

  await week.sketch('Wed 4 Mar', '14:00', '15:00');
  const dialog = week.createDialog;
  await dialog.getByLabel('One-off commitment').check();
  await dialog.getByLabel('Title').fill('Planning');
  await dialog.getByRole('button', { name: 'Create commitment' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: full })).toBeVisible();
  await expect(dialog.getByLabel('Title')).toHaveValue('Planning');
  await shot(page, info, '2-create-failed');

  await setDiskFull(page, false);
  await dialog.getByRole('button', { name: 'Create commitment' }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await week.storedCommitments()).length).toBe(2);
});
