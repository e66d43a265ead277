/**
 * Start-up: the first read of the data runs from its own small script, ahead of the app bundle
 * (the preread entry that electron.vite.config.ts adds to index.html), and a reload shows the
 * saved week.
 */
import { expect, test } from '@playwright/test';
import { PlannerPage } from './pages/planner';

const NOW = '2026-11-25T02:00:00Z';

test('the first read comes from the preread script, ahead of the app bundle', async ({
  page,
  request,
}) => {
  const html = await (await request.get('index.html')).text();
  const preread = html.indexOf('<script type="module" async crossorigin src="./assets/preread-');
  const bundle = html.indexOf('<script type="module" crossorigin src="./assets/index-');
  expect(preread).toBeGreaterThan(html.indexOf('Content-Security-Policy'));
  expect(bundle).toBeGreaterThan(preread);

  const planner = new PlannerPage(page);
  await planner.open(NOW);
  await page.getByRole('button', { name: 'Load a sample week' }).click();
  await expect(planner.grid.getByTestId('block-commitment').first()).toBeVisible();
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url().split('/').pop() ?? '');
  });
  await page.reload();
  await expect(planner.grid.getByTestId('block-commitment').first()).toBeVisible();
  // The small script is requested first, before the bundle it runs ahead of.
  expect(scripts[0]).toMatch(/^preread-.*\.js$/);
  expect(scripts.findIndex((name) => name.startsWith('index-'))).toBeGreaterThan(0);
});
