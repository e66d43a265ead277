import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { dayOf, startOfWeek } from '../../src/core/time';
import { heavyProfile } from '../bench/heavy-profile';

test('profile', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const setup = await context.newPage();
  await setup.goto('index.html');
  await expect(setup.getByRole('heading', { name: 'Welcome to Hybrid Planner' })).toBeVisible();
  const profile = heavyProfile(startOfWeek(dayOf(Date.now(), 'Asia/Manila'), 1));
  const tables = { settings: [{ ...profile.settings, onboarded: true }], clients: [...profile.clients], commitments: [...profile.commitments], platforms: [...profile.platforms], sessions: [...profile.sessions] };
  await setup.evaluate((data) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('hybrid-planner');
    open.onsuccess = () => { const db = open.result; const tx = db.transaction(Object.keys(data), 'readwrite');
      for (const [name, rows] of Object.entries(data)) { const store = tx.objectStore(name); for (const row of rows) store.put(row); }
      tx.oncomplete = () => { db.close(); resolve(); }; tx.onerror = () => reject(tx.error); };
  }), tables);
  await setup.close();
  const url = process.env.PROF_URL ?? 'index.html';
  const sel = process.env.PROF_SEL ?? '[role="grid"][aria-busy="false"] [data-testid="block-commitment"]';
  for (let i = 0; i < 3; i++) { const p = await context.newPage(); await p.goto(url); await p.locator(sel).first().waitFor(); await p.close(); }
  const page = await context.newPage();
  if (process.env.PROF_TRACE) {
    await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'] });
    await page.goto(url);
    await page.locator(sel).first().waitFor();
    await page.waitForTimeout(300);
    writeFileSync(process.env.PROF_TRACE, await browser.stopTracing());
    await context.close();
    return;
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.locator(sel).first().waitFor();
  await page.waitForTimeout(300);
  const { profile: prof } = await cdp.send('Profiler.stop');
  writeFileSync(process.env.PROF_OUT ?? '/tmp/cpu.json', JSON.stringify(prof));
  await context.close();
});
