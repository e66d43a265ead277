/**
 * The writes undo and redo replay for the week (undo-history.ts keeps which to replay). They
 * put back records exactly as they were stored (already validated when first saved), so an
 * undone move restores the very start and end, and a redone acceptance brings back the same
 * session id that later changes refer to. A dismissal is not stored here: it goes through the
 * one dismissal function the view owns.
 */
import type { Commitment, MicrotaskSession } from '../../../../core/types';
import type { PlannerDb } from '../../db/db';

export type WeekOp =
  | { kind: 'put-sessions'; sessions: readonly MicrotaskSession[] }
  | { kind: 'delete-sessions'; ids: readonly string[] }
  | { kind: 'put-commitment'; commitment: Commitment }
  | { kind: 'delete-commitment'; id: string }
  | { kind: 'dismiss'; ids: readonly string[]; dismissed: boolean };

/** Applies `ops`: the stored ones in one transaction (all or nothing), then the dismissals. */
export async function applyWeekOps(
  db: PlannerDb,
  ops: readonly WeekOp[],
  setDismissed: (ids: readonly string[], dismissed: boolean) => void,
): Promise<void> {
  await db.transaction('rw', db.sessions, db.commitments, async () => {
    for (const op of ops) {
      if (op.kind === 'put-sessions') await db.sessions.bulkPut([...op.sessions]);
      else if (op.kind === 'delete-sessions') await db.sessions.bulkDelete([...op.ids]);
      else if (op.kind === 'put-commitment') await db.commitments.put(op.commitment);
      else if (op.kind === 'delete-commitment') await db.commitments.delete(op.id);
    }
  });
  for (const op of ops) if (op.kind === 'dismiss') setDismissed(op.ids, op.dismissed);
}
