/**
 * The writes undo and redo replay for the week (undo-history.ts keeps which to replay). They
 * put back records exactly as they were stored (already validated when first saved), so an
 * undone move restores the very start and end, and a redone acceptance brings back the same
 * session id that later changes refer to. Dismissals are records too (db/dismissals.ts), put
 * back and taken away in the same transaction as the rest.
 */
import type { Commitment, Dismissal, MicrotaskSession } from '../../../../core/types';
import type { PlannerDb } from '../../db/db';

export type WeekOp =
  | { kind: 'put-sessions'; sessions: readonly MicrotaskSession[] }
  | { kind: 'delete-sessions'; ids: readonly string[] }
  | { kind: 'put-commitment'; commitment: Commitment }
  | { kind: 'delete-commitment'; id: string }
  | { kind: 'put-dismissals'; dismissals: readonly Dismissal[] }
  | { kind: 'delete-dismissals'; ids: readonly string[] };

/** Applies `ops` in one transaction: all of them, or none when one write fails. */
export async function applyWeekOps(db: PlannerDb, ops: readonly WeekOp[]): Promise<void> {
  await db.transaction('rw', db.sessions, db.commitments, db.dismissals, async () => {
    for (const op of ops) {
      if (op.kind === 'put-sessions') await db.sessions.bulkPut([...op.sessions]);
      else if (op.kind === 'delete-sessions') await db.sessions.bulkDelete([...op.ids]);
      else if (op.kind === 'put-commitment') await db.commitments.put(op.commitment);
      else if (op.kind === 'delete-commitment') await db.commitments.delete(op.id);
      else if (op.kind === 'put-dismissals') await db.dismissals.bulkPut([...op.dismissals]);
      else await db.dismissals.bulkDelete([...op.ids]);
    }
  });
}
