/**
 * The CalDAV requests of sync, over tsdav with the guarded fetch (http.ts): discovery of the
 * account's calendars, creating the app's calendar, listing a collection incrementally
 * (sync-collection, RFC 6578, where offered; else ctag then ETags), fetching objects by href
 * (calendar-multiget) and writing or deleting one object with ETag preconditions. Everything
 * the server says is read as `unknown` and checked here; hrefs become decoded paths, the keys
 * the core planner uses.
 */
import {
  calendarMultiGet,
  createAccount,
  davRequest,
  createObject,
  deleteObject,
  fetchCalendars,
  makeCalendar,
  propfind,
  syncCollection,
  updateObject,
  type DAVResponse,
} from 'tsdav';
import { randomBytes } from 'node:crypto';
import type { RemoteCalendar } from '../../core/bridge/sync-contract';
import { SyncError, statusError } from './http';
import { canWriteEvents } from './privileges';

/** How to reach one account: its server, and a fetch that carries its credentials. */
export type DavConnection = { serverUrl: string; fetch: typeof fetch };

/** What main remembers of a collection's listing between syncs. */
export type ListingCache = {
  syncToken: string | null;
  ctag: string | null;
  etags: Record<string, string>;
};

/** An empty cache: the next listing reads everything. */
export const EMPTY_LISTING: ListingCache = { syncToken: null, ctag: null, etags: {} };

/** Largest calendar object accepted from a server. */
const MAX_OBJECT_BYTES = 1024 * 1024;
const MULTIGET_BATCH = 200;

/** The decoded path of an href relative to a base URL: the key of listings and records. */
export function hrefKey(href: string, base: string): string {
  const path = new URL(href, base).pathname;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The URL to send a request for a decoded path. */
export function urlOf(key: string, base: string): string {
  return new URL(key.split('/').map(encodeURIComponent).join('/'), base).href;
}

/**
 * The text of a value tsdav read from XML: a string, or text in CDATA; a number (tsdav turns
 * numeric text into numbers) becomes its string again. Null for anything else.
 */
export function davText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null && '_cdata' in value) {
    const cdata: unknown = value._cdata;
    return typeof cdata === 'string' ? cdata : null;
  }
  return null;
}

function hasMultistatus(responses: DAVResponse[]): boolean {
  return responses.some(
    (r) => typeof r.raw === 'object' && r.raw !== null && 'multistatus' in r.raw,
  );
}

/** Throws the plain error for a failed DAV request (its first response carries the status). */
function check(responses: DAVResponse[], what: string): void {
  const first = responses[0];
  if (!first) throw new SyncError('malformed', 'The server gave an empty answer.');
  if (!hasMultistatus(responses)) {
    if (first.status !== undefined && (first.status < 200 || first.status >= 300)) {
      throw statusError(first.status, what);
    }
    if (first.status === 207) {
      throw new SyncError('malformed', 'The server’s answer could not be read (malformed XML).');
    }
    throw new SyncError(
      'not-caldav',
      'The server did not answer like a CalDAV calendar server (its answer was not WebDAV XML).',
    );
  }
}

/**
 * Reads one property of `url` (depth '0') or of its members too (depth '1'); a refusal throws,
 * saying what the app was trying to do.
 */
async function readProp(
  conn: DavConnection,
  url: string,
  prop: string,
  depth: '0' | '1',
  what: string,
): Promise<DAVResponse[]> {
  const res = await propfind({ url, props: { [prop]: {} }, depth, fetch: conn.fetch });
  check(res, what);
  return res;
}

/** Finds the account's calendars (and its home, where the app may create one). */
export async function discover(
  conn: DavConnection,
): Promise<{ homeUrl: string; calendars: (RemoteCalendar & { syncCollection: boolean })[] }> {
  // A first plain request tells a wrong password or a non-DAV address apart from the rest,
  // which tsdav's discovery would report only as "cannot find principalUrl".
  await readProp(conn, conn.serverUrl, 'd:current-user-principal', '0', 'read the account');
  let account;
  try {
    account = await createAccount({
      account: { serverUrl: conn.serverUrl, accountType: 'caldav' },
      fetch: conn.fetch,
    });
  } catch (error) {
    if (error instanceof SyncError) throw error;
    throw new SyncError(
      'not-caldav',
      'No calendars were found at this address. Is it the CalDAV address of the account?',
    );
  }
  const homeUrl = account.homeUrl;
  if (!homeUrl)
    throw new SyncError('not-caldav', 'The server did not say where the calendars are.');
  const found = await fetchCalendars({ account, fetch: conn.fetch });
  const writable = await writableByPath(conn, homeUrl);
  const calendars = found.flatMap((c) => {
    if (!c.components?.includes('VEVENT') && (c.components?.length ?? 0) > 0) return [];
    const color = davText(c.calendarColor);
    return [
      {
        url: c.url,
        displayName: (davText(c.displayName) ?? '').slice(0, 255) || hrefKey(c.url, c.url),
        color: color && /^#[0-9a-f]{6}/i.test(color) ? color.slice(0, 7).toLowerCase() : null,
        writable: writable.get(hrefKey(c.url, c.url).replace(/\/?$/, '/')) ?? true,
        syncCollection: c.reports?.includes('syncCollection') ?? false,
      },
    ];
  });
  return { homeUrl, calendars };
}

/**
 * Which calendars of the home this account may write to, by decoded path with a trailing '/':
 * one PROPFIND of DAV:current-user-privilege-set. A calendar the server says nothing about is
 * left out (taken as writable); a failing request is no reason to refuse the account.
 */
async function writableByPath(conn: DavConnection, homeUrl: string): Promise<Map<string, boolean>> {
  const out = new Map<string, boolean>();
  const res = await propfind({
    url: homeUrl,
    props: { 'd:current-user-privilege-set': {} },
    depth: '1',
    fetch: conn.fetch,
  }).catch((): DAVResponse[] => []);
  if (!hasMultistatus(res)) return out;
  for (const r of res) {
    const can = canWriteEvents(r.props?.currentUserPrivilegeSet);
    if (r.href && can !== null) out.set(hrefKey(r.href, homeUrl).replace(/\/?$/, '/'), can);
  }
  return out;
}

/** Creates a calendar named `name` in the home collection; returns its URL. */
export async function createCalendar(
  conn: DavConnection,
  homeUrl: string,
  name: string,
): Promise<string> {
  const slug = `hybrid-planner-${randomBytes(6).toString('hex')}`;
  const url = new URL(`${slug}/`, homeUrl.endsWith('/') ? homeUrl : `${homeUrl}/`).href;
  const res = await makeCalendar({
    url,
    props: {
      'd:displayname': name,
      'c:supported-calendar-component-set': { 'c:comp': { _attributes: { name: 'VEVENT' } } },
    },
    fetch: conn.fetch,
  });
  const status = res[0]?.status ?? 0;
  if (status < 200 || status >= 300) throw statusError(status, 'create a calendar');
  return url;
}

/** The listing of a collection now, as few requests as the server allows (one when idle). */
export async function listCollection(
  conn: DavConnection,
  collectionUrl: string,
  cache: ListingCache,
  useSyncCollection: boolean,
): Promise<ListingCache> {
  if (useSyncCollection) {
    const delta = await syncDelta(conn, collectionUrl, cache);
    if (delta) return delta;
  }
  const ctag = await readCtag(conn, collectionUrl);
  if (ctag !== null && ctag === cache.ctag) return cache;
  const res = await readProp(conn, collectionUrl, 'd:getetag', '1', 'list the calendar');
  const etags: Record<string, string> = {};
  const self = hrefKey(collectionUrl, collectionUrl);
  for (const r of res) {
    const etag = davText(r.props?.getetag);
    if (!r.href || !etag) continue;
    const key = hrefKey(r.href, collectionUrl);
    if (key !== self) etags[key] = etag;
  }
  return { syncToken: null, ctag, etags };
}

/** The collection's ctag (null when the server keeps none); throws when it is gone. */
async function readCtag(conn: DavConnection, collectionUrl: string): Promise<string | null> {
  const res = await readProp(conn, collectionUrl, 'cs:getctag', '0', 'read the calendar');
  const self = hrefKey(collectionUrl, collectionUrl);
  const entry = res.find(
    (r) =>
      r.href && hrefKey(r.href, collectionUrl).replace(/\/?$/, '/') === self.replace(/\/?$/, '/'),
  );
  if (!entry)
    throw new SyncError('malformed', 'The server’s answer could not be read (malformed XML).');
  return davText(entry.props?.getctag);
}

/** RFC 6578: only what changed since the token; null when the server refuses the token. */
async function syncDelta(
  conn: DavConnection,
  collectionUrl: string,
  cache: ListingCache,
): Promise<ListingCache | null> {
  const res = await syncCollection({
    url: collectionUrl,
    props: { 'd:getetag': {} },
    syncLevel: 1,
    syncToken: cache.syncToken ?? '',
    fetch: conn.fetch,
  });
  const first = res[0];
  if (!hasMultistatus(res)) {
    // An expired token: 403/409 with valid-sync-token; start over with a full listing.
    if (cache.syncToken && (first?.status === 403 || first?.status === 409)) {
      return syncDelta(conn, collectionUrl, { ...cache, syncToken: null, etags: {} });
    }
    check(res, 'list the calendar');
  }
  const raw: unknown = first?.raw;
  const multistatus: unknown =
    typeof raw === 'object' && raw !== null && 'multistatus' in raw ? raw.multistatus : null;
  const token =
    typeof multistatus === 'object' && multistatus !== null && 'syncToken' in multistatus
      ? davText(multistatus.syncToken)
      : null;
  if (!token) return null;
  const etags = cache.syncToken ? { ...cache.etags } : {};
  for (const r of res) {
    if (!r.href) continue;
    const key = hrefKey(r.href, collectionUrl);
    const etag = davText(r.props?.getetag);
    if (r.status === 404 || !etag) delete etags[key];
    else etags[key] = etag;
  }
  return { syncToken: token, ctag: cache.ctag, etags };
}

/** The data and ETags of some objects of a collection. Oversized or non-calendar data is left out. */
export async function fetchObjects(
  conn: DavConnection,
  collectionUrl: string,
  keys: string[],
): Promise<{ data: Map<string, { etag: string; ics: string }>; unreadable: string[] }> {
  const data = new Map<string, { etag: string; ics: string }>();
  const unreadable: string[] = [];
  for (let i = 0; i < keys.length; i += MULTIGET_BATCH) {
    const batch = keys.slice(i, i + MULTIGET_BATCH);
    const res = await calendarMultiGet({
      url: collectionUrl,
      props: { 'd:getetag': {}, 'c:calendar-data': {} },
      objectUrls: batch.map((k) => new URL(urlOf(k, collectionUrl)).pathname),
      depth: '1',
      fetch: conn.fetch,
    });
    check(res, 'read events');
    for (const r of res) {
      if (!r.href) continue;
      const key = hrefKey(r.href, collectionUrl);
      const etag = davText(r.props?.getetag);
      const ics = davText(r.props?.calendarData);
      if (!etag || ics === null) continue;
      if (
        ics.length > MAX_OBJECT_BYTES ||
        !/^BEGIN:VCALENDAR\r?\n[\s\S]*END:VCALENDAR\s*$/.test(ics)
      ) {
        unreadable.push(key);
        continue;
      }
      data.set(key, { etag, ics });
    }
  }
  return { data, unreadable };
}

/** An instant as an iCalendar UTC date-time, for a time-range filter. */
function utcStampOf(at: number): string {
  return `${new Date(at).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** The calendar data of a collection's events that touch a span (a calendar-query, RFC 4791). */
export async function queryEvents(
  conn: DavConnection,
  collectionUrl: string,
  span: { from: number; to: number },
): Promise<string[]> {
  const range = { _attributes: { start: utcStampOf(span.from), end: utcStampOf(span.to) } };
  // davRequest, not tsdav's calendarQuery: that one throws away the status of a refusal.
  const res = await davRequest({
    url: collectionUrl,
    init: {
      method: 'REPORT',
      headers: { depth: '1' },
      namespace: 'c',
      body: {
        'calendar-query': {
          _attributes: { 'xmlns:c': 'urn:ietf:params:xml:ns:caldav', 'xmlns:d': 'DAV:' },
          'd:prop': { 'd:getetag': {}, 'c:calendar-data': {} },
          filter: {
            'comp-filter': {
              _attributes: { name: 'VCALENDAR' },
              'comp-filter': { _attributes: { name: 'VEVENT' }, 'time-range': range },
            },
          },
        },
      },
    },
    fetch: conn.fetch,
  });
  check(res, 'read this calendar');
  const found = res.filter((r) => r.href);
  const data = found.flatMap((r) => {
    const ics = davText(r.props?.calendarData);
    const ok = ics !== null && ics.length <= MAX_OBJECT_BYTES && /^BEGIN:VCALENDAR/.test(ics);
    return ok ? [ics] : [];
  });
  if (found.length > 0 && data.length === 0) {
    throw new SyncError('malformed', 'Its events could not be read (malformed calendar data).');
  }
  return data;
}

/** PUTs one object: If-None-Match: * when `ifMatch` is null. Returns the status and new ETag. */
export async function putObject(
  conn: DavConnection,
  url: string,
  ics: string,
  ifMatch: string | null,
): Promise<{ status: number; etag: string | null }> {
  const headers = { 'content-type': 'text/calendar; charset=utf-8' };
  const res =
    ifMatch === null
      ? await createObject({
          url,
          data: ics,
          headers: { ...headers, 'If-None-Match': '*' },
          fetch: conn.fetch,
        })
      : await updateObject({ url, data: ics, etag: ifMatch, headers, fetch: conn.fetch });
  return { status: res.status, etag: res.headers.get('etag') };
}

/** DELETEs one object with If-Match. */
export async function deleteOne(
  conn: DavConnection,
  url: string,
  ifMatch: string,
): Promise<number> {
  const res = await deleteObject({ url, etag: ifMatch, fetch: conn.fetch });
  return res.status;
}
