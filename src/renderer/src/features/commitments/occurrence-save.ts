/**
 * Writes what the occurrence form asks for through the validated commitment writes: one record
 * over the copy the dialog loaded, or a split as both halves in one transaction (all or
 * nothing). Resolves to the change that undoes it.
 */
import type { Commitment } from '../../../../core/types';
import type { PlannerDb } from '../../db/db';
import { saveCommitment, type WriteResult } from '../../db/repo';
import type { Change } from '../week/undo-history';
import type { WeekOp } from '../week/week-undo';
import type { OccurrenceWrite } from './occurrence-form';

function draftOf(c: Commitment) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = c;
  return draft;
}

/** Carries a refused half out of the transaction, so the other half is not kept. */
class Refused extends Error {
  constructor(readonly result: Extract<WriteResult<Commitment>, { ok: false }>) {
    super('refused');
  }
}

/** Writes `write` over `original` (as loaded) and says how to undo and redo it. */
export async function saveOccurrence(
  db: PlannerDb,
  original: Commitment,
  write: OccurrenceWrite,
  now: number,
  label: string,
  /** The change time the dialog loaded; undefined when the user chose to overwrite. */
  loadedAt: number | undefined,
): Promise<WriteResult<Change<WeekOp>>> {
  const target = { id: original.id, loadedAt };
  if (write.kind === 'update') {
    const result = await saveCommitment(db, draftOf(write.commitment), now, target);
    if (!result.ok) return result;
    const undo: WeekOp[] = [{ kind: 'put-commitment', commitment: original }];
    const redo: WeekOp[] = [{ kind: 'put-commitment', commitment: result.value }];
    return { ok: true, value: { label, undo, redo } };
  }
  try {
    return await db.transaction('rw', db.clients, db.commitments, async () => {
      const before = await saveCommitment(db, draftOf(write.before), now, target);
      if (!before.ok) throw new Refused(before);
      const after = await saveCommitment(db, draftOf(write.after), now, { id: write.after.id });
      if (!after.ok) throw new Refused(after);
      const change: Change<WeekOp> = {
        label,
        undo: [
          { kind: 'put-commitment', commitment: original },
          { kind: 'delete-commitment', id: after.value.id },
        ],
        redo: [
          { kind: 'put-commitment', commitment: before.value },
          { kind: 'put-commitment', commitment: after.value },
        ],
      };
      return { ok: true as const, value: change };
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}
