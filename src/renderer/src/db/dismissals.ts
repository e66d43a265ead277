/**
 * Dismissed proposals, kept in the database so a dismissal outlives a reload. Each write also
 * clears the dismissals whose week is over (they can no longer match a proposal), so the table
 * never grows past a few weeks' worth.
 */
import type { Dismissal, Instant, Proposal } from '../../../core/types';
import type { PlannerDb } from './db';
import { attempt, type WriteResult } from './write-result';

/** The dismissal of `proposal`, shown in the week that ends at `weekEnd`. */
export function dismissalOf(proposal: Proposal, weekEnd: Instant, now: Instant): Dismissal {
  return {
    id: proposal.id,
    platformId: proposal.platformId,
    start: proposal.start,
    end: proposal.end,
    // A proposal can run past its week's end (Sunday night): it is kept until it is over too.
    expiresAt: Math.max(weekEnd, proposal.end),
    createdAt: now,
  };
}

/**
 * Stores `dismissals` (all or none) and clears those expired at `now`; a failed write answers
 * why and leaves every record as it was.
 */
export function saveDismissals(
  db: PlannerDb,
  dismissals: readonly Dismissal[],
  now: Instant,
): Promise<WriteResult<Dismissal[]>> {
  return writeAndClear(db, now, () => db.dismissals.bulkPut([...dismissals]), [...dismissals]);
}

/** Takes back the dismissals `ids` (the proposals show again), all or none. */
export function deleteDismissals(
  db: PlannerDb,
  ids: readonly string[],
  now: Instant,
): Promise<WriteResult<string[]>> {
  return writeAndClear(db, now, () => db.dismissals.bulkDelete([...ids]), [...ids]);
}

/** Runs `write` with the clearing of expired dismissals in one transaction, answering `value`. */
function writeAndClear<T>(
  db: PlannerDb,
  now: Instant,
  write: () => Promise<unknown>,
  value: T,
): Promise<WriteResult<T>> {
  return attempt(() =>
    db.transaction('rw', db.dismissals, async () => {
      await clearExpired(db, now);
      await write();
      return { ok: true, value };
    }),
  );
}

/** Removes the dismissals whose week ended at or before `now`. */
async function clearExpired(db: PlannerDb, now: Instant): Promise<number> {
  return db.dismissals.where('expiresAt').belowOrEqual(now).delete();
}
