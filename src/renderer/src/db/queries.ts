/** Reads the live-query hooks run (hooks/useData.ts), kept apart so they are tested in Node. */
import { DAY } from '../../../core/time';
import type { MicrotaskSession, TimeOff } from '../../../core/types';
import type { PlannerDb } from './db';

/** Accepted sessions overlapping [from, to); an empty range (`to <= from`) reads nothing. */
export async function readSessions(
  db: PlannerDb,
  from: number,
  to: number,
): Promise<MicrotaskSession[]> {
  // A hook with nothing to read asks for an empty range (calendar publishing while there is no
  // publish target): no transaction beside the ones the first week waits on.
  if (to <= from) return [];
  // Sessions are shorter than a day, so starts from a day before `from` cover every overlap.
  return db.sessions
    .where('start')
    .between(from - DAY, to)
    .filter((s) => s.end > from)
    .toArray();
}

/** Every time off (clients' days away and the worker's days off), first day first. */
export async function readTimeOff(db: PlannerDb): Promise<TimeOff[]> {
  const list = await db.timeOff.toArray();
  return list.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
}
