/**
 * Writes what calendar sync brought in (core/sync/apply-incoming) in one transaction, through
 * the validated writes: every commitment and time off checked by importCalendar, every session
 * by saveSessions over the copy it was read from; all of it or nothing.
 */
import type { IncomingChange } from '../../../../core/bridge/sync-contract';
import { applyIncoming, type IncomingResult } from '../../../../core/sync/apply-incoming';
import type { IanaZone } from '../../../../core/types';
import type { PlannerDb } from '../../db/db';
import { importCalendar, saveSessions } from '../../db/repo';
import { attempt, type WriteResult } from '../../db/write-result';

type Failure = Extract<WriteResult<unknown>, { ok: false }>;

/** Thrown inside the transaction so that a refused part undoes the parts written before it. */
class Refusal extends Error {
  constructor(readonly failure: Failure) {
    super('refused');
  }
}

/** Reads the records, decides with the core and writes the outcome, all or nothing. */
export function applySyncChanges(
  db: PlannerDb,
  changes: readonly IncomingChange[],
  options: { homeZone: IanaZone; now: number },
): Promise<WriteResult<IncomingResult>> {
  const tables = [db.clients, db.commitments, db.platforms, db.sessions, db.timeOff];
  const write = () =>
    db.transaction('rw', tables, async () => {
      const [commitments, sessions, timeOff] = await Promise.all([
        db.commitments.toArray(),
        db.sessions.toArray(),
        db.timeOff.toArray(),
      ]);
      const result = applyIncoming({ changes, commitments, sessions, timeOff, ...options });
      const records = await importCalendar(db, result.putCommitments, result.putTimeOff);
      if (!records.ok) throw new Refusal(records);
      const loaded = new Map(sessions.map((s) => [s.id, s.updatedAt]));
      const moved = await saveSessions(
        db,
        result.putSessions.map(({ id, createdAt: _c, updatedAt: _u, ...draft }) => ({
          id,
          draft,
          loadedAt: loaded.get(id),
        })),
        options.now,
      );
      if (!moved.ok) throw new Refusal(moved);
      await db.commitments.bulkDelete(result.removeCommitments);
      await db.sessions.bulkDelete(result.removeSessions);
      await db.timeOff.bulkDelete(result.removeTimeOff);
      return { ok: true as const, value: result };
    });
  return attempt(async () => {
    try {
      return await write();
    } catch (error) {
      // The transaction is undone by now; say why, as the part that refused said it.
      if (error instanceof Refusal) return error.failure;
      throw error;
    }
  });
}
