/**
 * Writes of plan against actual: what became of one past occurrence (a work record), and a
 * session's actual minutes and earnings. Each is validated by the core first; a record another
 * window changed after the dialog loaded it is refused, as every editor's write is.
 */
import type { WorkRecord } from '../../../core/types';
import { validateWorkRecord } from '../../../core/validate/work-record';
import type { PlannerDb } from './db';
import { attempt, conflictProblem, refused, stampAfter, type WriteResult } from './write-result';

/**
 * Marks an occurrence done or missed (`draft` is checked by validateWorkRecord); its commitment
 * must still exist. With `loadedAt` (the record's change time when the dialog opened, or null
 * when it had none) a record changed meanwhile is not overwritten.
 */
export async function saveWorkRecord(
  db: PlannerDb,
  draft: unknown,
  now: number,
  loadedAt?: number | null,
): Promise<WriteResult<WorkRecord>> {
  const checked = validateWorkRecord(draft);
  if (!checked.ok) return checked;
  const { id, commitmentId } = checked.value;
  return attempt(() =>
    db.transaction('rw', db.commitments, db.workRecords, async () => {
      if (!(await db.commitments.get(commitmentId))) {
        return refused<WorkRecord>(conflictProblem(undefined));
      }
      const existing = await db.workRecords.get(id);
      if (loadedAt !== undefined && (existing?.updatedAt ?? null) !== loadedAt) {
        return refused<WorkRecord>(conflictProblem(existing));
      }
      const value: WorkRecord = {
        ...checked.value,
        createdAt: existing?.createdAt ?? now,
        updatedAt: stampAfter(existing, now),
      };
      await db.workRecords.put(value);
      return { ok: true as const, value };
    }),
  );
}

/** Takes the mark off an occurrence: it counts as planned again. */
export async function clearWorkRecord(db: PlannerDb, id: string): Promise<WriteResult<null>> {
  return attempt(async () => {
    await db.workRecords.delete(id);
    return { ok: true as const, value: null };
  });
}
