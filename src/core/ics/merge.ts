/**
 * Decides what an import writes: a draft whose UID matches a stored commitment (icsUid, or the
 * UID the planner exported it with) updates it in place; any other draft becomes a new
 * commitment. Importing the same file twice therefore changes nothing the second time.
 */
import type { Commitment, Instant } from '../types';
import { commitmentUid } from './export';
import type { CommitmentDraft, MergePlan } from './types';

export type MergeOptions = {
  /** The id for a new commitment; by default derived from the UID, so it is stable too. */
  makeId?: (draft: CommitmentDraft) => string;
};

function hashId(uid: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < uid.length; i++) {
    const c = uid.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return `ics-${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}

/** The fields an import owns; the rest (id, client, createdAt) stay the app's. */
function fieldsOf(
  draft: CommitmentDraft,
  keepLead: number | null,
): Omit<Commitment, 'id' | 'clientId' | 'createdAt' | 'updatedAt'> {
  return {
    title: draft.title,
    notes: draft.notes,
    kind: draft.kind,
    zone: draft.zone,
    start: draft.start,
    durationMin: draft.durationMin,
    recurrence: draft.recurrence,
    skippedDates: draft.skippedDates,
    moved: draft.moved,
    // A lead the user set in the app survives a file without VALARM (Google drops them).
    reminderLeadMin: draft.reminderLeadMin ?? keepLead,
    icsUid: draft.icsUid,
  };
}

function sameContent(a: Commitment, b: Commitment): boolean {
  const { updatedAt: _a, ...restA } = a;
  const { updatedAt: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

/** Splits drafts into commitments to create and existing ones to update, for client `clientId`. */
export function mergeImport(
  existing: readonly Commitment[],
  drafts: readonly CommitmentDraft[],
  clientId: string,
  now: Instant,
  options?: MergeOptions,
): MergePlan {
  const byUid = new Map<string, Commitment>();
  for (const c of existing) byUid.set(commitmentUid(c), c);
  const ids = new Set(existing.map((c) => c.id));
  const creates: Commitment[] = [];
  const updates: Commitment[] = [];
  const seen = new Set<string>();
  for (const draft of drafts) {
    if (seen.has(draft.icsUid)) continue;
    seen.add(draft.icsUid);
    const current = byUid.get(draft.icsUid);
    if (current) {
      const next: Commitment = {
        ...current,
        ...fieldsOf(draft, current.reminderLeadMin),
        clientId,
      };
      if (!sameContent(current, next)) updates.push({ ...next, updatedAt: now });
      continue;
    }
    const base = options?.makeId ? options.makeId(draft) : hashId(draft.icsUid);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    creates.push({
      id,
      clientId,
      ...fieldsOf(draft, null),
      createdAt: now,
      updatedAt: now,
    });
  }
  return { creates, updates };
}
