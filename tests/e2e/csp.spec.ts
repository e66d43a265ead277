import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/planner';

declare global {
  interface Window {
    /** Every Content-Security-Policy violation the page reported. */
    __cspViolations: string[];
  }
}

// The window's policy allows no inline style (style-src 'self'): every screen must render
// without one. A violation is reported as an event even where nothing visible breaks.
test('the week and every dialog render under the strict policy with no violation', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  const planner = new PlannerPage(page);
  await planner.open('2026-03-02T02:00:00Z');
  await page.getByRole('button', { name: 'Load a sample week' }).click();
  await expect(planner.grid.getByTestId('block-commitment').first()).toBeVisible();

  for (const name of ['Clients', 'Platforms', 'Calendar', 'Backup and restore', 'Settings']) {
    await page.getByRole('button', { name, exact: true }).click();
    await expect(planner.dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(planner.dialog).toBeHidden();
  }
  await planner.grid.getByTestId('block-commitment').first().locator('.block-main').click();
  await expect(planner.dialog).toBeVisible();

  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  const policy = (await page.request.get('index.html')).headers()['content-security-policy'];
  expect(policy).toContain("style-src 'self';");
});
