/**
 * Shaping the week by hand with a real mouse, as a new user would: a session lands on the
 * quarter hour nearest to where it is dropped and shows where while it moves, both edges of a
 * 30-minute block resize it, Esc or a lost pointer capture cancel, a locked session says why it
 * stays, Alt+arrows move a block again and again, and drags never touch another session.
 */
import { expect, test, type TestInfo } from '@playwright/test';
import { defaultSettings, platformFromPreset } from '../../src/core/defaults';
import { PX_PER_MIN } from '../../src/renderer/src/features/week/grid-metrics';
import { WeekDragPage, type SeedSession } from './pages/week-drag';

// Monday 2 March 2026, 08:00 in Manila: the whole week lies ahead.
const NOW = '2026-03-02T08:00:00+08:00';
const T0 = Date.parse(NOW);

/** A session `days` after Monday at `time` (Manila) for `minutes`. */
function session(id: string, days: number, time: string, minutes: number, locked = false) {
  const start = Date.parse(`2026-03-0${2 + days}T${time}:00+08:00`);
  const row: SeedSession = {
    id,
    platformId: 'prolific',
    start,
    end: start + minutes * 60_000,
    locked,
    status: 'planned',
    actualEarnings: null,
    note: '',
    createdAt: T0,
    updatedAt: T0,
  };
  return row;
}

const SESSIONS = [
  session('a-focus', 1, '14:20', 30),
  session('b-morning', 1, '10:00', 60),
  session('c-late', 1, '16:00', 30),
  session('d-locked', 1, '12:00', 60, true),
  session('e-wednesday', 2, '09:00', 30),
];

async function openWeek(page: WeekDragPage['page']): Promise<WeekDragPage> {
  const week = new WeekDragPage(page);
  // The platform is switched off, so no proposals crowd the lanes around the sessions.
  const platform = {
    ...platformFromPreset('prolific', { id: 'prolific', now: T0 }),
    enabled: false,
  };
  await week.openSeeded(NOW, {
    settings: [{ ...defaultSettings('Asia/Manila', { updatedAt: T0 }), onboarded: true }],
    platforms: [platform],
    sessions: SESSIONS,
  });
  await expect(week.block('a-focus')).toBeVisible();
  return week;
}

const MIN = 60_000;
/** The nearest quarter hour (Manila is a whole number of hours from UTC). */
const quarter = (ms: number) => Math.round(ms / (15 * MIN)) * 15 * MIN;

async function shot(week: WeekDragPage, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}.png`);
  await week.page.screenshot({ path });
  await info.attach(name, { path, contentType: 'image/png' });
}

test('a dragged session lands on the nearest quarter hour and shows where while it moves', async ({
  page,
}, info) => {
  const week = await openWeek(page);
  expect(await week.timesOf('a-focus')).toBe('14:20–14:50');

  // 50 minutes down: released at 15:10, it lands at 15:15, and says so before release.
  const at = await week.press('a-focus');
  await week.moveBy(at, 50);
  await expect(week.ghost).toHaveText('15:15–15:45');
  await shot(week, info, '1-mid-drag');
  await page.mouse.up();
  await expect(week.ghost).toHaveCount(0);
  await expect.poll(() => week.timesOf('a-focus')).toBe('15:15–15:45');
  await expect(week.status).toContainText('moved to Tue 15:15–15:45');
  await shot(week, info, '2-dropped');

  // More drop points: 20 min down from 15:15 → 15:35 → 15:30; 37 up → 14:53 → 15:00 (nearer
  // than 14:45); with Shift, the 5-minute snap: 8 down → 15:08 → 15:10.
  await week.drag('a-focus', 20);
  await expect.poll(() => week.timesOf('a-focus')).toBe('15:30–16:00');
  await week.drag('a-focus', -37);
  await expect.poll(() => week.timesOf('a-focus')).toBe('15:00–15:30');
  const fine = await week.press('a-focus');
  await page.keyboard.down('Shift');
  await week.moveBy(fine, 8);
  await expect(week.ghost).toHaveText('15:10–15:40');
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect.poll(() => week.timesOf('a-focus')).toBe('15:10–15:40');

  // Across days: one column right, on Wednesday (at the quarter hour nearest to 15:10).
  await week.drag('a-focus', 0, { days: 1 });
  await expect(week.status).toContainText('moved to Wed 15:15–15:45');
  const [moved] = (await week.storedSessions()).filter((s) => s.id === 'a-focus');
  expect(moved?.start).toBe(Date.parse('2026-03-04T15:15:00+08:00'));
});

test('both edges of a 30-minute block resize it, and its middle still moves it', async ({
  page,
}, info) => {
  const week = await openWeek(page);
  const box = await week.block('c-late').boundingBox();
  if (!box) throw new Error('not laid out');
  expect(box.height).toBeCloseTo(30 * PX_PER_MIN, 0); // drawn to scale at the default zoom

  // The bottom edge, 30 minutes down: 16:00–17:00.
  const bottom = await week.press('c-late', box.height - 2);
  await week.moveBy(bottom, 30);
  await expect(week.ghost).toHaveText('16:00–17:00');
  await shot(week, info, '1-resize-bottom');
  await page.mouse.up();
  await expect.poll(() => week.timesOf('c-late')).toBe('16:00–17:00');

  // The top edge, 45 minutes up: 15:15–17:00.
  await week.drag('c-late', -45, { fromTop: 2 });
  await expect.poll(() => week.timesOf('c-late')).toBe('15:15–17:00');
  await shot(week, info, '2-resize-top');

  // A 30-minute block's middle moves it, after the resizes as before them.
  await week.drag('e-wednesday', 60);
  await expect.poll(() => week.timesOf('e-wednesday')).toBe('10:00–10:30');
  const height = (await week.block('e-wednesday').boundingBox())?.height;
  expect(height).toBeCloseTo(30 * PX_PER_MIN, 0);
});

test('five drags in a row change only the dragged session', async ({ page }, info) => {
  const week = await openWeek(page);
  const before = await week.storedSessions();
  const drags: [string, number, number][] = [
    ['a-focus', 45, 0],
    ['b-morning', -60, 0],
    ['a-focus', 15, 1],
    ['e-wednesday', 30, 0],
    ['c-late', 90, 0],
  ];
  for (const [id, minutes, days] of drags) {
    const start = await week.storedSessions();
    await week.drag(id, minutes, { days });
    await expect
      .poll(async () => (await week.storedSessions()).find((s) => s.id === id)?.start)
      .toBe(quarter((start.find((s) => s.id === id)?.start ?? 0) + (minutes + days * 1440) * MIN));
    const after = await week.storedSessions();
    // Every other session is exactly as it was, to the millisecond and the field.
    expect(after.filter((s) => s.id !== id)).toEqual(start.filter((s) => s.id !== id));
  }
  await shot(week, info, 'after-five-drags');
  const after = await week.storedSessions();
  const untouched = (list: SeedSession[]) => list.filter((s) => s.id === 'd-locked');
  expect(untouched(after)).toEqual(untouched(before));
  expect(after.map((s) => s.id)).toEqual(before.map((s) => s.id));
});

test('Esc, a lost pointer capture and a locked session leave everything as it was', async ({
  page,
}, info) => {
  const week = await openWeek(page);
  const before = await week.storedSessions();

  // Esc mid-drag: the ghost goes, the block stays.
  const at = await week.press('a-focus');
  await week.moveBy(at, 60);
  await expect(week.ghost).toHaveText('15:15–15:45');
  await page.keyboard.press('Escape');
  await expect(week.ghost).toHaveCount(0);
  await page.mouse.up();
  await shot(week, info, '1-after-esc');

  // The capture lost mid-drag (as when the window loses the pointer): cancelled, and the
  // release that follows over another block moves neither of them.
  const again = await week.press('a-focus');
  await week.moveBy(again, 30);
  await expect(week.ghost).toBeVisible();
  await page.evaluate(() => {
    const block = document.querySelector<HTMLElement>('[data-block-id="a-focus"]');
    for (const id of [1, 2, 3]) if (block?.hasPointerCapture(id)) block.releasePointerCapture(id);
    block?.dispatchEvent(new PointerEvent('lostpointercapture', { bubbles: true }));
  });
  await expect(week.ghost).toHaveCount(0);
  const other = await week.block('c-late').boundingBox();
  if (!other) throw new Error('not laid out');
  await page.mouse.move(other.x + 10, other.y + 12, { steps: 4 });
  await page.mouse.up();

  // A locked session refuses with its reason and does not follow the pointer.
  const locked = await week.press('d-locked');
  await week.moveBy(locked, 60);
  await expect(week.ghost).toHaveCount(0);
  await expect(week.status).toHaveText('Locked sessions stay where they are');
  await page.mouse.up();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await shot(week, info, '2-locked-refused');
  expect(await week.storedSessions()).toEqual(before);
});

test('Alt+arrows move the focused block again and again, and say so', async ({ page }) => {
  const week = await openWeek(page);
  const button = week.block('a-focus').locator('.block-main');
  await button.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => week.timesOf('a-focus')).toBe('14:35–15:05');
  await expect(week.status).toHaveText('Prolific moved to Tue 14:35–15:05');
  // The focus followed the redrawn block: a second Alt+↓ moves it again.
  await expect(week.block('a-focus').locator('.block-main')).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => week.timesOf('a-focus')).toBe('14:50–15:20');
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect.poll(() => week.timesOf('a-focus')).toBe('14:50–15:05');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(week.status).toHaveText('Prolific moved to Wed 14:50–15:05');
  await expect(week.block('a-focus').locator('.block-main')).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => week.timesOf('a-focus')).toBe('15:05–15:20');
});

test('a drag is undone and redone with the keys and the toast, across a week switch', async ({
  page,
}, info) => {
  const week = await openWeek(page);
  await week.drag('a-focus', 50);
  await expect.poll(() => week.timesOf('a-focus')).toBe('15:15–15:45');
  await expect(week.toast).toContainText('Moved Prolific');
  await shot(week, info, '1-moved-with-toast');

  await page.keyboard.press('Control+z');
  await expect.poll(() => week.timesOf('a-focus')).toBe('14:20–14:50');
  await expect(week.toast).toContainText('Undone: Moved Prolific');
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => week.timesOf('a-focus')).toBe('15:15–15:45');

  // Another move, then the history outlives a week switch: Undo in the toast takes back the
  // second move, Ctrl+Z the first, and the stored session is exactly as it was seeded.
  await week.drag('a-focus', 0, { days: 1 });
  await expect(week.status).toContainText('moved to Wed 15:15–15:45');
  await page.getByRole('button', { name: 'Next week' }).click();
  await page.getByRole('button', { name: 'Previous week' }).click();
  await expect(week.block('a-focus')).toBeVisible();
  await week.toast.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => week.timesOf('a-focus')).toBe('15:15–15:45');
  await page.keyboard.press('Control+z');
  await expect.poll(() => week.timesOf('a-focus')).toBe('14:20–14:50');
  const seeded = SESSIONS.find((s) => s.id === 'a-focus');
  const [stored] = (await week.storedSessions()).filter((s) => s.id === 'a-focus');
  expect(stored).toEqual(seeded);
  await shot(week, info, '2-undone');
});

test('locking and removing a session are undone too', async ({ page }) => {
  const week = await openWeek(page);
  const dialog = page.getByRole('dialog');
  await week.block('a-focus').locator('.block-main').click();
  await dialog.getByRole('button', { name: 'Lock in place' }).click();
  await expect(dialog).toBeHidden();
  await expect(week.block('a-focus')).toHaveClass(/block-locked/);
  await expect(week.toast).toContainText('Locked Prolific');
  await page.keyboard.press('Control+z');
  await expect(week.block('a-focus')).not.toHaveClass(/block-locked/);

  await week.block('a-focus').locator('.block-main').click();
  await dialog.getByRole('button', { name: 'Remove session' }).click();
  await expect(week.block('a-focus')).toHaveCount(0);
  await week.toast.getByRole('button', { name: 'Undo' }).click();
  await expect(week.block('a-focus')).toBeVisible();
  const [stored] = (await week.storedSessions()).filter((s) => s.id === 'a-focus');
  expect(stored).toEqual(SESSIONS.find((s) => s.id === 'a-focus'));
});

test('two undos pressed at once take back two moves, in order', async ({ page }) => {
  // Regression: a second Ctrl+Z before the first one's re-render read the old history, wrote
  // the same undo again and dropped the earlier move from the history unwritten.
  const week = await openWeek(page);
  await week.drag('a-focus', 50);
  await expect.poll(() => week.timesOf('a-focus')).toBe('15:15–15:45');
  await week.drag('a-focus', 0, { days: 1 });
  await expect(week.status).toContainText('moved to Wed 15:15–15:45');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => week.timesOf('a-focus')).toBe('14:20–14:50');
  const seeded = SESSIONS.find((s) => s.id === 'a-focus');
  await expect
    .poll(async () => (await week.storedSessions()).find((s) => s.id === 'a-focus'))
    .toEqual(seeded);
});
