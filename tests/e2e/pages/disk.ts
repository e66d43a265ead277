/** A full disk for the specs: IndexedDB writes that fail the way Chromium refuses them. */
import type { Page } from '@playwright/test';

/**
 * Makes IndexedDB writes fail as a full disk does while `window.diskFull` is true: the request
 * throws a QuotaExceededError, the way Chromium refuses a write past the origin's quota.
 */
export async function simulateFullDisk(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const store = IDBObjectStore.prototype;
    for (const method of ['put', 'add'] as const) {
      const original = store[method];
      Object.defineProperty(store, method, {
        configurable: true,
        writable: true,
        value(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (Reflect.get(window, 'diskFull') === true) {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          return original.apply(this, args);
        },
      });
    }
  });
}

/** Turns the full disk of `simulateFullDisk` on or off. */
export const setDiskFull = (page: Page, full: boolean) =>
  page.evaluate((value) => Reflect.set(window, 'diskFull', value), full);
