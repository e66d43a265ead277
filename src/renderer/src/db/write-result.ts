/**
 * What a write answers: the stored record, or field errors and, for a write that was refused,
 * the problem in words (the storage failed, or another window changed the record first).
 */
import type { FieldErrors } from '../../../core/validate/fields';

/** Why a write failed, in words, with the kind the UI may react to. */
export type WriteFailure = { reason: 'quota' | 'closed' | 'failed'; message: string };

function field(error: object, key: string): unknown {
  return key in error ? Reflect.get(error, key) : undefined;
}

/**
 * True for a full disk or a storage quota, however it arrives: as a QuotaExceededError, or as an
 * AbortError (the transaction was aborted) whose `inner` or `cause` is one, or inside a BulkError.
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const name = field(error, 'name');
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  const failures = field(error, 'failures');
  const nested = [field(error, 'inner'), field(error, 'cause')];
  if (Array.isArray(failures)) nested.push(...failures);
  return nested.some((inner) => isQuotaExceeded(inner, depth + 1));
}

/** Describes a failed database write for the user. */
export function describeWriteError(error: unknown): WriteFailure {
  if (isQuotaExceeded(error)) {
    return {
      reason: 'quota',
      message:
        'There is not enough storage space on this computer to save this. Nothing was changed. Free some disk space, then try again.',
    };
  }
  const name = typeof error === 'object' && error !== null ? field(error, 'name') : undefined;
  if (name === 'DatabaseClosedError') {
    return {
      reason: 'closed',
      message:
        'The planner’s data was changed by another window, so nothing was saved here. Reload this window, then try again.',
    };
  }
  const detail = error instanceof Error && error.message ? ` (${error.message.slice(0, 200)})` : '';
  return {
    reason: 'failed',
    message: `The data could not be saved${detail}. Nothing was changed.`,
  };
}

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
