/**
 * The first publish of a big plan in one request. Radicale checks each new object's UID
 * against every object already stored and locks its storage per write, so n single PUTs cost
 * O(n²) on the server (≈ 24 s for 942 events on loopback) and parallel PUTs do not help. A
 * whole VCALENDAR PUT to the collection's URL it stores as one object per UID, atomically.
 *
 * Used for one case only: the calendar the app created itself, still empty, with nothing
 * agreed yet. The PUT goes under `If-Match` on the collection's ETag (it fails if anything was
 * written meanwhile); the settings the server resets are set back; a listing must then show
 * exactly the expected objects, whose ETags become the records, so the next sync is one
 * request. Objects that define a time zone are sent once more as they are (with `If-Match`),
 * because the server writes its own VTIMEZONE when it splits a calendar, and Radicale 3.1.8's
 * is wrong: half-hour zones (Asia/Kolkata, Australia/Adelaide) come out on the full hour and
 * DST ends an hour late. That second pass is about a third of the time of a first publish. If the
 * whole-calendar PUT is refused, or the listing does not match, it steps aside (removing what it
 * left) and the per-object path runs. A refused re-send ends the run with its error, like every
 * other write; its record stays unconfirmed, so the next run sends it again. A publish whose
 * answer was lost is recognised at the next run by the listing.
 */
import type { PublishedItem } from '../../core/bridge/sync-contract';
import { bulkCalendar, definesTimezone } from '../../core/sync/bulk-calendar';
import { newRecord, type SyncAction } from '../../core/sync/planner';
import { contentHash, objectName, type SyncRecord } from '../../core/sync/sync-state';
import {
  deleteOne,
  EMPTY_LISTING,
  listCollection,
  putObject,
  urlOf,
  type ListingCache,
} from './caldav';
import { SyncError } from './http';
import { relistAfterWrites, runWrites, type SyncDeps } from './sync-writes';
import { readCollection, restoreProps } from './whole-collection';

/** Below this many events the per-object path is quick enough and touches nothing else. */
const BULK_MIN = 20;

type Expected = Map<string, PublishedItem>;

function sameKeys(listing: ListingCache, expected: Expected): boolean {
  const keys = Object.keys(listing.etags);
  return keys.length === expected.size && keys.every((k) => expected.has(k));
}

/** Whether this run may publish in bulk: the app's own calendar, nothing agreed on it yet. */
function eligible(deps: SyncDeps): PublishedItem[] | null {
  const state = deps.state();
  const desired = state.desired ?? [];
  if (state.ownCalendar !== deps.calendarUrl || desired.length < BULK_MIN) return null;
  const untouched = state.records.every(
    (r) => r.etag === null && r.conflict === null && r.incoming === null,
  );
  return untouched ? desired : null;
}

/** Records for the listed objects; those with a time zone stay unconfirmed (hash null). */
function recordsOf(listing: ListingCache, expected: Expected): SyncRecord[] {
  // The hash of what was sent, not of the desired set now: an edit made meanwhile goes out next.
  return [...expected].map(([href, item]) => ({
    ...newRecord(item, href),
    etag: listing.etags[href] ?? null,
    hash: definesTimezone(item) ? null : contentHash(item.ics),
  }));
}

/**
 * The objects with a time zone, to send once more as the app wrote them, under If-Match on the
 * listed ETags. The round loop would send them too (they have an ETag and no hash), but count
 * them as updates and start its progress again; sent here they finish the publish.
 */
function zoneResends(records: SyncRecord[], expected: Expected): SyncAction[] {
  return records.flatMap((r) => {
    const item = expected.get(r.href);
    if (r.hash !== null || r.etag === null || !item) return [];
    const hash = contentHash(item.ics);
    return [{ type: 'put', uid: r.uid, href: r.href, ics: item.ics, ifMatch: r.etag, hash }];
  });
}

/** Takes the listed objects as published; returns how many were created. */
async function adopt(deps: SyncDeps, listing: ListingCache, expected: Expected): Promise<number> {
  const total = expected.size;
  const records = recordsOf(listing, expected);
  await deps.save({ records, listing });
  const resends = zoneResends(records, expected);
  const sent = await runWrites(deps, resends, records, { done: total - resends.length, total });
  const etags = Object.fromEntries(sent.flatMap((r) => (r.etag ? [[r.href, r.etag]] : [])));
  // The re-sends moved the sync token: list again so the next idle sync is one request.
  await relistAfterWrites(deps, listing, etags);
  return sent.filter((r) => r.hash !== null).length;
}

/**
 * Leaves the work to the per-object path without duplicates: objects under the names the app
 * sent are kept, unconfirmed (it overwrites them with `If-Match`, or deletes them if no longer
 * wanted); what else a bulk PUT stored (`sent` given) is removed.
 */
async function stepAside(
  deps: SyncDeps,
  listing: ListingCache,
  sent: Expected | null,
): Promise<void> {
  const records = deps
    .state()
    .records.map((r) =>
      r.etag === null ? { ...r, etag: listing.etags[r.href] ?? null, hash: null } : r,
    );
  await deps.save({ records, listing });
  if (!sent) return;
  for (const [href, etag] of Object.entries(listing.etags)) {
    if (!sent.has(href)) await deleteOne(deps.conn, urlOf(href, deps.calendarUrl), etag);
  }
}

/**
 * Publishes the desired set to the app's own empty calendar in one request where the server
 * allows it; returns how many events it created (0 when it left the work to the per-object path).
 */
export async function publishInBulk(deps: SyncDeps, collectionPath: string): Promise<number> {
  const desired = eligible(deps);
  if (!desired) return 0;
  const { conn, calendarUrl, useSyncCollection } = deps;
  const expected: Expected = new Map(
    desired.map((item) => [collectionPath + objectName(item.uid), item]),
  );
  const listing = await listCollection(conn, calendarUrl, deps.state().listing, useSyncCollection);
  if (Object.keys(listing.etags).length > 0) {
    // The answer to an earlier publish was lost. What it stored may predate an edit made since,
    // so none of it counts as agreed: the per-object path sends it again with If-Match.
    await stepAside(deps, listing, null);
    return 0;
  }
  const collection = await readCollection(conn, calendarUrl);
  // No ETag (or an empty one) means no If-Match: the whole-calendar PUT is never unconditional.
  if (!collection?.etag) return 0;
  const ics = bulkCalendar(desired, collection.props.displayName ?? 'Hybrid Planner');
  if (ics === null) return 0;
  // Records first, as the per-object path does: after a crash they say a PUT may have landed.
  const records = [...expected].map(([href, item]) => newRecord(item, href));
  await deps.save({ records });
  deps.progress(0, expected.size);
  // One VCALENDAR to the collection's own URL, only while its ETag is unchanged.
  const { status } = await putObject(conn, calendarUrl, ics, collection.etag);
  if (status < 200 || status >= 300) return 0;
  // A refused PROPPATCH costs the colour, not the publish (the name came with the calendar).
  await restoreProps(conn, calendarUrl, collection.props).catch((error: unknown) => {
    if (!(error instanceof SyncError && error.kind === 'server')) throw error;
  });
  const after = await listCollection(conn, calendarUrl, EMPTY_LISTING, useSyncCollection);
  if (sameKeys(after, expected)) return adopt(deps, after, expected);
  await stepAside(deps, after, expected);
  return 0;
}
