/**
 * What a write answers: the stored record, or field errors and, for a write that was refused,
 * the problem in words (the storage failed, or another window changed the record first).
 */
import type { FieldErrors } from '../../../core/validate/fields';
import { describeWriteError, type WriteFailure } from './backup-io';

/** Why a valid change was not written: the storage failed, or another window changed the record. */
export type WriteProblem = WriteFailure | { reason: 'conflict'; message: string };

/** A write's outcome: the stored record, or field errors (and, for a refused write, the problem). */
export type WriteResult<T> =
  { ok: true; value: T } | { ok: false; errors: FieldErrors; problem?: WriteProblem };

/** The message for a record another window changed or deleted after the editor loaded it. */
export function conflictProblem(existing: unknown): WriteProblem {
  return {
    reason: 'conflict',
    message: existing
      ? 'This was changed in another window after you opened it. Reload to see that change, or overwrite it with what you typed here.'
      : 'This was deleted in another window after you opened it. Reload to close it, or overwrite to save what you typed here as it is.',
  };
}

/**
 * The change time a write stamps: now, but always after the stored one. Two saves within one
 * clock tick, or a clock set back, would otherwise leave a changed record with the stamp an
 * editor loaded, and the check against a stale overwrite would not see the change.
 */
export function stampAfter(existing: { updatedAt: number } | undefined, now: number): number {
  return existing ? Math.max(now, existing.updatedAt + 1) : now;
}

/** A write refused for `problem`, with no field errors. */
export function refused<T>(problem: WriteProblem): WriteResult<T> {
  return { ok: false, errors: {}, problem };
}

/** Runs a write transaction; a storage failure comes back described instead of thrown. */
export async function attempt<T>(write: () => Promise<WriteResult<T>>): Promise<WriteResult<T>> {
  try {
    return await write();
  } catch (error) {
    return refused(describeWriteError(error));
  }
}
