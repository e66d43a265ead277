/**
 * The sync planner: from what the window wants on the server (the desired items), what was last
 * agreed per UID (the records) and what the server reports (a listing of href → ETag, and the
 * data of the hrefs it was asked to fetch), decide every request and every message. Pure: the
 * main process runs the requests and feeds the outcomes back with `applyOutcome`.
 *
 * Per UID it is a three-way comparison of the agreed version, the app's and the server's:
 * only the app changed → PUT (If-Match the agreed ETag, If-None-Match: * when the server has
 * nothing) or DELETE (If-Match); only the server changed → an incoming change for the window;
 * both the same → agreed; both different → a conflict the worker resolves. Objects of the
 * calendar that the app never published are left alone and never read back as its own.
 *
 * An item that leaves the desired set because it ended by `since` (the window publishes nothing
 * older) is retired, not deleted: the past stays on the worker's other calendars as it was, and
 * its record is forgotten, so the server's later edits to it are no longer brought back.
 */
import type {
  IncomingChange,
  PublishedItem,
  PublishedKind,
  SyncConflict,
} from '../bridge/sync-contract';
import { sameFields } from '../same-fields';
import { ABSENT, contentHash, objectName, summaryOf, type SyncRecord } from './sync-state';

/** One request to the server. `hash` is what becomes agreed when it succeeds. */
export type SyncAction =
  | { type: 'put'; uid: string; href: string; ics: string; ifMatch: string | null; hash: string }
  | { type: 'delete'; uid: string; href: string; ifMatch: string };

/** What the planner decided. Persist `records` before running `actions`. */
export type SyncPlan = {
  records: SyncRecord[];
  /** Hrefs whose data is needed before anything for them can be decided. */
  fetch: string[];
  actions: SyncAction[];
  /** Edits from the server the window has not been told of yet. */
  incoming: IncomingChange[];
  /** Every unresolved conflict (new and old). */
  conflicts: SyncConflict[];
};

/** What the planner reads. `collectionPath` is the decoded path of the calendar, with a '/'. */
export type PlanInput = {
  desired: readonly PublishedItem[];
  records: readonly SyncRecord[];
  /** Every object of the calendar now: decoded href → ETag. */
  listing: ReadonlyMap<string, string>;
  /** Objects fetched this round: href → their ETag and data. */
  data: ReadonlyMap<string, { etag: string; ics: string }>;
  collectionPath: string;
  /** Content hashes of the desired items by UID, when the caller keeps them (else computed). */
  hashes?: ReadonlyMap<string, string>;
  /** The window's publish horizon: records no longer desired that ended by it are retired. */
  since?: number | null;
};

type Side = { hash: string; ics: string | null; kind: PublishedKind };

type Step = {
  record: SyncRecord | null;
  fetch?: string;
  action?: SyncAction;
  incoming?: IncomingChange;
};

function incomingOf(uid: string, kind: PublishedKind, ics: string | null): IncomingChange {
  return ics === null ? { uid, kind, change: 'deleted' } : { uid, kind, change: 'updated', ics };
}

/** The request that brings the server to the app's side, or dropping the record. */
function push(r: SyncRecord, local: Side, etag: string | null): Step {
  const agreed = { ...r, etag, incoming: null, conflict: null };
  if (local.ics === null) {
    if (etag === null) return { record: null };
    return { record: agreed, action: { type: 'delete', uid: r.uid, href: r.href, ifMatch: etag } };
  }
  const action: SyncAction = {
    type: 'put',
    uid: r.uid,
    href: r.href,
    ics: local.ics,
    ifMatch: etag,
    hash: local.hash,
  };
  return { record: agreed, action };
}

/** The server changed (or holds something unknown): compare the three versions. */
function merge(r: SyncRecord, local: Side, server: Side, serverEtag: string | null): Step {
  if (server.hash === r.hash && r.conflict === null)
    return settled({ ...r, etag: serverEtag }, local);
  if (local.hash === server.hash) {
    const agreed = { ...r, etag: serverEtag, hash: server.hash, incoming: null, conflict: null };
    return { record: server.hash === ABSENT ? null : agreed };
  }
  if (local.hash === r.hash) {
    return {
      record: {
        ...r,
        etag: serverEtag,
        incoming: { hash: server.hash, ics: server.ics, acked: false },
        conflict: null,
      },
      incoming: incomingOf(r.uid, r.kind, server.ics),
    };
  }
  const conflict = { etag: serverEtag, hash: server.hash, ics: server.ics, choice: null };
  return { record: { ...r, incoming: null, conflict } };
}

/** The server is as last seen: push the app's edit, wait, or apply a conflict choice. */
function settled(r: SyncRecord, local: Side): Step {
  const c = r.conflict;
  if (c !== null) {
    if (local.hash === c.hash) {
      return {
        record: c.hash === ABSENT ? null : { ...r, etag: c.etag, hash: c.hash, conflict: null },
      };
    }
    if (c.choice === 'app') return push(r, local, c.etag);
    if (c.choice === 'server') {
      return {
        record: {
          ...r,
          etag: c.etag,
          hash: local.hash,
          incoming: { hash: c.hash, ics: c.ics, acked: false },
          conflict: null,
        },
        incoming: incomingOf(r.uid, r.kind, c.ics),
      };
    }
    return { record: r };
  }
  // Waiting for the window to answer an incoming change: nothing moves until it publishes anew.
  if (local.hash === r.hash) {
    return { record: local.hash === ABSENT && r.etag === null ? null : r };
  }
  return push(r, local, r.etag);
}

/** Whether a record left the desired set only because it ended before the window's horizon. */
function agedOut(r: SyncRecord, desired: PublishedItem | undefined, since: number | null): boolean {
  return desired === undefined && since !== null && r.end !== null && r.end <= since;
}

function planOne(r: SyncRecord, desired: PublishedItem | undefined, input: PlanInput): Step {
  if (agedOut(r, desired, input.since ?? null)) return { record: null };
  const local: Side = desired
    ? {
        hash: input.hashes?.get(desired.uid) ?? contentHash(desired.ics),
        ics: desired.ics,
        kind: desired.kind,
      }
    : { hash: ABSENT, ics: null, kind: r.kind };
  const record = desired ? { ...r, kind: desired.kind, end: desired.end } : r;
  const serverEtag = input.listing.get(r.href) ?? null;
  const known = r.conflict ? r.conflict.etag : r.etag;
  if (serverEtag === known) return settled(record, local);
  if (serverEtag === null)
    return merge(record, local, { hash: ABSENT, ics: null, kind: r.kind }, null);
  const got = input.data.get(r.href);
  if (!got) return { record, fetch: r.href };
  return merge(record, local, { hash: contentHash(got.ics), ics: got.ics, kind: r.kind }, got.etag);
}

function conflictOf(r: SyncRecord, desired: PublishedItem | undefined): SyncConflict | null {
  if (!r.conflict || r.conflict.choice !== null) return null;
  const app = desired?.ics ?? null;
  return {
    uid: r.uid,
    kind: r.kind,
    summary: summaryOf(app) || summaryOf(r.conflict.ics) || r.uid,
    app,
    server: r.conflict.ics,
  };
}

/** A record for a UID the app has never published at `href`: nothing agreed, nothing known. */
export function newRecord(item: PublishedItem, href: string): SyncRecord {
  return {
    uid: item.uid,
    kind: item.kind,
    href,
    etag: null,
    hash: null,
    end: item.end,
    incoming: null,
    conflict: null,
  };
}

/** Decides one sync round. */
export function planSync(input: PlanInput): SyncPlan {
  const desired = new Map(input.desired.map((item) => [item.uid, item]));
  const records = new Map(input.records.map((r) => [r.uid, r]));
  for (const item of input.desired) {
    if (!records.has(item.uid))
      records.set(item.uid, newRecord(item, input.collectionPath + objectName(item.uid)));
  }
  const plan: SyncPlan = { records: [], fetch: [], actions: [], incoming: [], conflicts: [] };
  for (const r of records.values()) {
    const step = planOne(r, desired.get(r.uid), input);
    if (step.fetch) plan.fetch.push(step.fetch);
    if (step.action) plan.actions.push(step.action);
    if (step.incoming) plan.incoming.push(step.incoming);
    if (step.record) {
      plan.records.push(step.record);
      const conflict = conflictOf(step.record, desired.get(r.uid));
      if (conflict) plan.conflicts.push(conflict);
    }
  }
  return plan;
}

/** Whether two record lists say the same (a sync with nothing to do need not write them). */
export function sameRecords(a: readonly SyncRecord[], b: readonly SyncRecord[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((r, i) => {
    const o = b[i];
    return (
      o !== undefined &&
      sameFields(r, o, ['uid', 'kind', 'href', 'etag', 'hash', 'end']) &&
      JSON.stringify(r.incoming) === JSON.stringify(o.incoming) &&
      JSON.stringify(r.conflict) === JSON.stringify(o.conflict)
    );
  });
}

/** How one request ended. */
export type ActionOutcome =
  | { ok: true; etag: string | null }
  /** 412 (the server changed meanwhile) or 404 on DELETE: the next round decides again. */
  | { ok: false; status: number };

/** The records after one request's outcome. */
export function applyOutcome(
  records: readonly SyncRecord[],
  action: SyncAction,
  outcome: ActionOutcome,
): SyncRecord[] {
  return records.flatMap((r): SyncRecord[] => {
    if (r.uid !== action.uid) return [r];
    if (action.type === 'delete') {
      // Gone, or already gone: either way nothing of it is left on the server.
      if (outcome.ok || outcome.status === 404) return [];
      return [r];
    }
    if (outcome.ok)
      return [{ ...r, etag: outcome.etag, hash: action.hash, incoming: null, conflict: null }];
    // Unknown result: keep the record and let the next listing show what the server holds.
    return [{ ...r, hash: r.etag === null ? null : r.hash }];
  });
}

/** The records once the window published after acknowledging incoming changes. */
export function settleAcknowledged(records: readonly SyncRecord[]): SyncRecord[] {
  return records.map((r) =>
    r.incoming?.acked ? { ...r, hash: r.incoming.hash, incoming: null } : r,
  );
}

/** The records with these UIDs' incoming changes marked as answered by the window. */
export function acknowledge(records: readonly SyncRecord[], uids: readonly string[]): SyncRecord[] {
  const set = new Set(uids);
  return records.map((r) =>
    r.incoming && set.has(r.uid) ? { ...r, incoming: { ...r.incoming, acked: true } } : r,
  );
}

/** The records with a conflict choice made. */
export function choose(
  records: readonly SyncRecord[],
  uid: string,
  keep: 'app' | 'server',
): SyncRecord[] {
  return records.map((r) =>
    r.uid === uid && r.conflict ? { ...r, conflict: { ...r.conflict, choice: keep } } : r,
  );
}

/** Incoming changes still waiting for the window (to send again after it reloads). */
export function waitingIncoming(records: readonly SyncRecord[]): IncomingChange[] {
  return records.flatMap((r) =>
    r.incoming && !r.incoming.acked ? [incomingOf(r.uid, r.kind, r.incoming.ics)] : [],
  );
}
