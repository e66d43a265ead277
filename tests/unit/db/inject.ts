/**
 * Failing writes on demand for database tests: a Dexie middleware that rejects the n-th mutation
 * with the errors a full disk produces in a real browser.
 */
import type { DBCore, DBCoreTable } from 'dexie';
import type { PlannerDb } from '../../../src/renderer/src/db/db';
import { freshDb } from './helpers';

/** When and how the injected failure strikes; `triggered` says whether it did. */
export type Injection = {
  armed: boolean;
  failAt: number;
  calls: number;
  triggered: boolean;
  error: () => unknown;
};

/** A database whose writes fail at the `failAt`-th mutation once armed (Dexie middleware). */
export function dbWithInjectedFailure(injection: Injection): PlannerDb {
  const db = freshDb('inject');
  db.use({
    stack: 'dbcore',
    name: 'inject-failure',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        return {
          ...table,
          mutate(req) {
            if (injection.armed && injection.calls++ === injection.failAt) {
              injection.triggered = true;
              return Promise.reject(injection.error());
            }
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return db;
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** The ways a write fails in a real browser: thrown plainly, or an abort carrying a full disk. */
export const WRITE_ERRORS: Record<string, () => unknown> = {
  'a plain error': () => new Error('disk on fire'),
  'a QuotaExceededError': quota,
  'an AbortError wrapping a quota error (inner)': () =>
    Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota() }),
  'an AbortError wrapping a quota error (cause)': () =>
    Object.assign(new Error('Transaction aborted', { cause: quota() }), { name: 'AbortError' }),
};
