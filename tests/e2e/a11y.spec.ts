import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PlannerPage } from './pages/planner';

const NOW = '2026-11-23T02:00:00Z';

async function expectNoSeriousViolations(page: Page, scope?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (scope) builder.include(scope);
  const results = await builder.analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(bad).toEqual([]);
}

test.describe('accessibility (axe)', () => {
  test('first run, the week view and the client, commitment and calendar dialogs', async ({
    page,
  }) => {
    const planner = new PlannerPage(page);
    await planner.open(NOW);
    await expect(page.getByRole('heading', { name: 'Welcome to Hybrid Planner' })).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Load a sample week' }).click();
    await expect(planner.grid.getByTestId('block-commitment').first()).toBeVisible();
    await expect(planner.grid.getByTestId('block-proposal').first()).toBeVisible();
    await expectNoSeriousViolations(page);

    // The first block's work has started: it opens its done / missed dialog, and the commitment
    // from there.
    await planner.grid.getByTestId('block-commitment').first().click();
    await expect(page.getByTestId('occurrence-dialog')).toBeVisible();
    await expectNoSeriousViolations(page, 'dialog');
    await planner.dialog.getByRole('button', { name: 'Edit commitment…' }).click();
    await expect(planner.dialog.getByRole('heading', { name: 'Edit commitment' })).toBeVisible();
    await expectNoSeriousViolations(page, 'dialog');
    await page.keyboard.press('Escape');

    await planner.openNewClient();
    await planner.dialog.getByRole('button', { name: 'Save client' }).click();
    await expect(planner.dialog.getByText('Name cannot be empty.')).toBeVisible();
    await expectNoSeriousViolations(page, 'dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Calendar' }).click();
    await expect(planner.dialog.getByRole('tab', { name: 'Export' })).toBeVisible();
    await expectNoSeriousViolations(page, 'dialog');
  });

  test('the week is usable from the keyboard', async ({ page }) => {
    const planner = new PlannerPage(page);
    await planner.open(NOW);
    await page.getByRole('button', { name: 'Load a sample week' }).click();
    await expect(planner.weekTitle).toHaveText(/23.*29 Nov 2026/);
    await expect(planner.grid).toHaveAttribute('aria-busy', 'false');
    // N opens a new commitment; Esc closes it.
    await page.keyboard.press('n');
    await expect(planner.dialog.getByRole('heading', { name: 'New commitment' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(planner.dialog).toBeHidden();
    // A block takes focus and Enter opens it (work that has started: its done / missed dialog).
    const block = planner.grid.getByTestId('block-commitment').first().getByRole('button');
    await block.focus();
    await expect(block).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('occurrence-dialog')).toBeVisible();
    await expect(planner.dialog.getByRole('radio', { name: 'Done as planned' })).toBeVisible();
    await page.keyboard.press('Escape');
    // Alt+↓ moves an accepted, unlocked session 15 minutes later.
    await page.getByRole('button', { name: 'Accept all' }).click();
    const session = planner.grid
      .locator('[data-testid="block-session"]:not(.block-locked)')
      .first();
    await expect(session).toBeVisible();
    const id = await session.getAttribute('data-block-id');
    const before = (await session.textContent()) ?? '';
    // The full details are the button's accessible description.
    await expect(session.getByRole('button').first()).toHaveAccessibleDescription(
      /session, \d{2}:\d{2}–\d{2}:\d{2} your time, planned\./,
    );
    await session.getByRole('button').first().focus();
    await page.keyboard.press('Alt+ArrowDown');
    const moved = planner.grid.locator(`[data-block-id="${id}"]`);
    await expect(moved).not.toHaveText(before);
  });
});

test('a locked session asks before it is removed', async ({ page }) => {
  const planner = new PlannerPage(page);
  await planner.open(NOW);
  await page.getByRole('button', { name: 'Load a sample week' }).click();
  const locked = planner.grid.locator('[data-testid="block-session"].block-locked').first();
  await locked.getByRole('button').first().click();
  await planner.dialog.getByRole('button', { name: 'Remove session' }).click();
  await expect(planner.dialog.getByRole('alert')).toContainText('This session is locked');
  await expect(planner.grid.locator('[data-testid="block-session"].block-locked')).toHaveCount(1);
  await planner.dialog.getByRole('button', { name: 'Remove it anyway' }).click();
  await expect(planner.dialog).toBeHidden();
  await expect(planner.grid.locator('[data-testid="block-session"].block-locked')).toHaveCount(0);
});
