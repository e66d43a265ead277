/** Opens the app at a fixed moment with the benchmarks' heavy profile (25 clients, 13 zones). */
import { expect, type Page } from '@playwright/test';
import type { CalendarDay } from '../../../src/core/types';
import { heavyProfile } from '../../bench/heavy-profile';
import { putRows } from './idb';

/** Sets the clock to `now`, writes the heavy profile for the week of `weekStart` and reloads. */
export async function openHeavyProfile(page: Page, now: string, weekStart: CalendarDay) {
  await page.clock.setFixedTime(new Date(now));
  await page.goto('index.html');
  await expect(page.getByRole('heading', { name: 'Welcome to Hybrid Planner' })).toBeVisible();
  const profile = heavyProfile(weekStart);
  await putRows(page, {
    settings: [{ ...profile.settings, onboarded: true }],
    clients: [...profile.clients],
    commitments: [...profile.commitments],
    platforms: [...profile.platforms],
    sessions: [...profile.sessions],
  });
  await page.reload();
}
