/**
 * Busy time that is already in the plan: an invitation imported as a commitment (or an all-day
 * event imported as time off) keeps the event's UID, so the event is the same thing as the
 * record and is drawn, planned around and counted for burnout once, as the record. (Kept apart
 * from the ICS modules so the week view loads without them.)
 */
import type { Commitment, TimeOff } from '../types';

/** The busy events whose UID no imported commitment or time off has (the same list if all). */
export function busyNotInPlan<T extends { uid: string }>(
  busy: readonly T[],
  commitments: readonly Commitment[],
  timeOff: readonly TimeOff[],
): readonly T[] {
  if (busy.length === 0) return busy;
  const imported = new Set<string>();
  for (const r of [...commitments, ...timeOff]) if (r.icsUid !== null) imported.add(r.icsUid);
  const kept = busy.filter((b) => !imported.has(b.uid));
  return kept.length === busy.length ? busy : kept;
}
