/**
 * Sync state on disk (userData/sync-state.json, written atomically): the account (without its
 * password), the calendars found, the worker's choices, the last desired set the window
 * published, the per-UID records and the listing cache. A restart with work pending reads it
 * and finishes the work. The file is read as `unknown` and checked; anything unreadable starts
 * a fresh, disconnected state rather than a half-trusted one.
 */
import type {
  PublishedItem,
  RemoteCalendar,
  SyncConfig,
  SyncReport,
} from '../../core/bridge/sync-contract';
import { SYNC_VALIDATORS } from '../../core/bridge/validate-sync';
import type { SyncRecord } from '../../core/sync/sync-state';
import { readJsonFileSync, writeJsonFile } from '../json-file';
import { EMPTY_LISTING, type ListingCache } from './caldav';

/** A calendar as main keeps it: what the window sees plus whether it offers sync-collection. */
export type StoredCalendar = RemoteCalendar & { syncCollection: boolean };

/** Everything sync keeps between runs. */
export type StoredSync = {
  version: 1;
  account: { serverUrl: string; username: string } | null;
  homeUrl: string | null;
  calendars: StoredCalendar[];
  /** The calendar the app created itself (only there may a first publish go out in bulk). */
  ownCalendar: string | null;
  config: SyncConfig;
  /** The last set the window published; null until it publishes after connecting. */
  desired: PublishedItem[] | null;
  /** The horizon it was published with: what ended by it ages out (null: nothing does). */
  since: number | null;
  records: SyncRecord[];
  listing: ListingCache;
  lastSync: SyncReport | null;
};

/** The state of a fresh install or after disconnecting. */
export function emptySync(): StoredSync {
  return {
    version: 1,
    account: null,
    homeUrl: null,
    calendars: [],
    ownCalendar: null,
    config: { publishTo: null, busyCalendars: [], subscriptions: [] },
    desired: null,
    since: null,
    records: [],
    listing: EMPTY_LISTING,
    lastSync: null,
  };
}

type Guard<T> = (v: unknown) => v is T;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isNumber = (v: unknown): v is number => typeof v === 'number';
const isFiniteOrNull = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isFinite(v));
const isStringMap = (v: unknown): v is Record<string, string> =>
  isObject(v) && Object.values(v).every(isString);

/** `null`, or what `guard` accepts. */
const orNull =
  <T>(guard: Guard<T>): Guard<T | null> =>
  (v): v is T | null =>
    v === null || guard(v);

/** One of `values`. */
const oneOf =
  <const T extends readonly (string | null)[]>(values: T): Guard<T[number]> =>
  (v): v is T[number] =>
    values.some((value) => value === v);

/**
 * A guard of objects whose every field passes its guard: one guard a field of `T`, so the
 * compiler says when a field is added to `T` and not checked here (other keys are not read).
 */
function shaped<T>(guards: { [K in keyof T]-?: Guard<T[K]> }): Guard<T> {
  return (v): v is T => {
    if (!isObject(v)) return false;
    for (const key in guards) if (!guards[key](v[key])) return false;
    return true;
  };
}

const isRecord = shaped<SyncRecord>({
  uid: isString,
  kind: oneOf(['commitment', 'session', 'time-off']),
  href: isString,
  etag: isStringOrNull,
  hash: isStringOrNull,
  end: isFiniteOrNull,
  incoming: orNull(
    shaped<NonNullable<SyncRecord['incoming']>>({
      hash: isString,
      ics: isStringOrNull,
      acked: isBoolean,
    }),
  ),
  conflict: orNull(
    shaped<NonNullable<SyncRecord['conflict']>>({
      etag: isStringOrNull,
      hash: isString,
      ics: isStringOrNull,
      choice: oneOf(['app', 'server', null]),
    }),
  ),
});

const isCalendar = shaped<StoredCalendar>({
  url: isString,
  displayName: isString,
  color: isStringOrNull,
  writable: isBoolean,
  syncCollection: isBoolean,
});

const isListing = shaped<ListingCache>({
  syncToken: isStringOrNull,
  ctag: isStringOrNull,
  etags: isStringMap,
});

const isReport = shaped<SyncReport>({
  at: isNumber,
  created: isNumber,
  updated: isNumber,
  deleted: isNumber,
  received: isNumber,
});

/** A stored record, or null; files written before records knew their end read as unknown end. */
function readRecordOf(v: unknown): SyncRecord | null {
  if (!isObject(v)) return null;
  const withEnd = v.end === undefined ? { ...v, end: null } : v;
  return isRecord(withEnd) ? withEnd : null;
}

function readConfig(v: unknown): SyncConfig | null {
  if (!isObject(v)) return null;
  const publishTo = v.publishTo;
  // The stored form keeps the URL; the validator reads it in the window's form.
  const checked = SYNC_VALIDATORS['sync:configure']({
    publishTo: isString(publishTo) ? { url: publishTo } : null,
    busyCalendars: v.busyCalendars,
    subscriptions: v.subscriptions,
  });
  if (!checked.ok || (publishTo !== null && !isString(publishTo))) return null;
  return {
    publishTo: isString(publishTo) ? publishTo : null,
    busyCalendars: checked.value.busyCalendars,
    subscriptions: checked.value.subscriptions,
  };
}

/** Reads the state file; a fresh state when missing or not what this version writes. */
export function readSync(path: string): StoredSync {
  const raw = readJsonFileSync(path);
  if (!isObject(raw) || raw.version !== 1) return emptySync();
  const account = raw.account;
  const accountOk =
    account === null ||
    (isObject(account) && isString(account.serverUrl) && isString(account.username));
  const config = readConfig(raw.config);
  // Items and records written before they knew their end read as never ending (never retired).
  const items = Array.isArray(raw.desired)
    ? raw.desired.map((d: unknown) =>
        isObject(d) && d.end === undefined ? { ...d, end: null } : d,
      )
    : raw.desired;
  const desired = items === null ? null : SYNC_VALIDATORS['sync:publish']({ items });
  const records = Array.isArray(raw.records) ? raw.records.map(readRecordOf) : null;
  const since = raw.since ?? null;
  if (
    !accountOk ||
    !config ||
    !isStringOrNull(raw.homeUrl) ||
    !Array.isArray(raw.calendars) ||
    !raw.calendars.every(isCalendar) ||
    records === null ||
    !records.every((r) => r !== null) ||
    (since !== null && (typeof since !== 'number' || !Number.isFinite(since))) ||
    !isListing(raw.listing) ||
    (raw.lastSync !== null && !isReport(raw.lastSync)) ||
    (desired !== null && !desired.ok)
  ) {
    return emptySync();
  }
  return {
    version: 1,
    account:
      account === null || !isObject(account)
        ? null
        : { serverUrl: String(account.serverUrl), username: String(account.username) },
    homeUrl: raw.homeUrl,
    calendars: raw.calendars,
    // Absent in files written before bulk publishing: nothing is known to be the app's own.
    ownCalendar: isString(raw.ownCalendar) ? raw.ownCalendar : null,
    config,
    desired: desired === null ? null : desired.ok ? desired.value.items : null,
    since: typeof since === 'number' ? since : null,
    records: records.flatMap((r) => (r === null ? [] : [r])),
    listing: raw.listing,
    lastSync: raw.lastSync === null ? null : isReport(raw.lastSync) ? raw.lastSync : null,
  };
}

/** Writes the state file atomically; writes are queued so the last one always wins. */
export function createSyncWriter(path: string): (state: StoredSync) => Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  return (state) => {
    const snapshot = structuredClone(state);
    const next = chain.then(() => writeJsonFile(path, snapshot));
    chain = next.catch(() => undefined);
    return next;
  };
}
