/**
 * The first publish of a big plan into the app's own calendar goes out as one whole-calendar
 * PUT (Radicale stores it as one object per UID): the events equal those the per-object path
 * stores, the calendar keeps its name, the next sync is one request and an edit then goes out
 * with If-Match. A refused or empty-handed bulk PUT, a lost answer and a server gone mid-way all
 * end complete, with no duplicates. Requests pass through the fault proxy, which sees them.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IncomingMessage } from 'node:http';
import type { PublishedItem } from '../../../src/core/bridge/sync-contract';
import { publishedItems } from '../../../src/core/sync/published-items';
import { icsYearHeavyInput } from '../../bench/year-heavy';
import { radicaleBehindProxy, type FaultProxy } from './fault-proxy';
import { connected, harness, type Harness } from './fixtures';
import { auth, PASSWORD, USER } from './radicale';

vi.mock('electron', () => import('../main/fake-electron'));

const env = radicaleBehindProxy();
/** Every request the proxy saw: method, path and If-Match. */
let seen: { method: string; path: string; ifMatch: string | null }[] = [];
beforeEach(() => {
  seen = [];
  watch(() => null);
});

/** Sets the proxy's fault rule, recording every request first. */
function watch(rule: (req: IncomingMessage) => ReturnType<FaultProxy['fault']>): void {
  env.proxy.fault = (req) => {
    const ifMatch = req.headers['if-match'];
    seen.push({
      method: req.method ?? '',
      path: decodeURIComponent(req.url ?? ''),
      ifMatch: typeof ifMatch === 'string' ? ifMatch : null,
    });
    return rule(req);
  };
}

const isBulkPut = (req: IncomingMessage): boolean =>
  req.method === 'PUT' && (req.url ?? '').endsWith('/');

/** A realistic slice of the heavy plan: series with zones, one-offs and sessions. */
function heavySubset(): PublishedItem[] {
  const input = icsYearHeavyInput();
  const all = publishedItems({
    ...input,
    timeOff: [],
    since: input.range.kind === 'span' ? input.range.start : 0,
    alarms: true,
  });
  const withZone = all.filter((i) => i.ics.includes('BEGIN:VTIMEZONE')).slice(0, 12);
  const plain = all.filter((i) => i.kind === 'commitment' && !i.ics.includes('VTIMEZONE'));
  const sessions = all.filter((i) => i.kind === 'session');
  return [...withZone, ...plain.slice(0, 12), ...sessions.slice(0, 16)].sort((a, b) =>
    a.uid < b.uid ? -1 : 1,
  );
}

/** What the server holds: href → data (Radicale asked directly). */
async function objects(calendarUrl: string): Promise<Map<string, string>> {
  const url = new URL(new URL(calendarUrl).pathname, env.server.url);
  const body = `<?xml version="1.0"?><c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><c:calendar-data/></d:prop><c:filter><c:comp-filter name="VCALENDAR"/></c:filter></c:calendar-query>`;
  const res = await fetch(url, {
    method: 'REPORT',
    headers: { ...auth(), depth: '1', 'content-type': 'application/xml' },
    body,
  });
  const out = new Map<string, string>();
  for (const m of (await res.text()).matchAll(
    /<href>([^<]+)<\/href>[\s\S]*?<C:calendar-data[^>]*>([\s\S]*?)<\/C:calendar-data>/gi,
  )) {
    const ics = (m[2] ?? '').replace(/&#13;/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    out.set(decodeURIComponent(m[1] ?? '').replace(/^.*\//, ''), ics.replace(/&amp;/g, '&'));
  }
  return out;
}

/** Each object's components as stored (events and zones), without the calendar's header. */
function components(stored: Map<string, string>): Map<string, string> {
  return new Map(
    [...stored].map(([name, ics]) => [
      name,
      (ics.match(/BEGIN:(VEVENT|VTIMEZONE)[\s\S]*?END:\1/g) ?? []).join('\n'),
    ]),
  );
}

function uids(stored: Map<string, string>): string[] {
  return [...stored.values()].map((ics) => /\nUID:([^\r\n]*)/.exec(ics)?.[1] ?? '').sort();
}

async function prop(calendarUrl: string, name: string): Promise<string> {
  const res = await fetch(new URL(new URL(calendarUrl).pathname, env.server.url), {
    method: 'PROPFIND',
    headers: { ...auth(), depth: '0', 'content-type': 'application/xml' },
    body: `<?xml version="1.0"?><d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav" xmlns:x="http://apple.com/ns/ical/"><d:prop><${name}/></d:prop></d:propfind>`,
  });
  return res.text();
}

/** Another client sets some of the calendar's properties (given as XML, prefixes d: and x:). */
async function setProps(calendarUrl: string, props: string): Promise<void> {
  const res = await fetch(new URL(new URL(calendarUrl).pathname, env.server.url), {
    method: 'PROPPATCH',
    headers: { ...auth(), 'content-type': 'application/xml' },
    body: `<?xml version="1.0"?><d:propertyupdate xmlns:d="DAV:" xmlns:x="http://apple.com/ns/ical/"><d:set><d:prop>${props}</d:prop></d:set></d:propertyupdate>`,
  });
  expect(res.status).toBe(207);
}

/** A calendar made by another client, picked by the worker: the per-object path. */
async function pickedCalendar(h: Harness, slug: string): Promise<string> {
  const made = await fetch(new URL(`/${USER}/${slug}/`, env.server.url), {
    method: 'MKCALENDAR',
    headers: auth(),
  });
  expect(made.status).toBe(201);
  const result = await h.engine.connect({
    serverUrl: env.proxy.url,
    username: USER,
    password: PASSWORD,
  });
  if (!result.ok) throw new Error(result.error);
  const url = new URL(`/${USER}/${slug}/`, env.proxy.url).href;
  await h.engine.configure({ publishTo: { url }, busyCalendars: [], subscriptions: [] });
  return url;
}

describe('first publish in bulk', () => {
  it('one PUT stores what the per-object path stores; then idle is one request, edits If-Match', async () => {
    const items = heavySubset();
    const zoned = items.filter((i) => i.ics.includes('BEGIN:VTIMEZONE')).length;
    const h = await harness();
    const calendar = await connected(h, env.proxy.url);
    // Another device gave the calendar a colour: a whole-calendar PUT resets it, so it is set back.
    await setProps(calendar, '<x:calendar-color>#3a7bd5ff</x:calendar-color>');
    await h.engine.publish({ items });
    seen = [];
    const status = await h.engine.syncNow();
    expect(status).toMatchObject({ state: 'idle', error: null, pending: 0 });
    expect(status.lastSync).toMatchObject({ created: items.length, updated: 0, deleted: 0 });
    const puts = seen.filter((r) => r.method === 'PUT');
    // One whole calendar, then the objects with a time zone once more, as the app wrote them.
    expect(puts.filter((r) => r.path.endsWith('/'))).toHaveLength(1);
    expect(puts.filter((r) => !r.path.endsWith('/') && r.ifMatch !== null)).toHaveLength(zoned);
    // One bar for the whole publish: the re-sends carry on from the bulk PUT, never back to 0.
    const bar = h.statuses.flatMap((s) => (s.progress ? [s.progress] : []));
    expect(bar.length).toBeGreaterThan(1);
    expect(bar.every((p) => p.total === items.length)).toBe(true);
    expect(bar.every((p, i) => i === 0 || p.done >= (bar[i - 1]?.done ?? 0))).toBe(true);
    expect(bar.at(-1)).toEqual({ done: items.length, total: items.length });

    const p = await harness();
    const picked = await pickedCalendar(p, 'picked-for-comparison');
    await p.engine.publish({ items });
    seen = [];
    expect((await p.engine.syncNow()).lastSync?.created).toBe(items.length);
    // A calendar the worker picked never gets a whole-calendar PUT.
    expect(seen.filter((r) => r.method === 'PUT' && r.path.endsWith('/'))).toEqual([]);
    const bulk = await objects(calendar);
    const single = await objects(picked);
    expect(uids(bulk)).toEqual(items.map((i) => i.uid).sort());
    expect([...bulk.keys()].sort()).toEqual([...single.keys()].sort());
    expect(components(bulk)).toEqual(components(single));

    expect(await prop(calendar, 'd:displayname')).toContain('<displayname>Hybrid Planner<');
    expect(await prop(calendar, 'x:calendar-color')).toContain('#3a7bd5ff');
    expect(await prop(calendar, 'c:supported-calendar-component-set')).toMatch(
      /<C:comp name="VEVENT"\s*\/>/,
    );

    seen = [];
    await h.engine.syncNow();
    expect(seen.map((r) => r.method)).toEqual(['REPORT']);
    seen = [];
    // An event with a zone: its record holds the ETag of the second, exact PUT.
    const target = items.find((i) => i.ics.includes('BEGIN:VTIMEZONE'))?.uid;
    const retitled = items.map((i) =>
      i.uid === target
        ? { ...i, ics: i.ics.replace(/SUMMARY:[^\r\n]*/, 'SUMMARY:Edited after bulk') }
        : i,
    );
    await h.engine.publish({ items: retitled });
    const edited = await h.engine.syncNow();
    expect(edited.lastSync).toMatchObject({ updated: 1, created: 0 });
    const edit = seen.filter((r) => r.method === 'PUT');
    expect(edit).toHaveLength(1);
    expect(edit[0]?.ifMatch).toMatch(/^".+"$/);
    expect([...(await objects(calendar)).values()].join()).toContain('SUMMARY:Edited after bulk');
    await h.dispose();
    await p.dispose();
  });

  /** Publishes with the proxy's rule, then again with none; returns both statuses. */
  async function publishTwice(
    rule: (req: IncomingMessage) => ReturnType<FaultProxy['fault']>,
    between: (items: PublishedItem[]) => PublishedItem[] = (items) => items,
  ) {
    const items = heavySubset();
    const h = await harness();
    const calendar = await connected(h, env.proxy.url);
    watch(rule);
    await h.engine.publish({ items });
    const first = await h.engine.syncNow();
    const firstSeen = [...seen];
    const bulkTried = seen.filter((r) => r.method === 'PUT' && r.path.endsWith('/')).length;
    watch(() => null);
    const final = between(items);
    if (final !== items) await h.engine.publish({ items: final });
    const second = await h.engine.syncNow();
    const stored = await objects(calendar);
    seen = [];
    await h.engine.syncNow();
    const idle = seen.map((r) => r.method);
    await h.dispose();
    return { items: final, first, second, stored, idle, bulkTried, firstSeen };
  }

  it.each([
    ['refused (405)', 405],
    ['answered 201 but stored nothing', 201],
  ])('a bulk PUT %s: the per-object path publishes everything once', async (_why, status) => {
    const run = await publishTwice((req) => (isBulkPut(req) ? { kind: 'status', status } : null));
    expect(run.first).toMatchObject({ state: 'idle', error: null, pending: 0 });
    expect(run.first.lastSync?.created).toBe(run.items.length);
    expect(uids(run.stored)).toEqual(run.items.map((i) => i.uid).sort());
    expect(run.idle).toEqual(['REPORT']);
    expect(run.bulkTried).toBe(1);
  });

  it('a calendar without an ETag of its own gets no bulk PUT (nothing to guard it with)', async () => {
    const body = `<?xml version="1.0"?><multistatus xmlns="DAV:"><response><href>/x/</href><propstat><prop><displayname>Hybrid Planner</displayname></prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>`;
    const run = await publishTwice((req) =>
      req.method === 'PROPFIND' && req.headers.depth === '0'
        ? { kind: 'body', status: 207, contentType: 'application/xml', body }
        : null,
    );
    expect(run.first).toMatchObject({ state: 'idle', error: null, pending: 0 });
    expect(run.first.lastSync?.created).toBe(run.items.length);
    expect(uids(run.stored)).toEqual(run.items.map((i) => i.uid).sort());
    expect(run.bulkTried).toBe(0);
  });

  it('a bulk PUT that stored something else: strays removed, the rest published once', async () => {
    const [kept] = heavySubset();
    const event = (uid: string) =>
      `BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260302T090000Z\r\nSUMMARY:Not the app's\r\nEND:VEVENT\r\n`;
    const body = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n${event(kept?.uid ?? '')}${event('stray@elsewhere')}END:VCALENDAR\r\n`;
    const run = await publishTwice((req) => (isBulkPut(req) ? { kind: 'rewrite', body } : null));
    expect(run.first).toMatchObject({ state: 'idle', error: null, pending: 0 });
    expect(uids(run.stored)).toEqual(run.items.map((i) => i.uid).sort());
    expect([...run.stored.values()].join()).not.toContain("Not the app's");
    const deletes = run.firstSeen.filter((r) => r.method === 'DELETE');
    expect(deletes.map((r) => r.path.replace(/^.*\//, ''))).toEqual(['stray@elsewhere.ics']);
    // The object under the app's name was overwritten under If-Match, not created again.
    const again = run.firstSeen.filter(
      (r) => r.method === 'PUT' && r.path.endsWith(`/${kept?.uid}.ics`),
    );
    expect(again.map((r) => r.ifMatch !== null)).toEqual([true]);
    expect(run.idle).toEqual(['REPORT']);
    expect(run.bulkTried).toBe(1);
  });

  it('a refused PROPPATCH after the bulk PUT costs the settings, not the publish', async () => {
    const run = await publishTwice((req) =>
      req.method === 'PROPPATCH' ? { kind: 'status', status: 403 } : null,
    );
    expect(run.first).toMatchObject({ state: 'idle', error: null, pending: 0 });
    expect(run.first.lastSync?.created).toBe(run.items.length);
    const creates = run.firstSeen.filter((r) => r.method === 'PUT' && r.ifMatch === null);
    expect(creates.filter((r) => !r.path.endsWith('/'))).toEqual([]);
    expect(run.idle).toEqual(['REPORT']);
    expect(run.bulkTried).toBe(1);
  });

  it('the bulk answer lost, an edit made meanwhile: the retry sends it, nothing twice', async () => {
    const run = await publishTwice(
      (req) => (isBulkPut(req) ? { kind: 'lose-answer' } : null),
      (items) =>
        items.map((i, n) =>
          n === 0 ? { ...i, ics: i.ics.replace(/SUMMARY:[^\r\n]*/, 'SUMMARY:Edited offline') } : i,
        ),
    );
    expect(run.first.state).toBe('offline');
    expect(run.second).toMatchObject({ state: 'idle', error: null, pending: 0 });
    expect(uids(run.stored)).toEqual(run.items.map((i) => i.uid).sort());
    expect([...run.stored.values()].join()).toContain('SUMMARY:Edited offline');
    expect(run.idle).toEqual(['REPORT']);
    expect(run.bulkTried).toBe(1);
  });

  it('the server gone mid-publish (after the bulk PUT): a retry finishes', async () => {
    let puts = 0;
    const run = await publishTwice((req) =>
      req.method === 'PUT' && !isBulkPut(req) && ++puts > 3 ? { kind: 'drop' } : null,
    );
    expect(run.first.state).toBe('offline');
    expect(run.first.error).toMatch(/cannot be reached/);
    expect(run.second).toMatchObject({ state: 'idle', error: null, pending: 0 });
    expect(uids(run.stored)).toEqual(run.items.map((i) => i.uid).sort());
    expect(run.idle).toEqual(['REPORT']);
    expect(run.bulkTried).toBe(1);
  });

  it('keeps a name made of digits (which the XML reader turns into a number)', async () => {
    const h = await harness();
    const calendar = await connected(h, env.proxy.url);
    await setProps(calendar, '<d:displayname>2026</d:displayname>');
    await h.engine.publish({ items: heavySubset() });
    seen = [];
    expect((await h.engine.syncNow()).lastSync?.created).toBe(heavySubset().length);
    expect(seen.filter((r) => r.method === 'PUT' && r.path.endsWith('/'))).toHaveLength(1);
    expect(await prop(calendar, 'd:displayname')).toContain('<displayname>2026<');
    await h.dispose();
  });

  it('remembers across a restart which calendar is the app’s own', async () => {
    const h = await harness();
    await connected(h, env.proxy.url);
    const restarted = h.reopen();
    await restarted.engine.publish({ items: heavySubset() });
    seen = [];
    expect((await restarted.engine.syncNow()).lastSync?.created).toBe(heavySubset().length);
    expect(seen.filter((r) => r.method === 'PUT' && r.path.endsWith('/'))).toHaveLength(1);
    await restarted.dispose();
  });
});
