/**
 * One sync of the published calendar: list it (one request when nothing changed), fetch what
 * changed, let the core planner decide, persist the records, then run the PUTs and DELETEs a
 * few at a time, folding each outcome back into the records as it lands. A failure midway
 * leaves records that say exactly what is known, so the next run finishes the work without
 * sending anything twice.
 */
import type { IncomingChange, SyncConflict } from '../../core/bridge/sync-contract';
import { planSync, sameRecords } from '../../core/sync/planner';
import { fetchObjects, hrefKey, listCollection, type ListingCache } from './caldav';
import { publishInBulk } from './bulk-publish';
import { SyncError } from './http';
import { relistAfterWrites, runWrites, type SyncDeps } from './sync-writes';

/** Rounds per sync: a 412 (someone wrote meanwhile) makes the next round look again. */
const MAX_ROUNDS = 3;

/** What one sync did, and what the window must hear. */
export type RunResult = {
  created: number;
  updated: number;
  deleted: number;
  incoming: IncomingChange[];
  conflicts: SyncConflict[];
  /** Objects of the calendar that could not be read (left alone). */
  unreadable: string[];
};

export type RunDeps = SyncDeps & {
  /** Content hashes of the desired items, kept since the last publish. */
  hashes: () => ReadonlyMap<string, string>;
};

function sameListing(a: ListingCache, b: ListingCache): boolean {
  if (a === b) return true;
  if (a.syncToken !== b.syncToken || a.ctag !== b.ctag) return false;
  const keys = Object.keys(a.etags);
  return (
    keys.length === Object.keys(b.etags).length && keys.every((k) => a.etags[k] === b.etags[k])
  );
}

function listingMap(listing: ListingCache): Map<string, string> {
  return new Map(Object.entries(listing.etags));
}

/** Syncs the published calendar with the desired set. */
export async function runSync(deps: RunDeps): Promise<RunResult> {
  const result: RunResult = {
    created: 0,
    updated: 0,
    deleted: 0,
    incoming: [],
    conflicts: [],
    unreadable: [],
  };
  const collectionPath = hrefKey(deps.calendarUrl, deps.calendarUrl).replace(/\/?$/, '/');
  // A first publish into the app's own empty calendar goes out as one request where it can.
  result.created += await publishInBulk(deps, collectionPath);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const state = deps.state();
    const listing = await listCollection(
      deps.conn,
      deps.calendarUrl,
      state.listing,
      deps.useSyncCollection,
    );
    if (!sameListing(listing, state.listing)) await deps.save({ listing });
    const input = {
      desired: state.desired ?? [],
      records: state.records,
      listing: listingMap(listing),
      data: new Map<string, { etag: string; ics: string }>(),
      collectionPath,
      hashes: deps.hashes(),
      since: state.since,
    };
    let plan = planSync(input);
    if (plan.fetch.length > 0) {
      const fetched = await fetchObjects(deps.conn, deps.calendarUrl, plan.fetch);
      result.unreadable.push(...fetched.unreadable);
      plan = planSync({ ...input, data: fetched.data });
    }
    // A sync with nothing to do writes nothing: the state file holds the whole desired set.
    if (!sameRecords(plan.records, state.records)) await deps.save({ records: plan.records });
    result.incoming.push(...plan.incoming);
    result.conflicts = plan.conflicts;
    if (plan.actions.length === 0) return result;
    let retry = false;
    const etags = { ...listing.etags };
    await runWrites(deps, plan.actions, plan.records, {
      onDone: (action, outcome) => {
        if (outcome.ok) {
          if (action.type === 'delete') result.deleted += 1;
          else if (action.ifMatch === null) result.created += 1;
          else result.updated += 1;
          if (action.type === 'put' && outcome.etag) etags[action.href] = outcome.etag;
          else delete etags[action.href];
        } else if (outcome.status === 412) retry = true;
      },
    });
    await relistAfterWrites(deps, listing, etags);
    if (!retry) return result;
  }
  throw new SyncError(
    'server',
    'The calendar kept changing on the server while the app wrote to it; it will try again.',
  );
}
