/**
 * What an import does with the time off the user kept: new records, existing ones (matched by
 * calendar UID) updated where the file says something else, and the rest left alone, so
 * importing the same file twice, or the app's own export, changes nothing.
 */
import type { Instant, TimeOff, TimeOffOwner } from '../types';
import type { TimeOffOffer } from './types';

/** One offer with the owner the user picked for it. */
export type TimeOffChoice = { offer: TimeOffOffer; owner: TimeOffOwner };

export type TimeOffMerge = { writes: TimeOff[]; unchanged: number };

function sameOwner(a: TimeOffOwner, b: TimeOffOwner): boolean {
  if (a.kind === 'worker' || b.kind === 'worker') return a.kind === b.kind;
  return a.clientId === b.clientId;
}

/** Plans writing `choices` over the time off stored now; `newId` names new records. */
export function mergeTimeOff(
  existing: readonly TimeOff[],
  choices: readonly TimeOffChoice[],
  now: Instant,
  newId: () => string,
): TimeOffMerge {
  const byUid = new Map(existing.flatMap((t) => (t.icsUid ? [[t.icsUid, t] as const] : [])));
  const writes: TimeOff[] = [];
  let unchanged = 0;
  for (const { offer, owner } of choices) {
    const here = byUid.get(offer.icsUid);
    const next = {
      owner,
      startDate: offer.startDate,
      endDate: offer.endDate,
      label: offer.label,
      icsUid: offer.icsUid,
    };
    if (
      here &&
      sameOwner(here.owner, owner) &&
      here.startDate === next.startDate &&
      here.endDate === next.endDate &&
      here.label === next.label
    ) {
      unchanged++;
      continue;
    }
    writes.push({
      ...next,
      id: here?.id ?? newId(),
      createdAt: here?.createdAt ?? now,
      updatedAt: now,
    });
  }
  return { writes, unchanged };
}
