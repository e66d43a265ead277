/**
 * The app's IndexedDB from a test, without the app: write rows into its stores (to seed a
 * profile) and read a store back (to compare what was saved).
 */
import type { Page } from '@playwright/test';

/** Puts every row of `tables` (store name → rows) into the app's database, in one transaction. */
export function putRows(page: Page, tables: Record<string, readonly object[]>): Promise<void> {
  return page.evaluate(
    (data) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hybrid-planner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(data), 'readwrite');
          for (const [name, rows] of Object.entries(data)) {
            const store = tx.objectStore(name);
            for (const row of rows) store.put(row);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    tables,
  );
}

/** Every row of the store `name`, as stored. */
export function getRows(page: Page, name: string): Promise<unknown[]> {
  return page.evaluate(
    (store) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('hybrid-planner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    name,
  );
}
