/**
 * The sync engine against a real Radicale: first publish, edits and deletions, an edit made on
 * the server by another client, both sides edited, the server down with edits queued, a restart
 * with work pending, a wrong password and a deleted calendar.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAccountStore } from '../../../src/main/sync/account-store';
import { auth, startRadicale, type Radicale } from './radicale';
import {
  COMMITMENT_IDS,
  connected,
  harness,
  NOW,
  planItems,
  SINCE,
  type Harness,
} from './fixtures';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

vi.mock('electron', () => import('../main/fake-electron'));

const DAY = 86_400_000;

let server: Radicale;
beforeAll(async () => {
  server = await startRadicale();
});
afterAll(async () => {
  await server.dispose();
});

/** The calendar's objects on the server now: href → data. */
async function objects(calendarUrl: string): Promise<Map<string, string>> {
  const body = `<?xml version="1.0"?><c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><c:calendar-data/></d:prop><c:filter><c:comp-filter name="VCALENDAR"/></c:filter></c:calendar-query>`;
  const res = await fetch(calendarUrl, {
    method: 'REPORT',
    headers: { ...auth(), depth: '1', 'content-type': 'application/xml' },
    body,
  });
  const xml = await res.text();
  const out = new Map<string, string>();
  for (const m of xml.matchAll(
    /<href>([^<]+)<\/href>[\s\S]*?<C:calendar-data[^>]*>([\s\S]*?)<\/C:calendar-data>/gi,
  )) {
    out.set(
      decodeURIComponent(m[1] ?? ''),
      (m[2] ?? '')
        .replace(/&#13;/g, '\r')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    );
  }
  return out;
}

/** Connects, publishes the sample plan and syncs; the calendar's URL. */
async function publishedPlan(h: Harness): Promise<string> {
  const calendar = await connected(h, server.url);
  await h.engine.publish({ items: planItems() });
  await h.engine.syncNow();
  return calendar;
}

/** Another client retitles an event with a plain PUT (no preconditions). */
async function editOnServer(href: string, ics: string, summary: string): Promise<void> {
  const put = await fetch(new URL(href, server.url), {
    method: 'PUT',
    headers: { ...auth(), 'content-type': 'text/calendar' },
    body: ics.replace(/SUMMARY:[^\r\n]*/, `SUMMARY:${summary}`),
  });
  expect(put.status).toBeLessThan(300);
}

function uids(map: Map<string, string>): string[] {
  return [...map.values()].map((ics) => /UID:([^\r\n]*)/.exec(ics)?.[1] ?? '').sort();
}

function summaries(map: Map<string, string>): string[] {
  return [...map.values()].map((ics) => /SUMMARY:([^\r\n]*)/.exec(ics)?.[1] ?? '').sort();
}

describe('sync with Radicale', () => {
  it('refuses a wrong password and a server that is not CalDAV, in plain words', async () => {
    const h = await harness();
    const wrong = await h.engine.connect({
      serverUrl: server.url,
      username: 'ana',
      password: 'nope',
    });
    expect(wrong).toEqual({ ok: false, error: expect.stringMatching(/user name or app password/) });
    const notDav = await h.engine.connect({
      serverUrl: `${server.url}.web/`,
      username: 'ana',
      password: 'app-password-1',
    });
    expect(notDav.ok).toBe(false);
    expect(h.engine.status().state).toBe('disconnected');
    await h.dispose();
  });

  it('keeps the password encrypted, never in the state file, and forgets it on disconnect', async () => {
    const h = await harness();
    const calendar = await connected(h, server.url);
    // Asking again for the app's calendar keeps the one it made.
    const again = await h.engine.configure({
      publishTo: { create: 'Hybrid Planner' },
      busyCalendars: [],
      subscriptions: [],
    });
    expect(again.config.publishTo).toBe(calendar);
    const secret = readFileSync(join(h.dir, 'sync-secret.bin'), 'utf8');
    expect(secret).not.toContain('app-password-1');
    expect(readFileSync(join(h.dir, 'sync-state.json'), 'utf8')).not.toContain('app-password-1');
    expect(JSON.stringify(h.engine.status())).not.toContain('app-password-1');
    await h.engine.disconnect();
    expect(() => readFileSync(join(h.dir, 'sync-secret.bin'))).toThrow();
    expect(h.engine.status().state).toBe('disconnected');
    await h.dispose();
  });

  it('first publish, then a sync with nothing to do is one request', async () => {
    const h = await harness();
    const calendar = await connected(h, server.url);
    const items = planItems();
    expect((await h.engine.publish({ items })).pending).toBe(items.length);
    const status = await h.engine.syncNow();
    expect(status.state).toBe('idle');
    expect(status.lastSync).toMatchObject({ created: items.length, updated: 0, deleted: 0 });
    expect(status.pending).toBe(0);
    const onServer = await objects(calendar);
    expect(onServer.size).toBe(items.length);
    // Radicale rewrites what it stores (property order, durations): compare the events' UIDs
    // and titles, not bytes.
    expect(uids(onServer)).toEqual(items.map((i) => i.uid).sort());
    expect(summaries(onServer)).toEqual(
      items.map((i) => /SUMMARY:([^\r\n]*)/.exec(i.ics)?.[1] ?? '').sort(),
    );
    h.requests.length = 0;
    await h.engine.syncNow();
    expect(h.requests).toEqual(['REPORT']);
    await h.dispose();
  });

  it('an edit and a deletion in the app reach the server', async () => {
    const h = await harness();
    const calendar = await publishedPlan(h);
    const [first, second] = COMMITMENT_IDS;
    await h.engine.publish({ items: planItems({ [first ?? '']: 'Renamed call' }, [second ?? '']) });
    const status = await h.engine.syncNow();
    expect(status.lastSync).toMatchObject({ created: 0, updated: 1, deleted: 1 });
    const onServer = await objects(calendar);
    expect(onServer.size).toBe(planItems().length - 1);
    expect(summaries(onServer)).toContain('Renamed call');
    await h.dispose();
  });

  it('an edit made on the server by another client comes back, and the app’s answer goes out', async () => {
    const h = await harness();
    const calendar = await publishedPlan(h);
    const [href, ics] = [...(await objects(calendar))][0] ?? ['', ''];
    await editOnServer(href, ics, 'Moved on the phone');
    await h.engine.syncNow();
    expect(h.incoming).toEqual([
      expect.objectContaining({
        change: 'updated',
        ics: expect.stringContaining('SUMMARY:Moved on the phone'),
      }),
    ]);
    // Not yet answered: the stale desired set must not overwrite the phone's edit.
    await h.engine.syncNow();
    expect(summaries(await objects(calendar))).toContain('Moved on the phone');
    // The app restarts before the window applied it: the change is handed over again.
    const restarted = h.reopen();
    restarted.engine.resendIncoming();
    expect(restarted.incoming).toEqual(h.incoming);
    const uid = h.incoming[0]?.uid ?? '';
    const id = COMMITMENT_IDS.find((c) => uid.startsWith(c)) ?? '';
    await restarted.engine.applied([uid]);
    await restarted.engine.publish({ items: planItems({ [id]: 'Moved on the phone (app)' }) });
    await restarted.engine.syncNow();
    expect(summaries(await objects(calendar))).toContain('Moved on the phone (app)');
    await restarted.dispose();
  });

  it('both sides edited: a conflict with both versions, then the worker’s choice wins', async () => {
    const h = await harness();
    const calendar = await publishedPlan(h);
    const id = COMMITMENT_IDS[0] ?? '';
    const [href, ics] = [...(await objects(calendar))].find(([k]) => k.includes(id)) ?? ['', ''];
    await editOnServer(href, ics, 'Server side');
    await h.engine.publish({ items: planItems({ [id]: 'App side' }) });
    const status = await h.engine.syncNow();
    expect(status.conflicts).toEqual([
      expect.objectContaining({
        summary: 'App side',
        app: expect.stringContaining('SUMMARY:App side'),
        server: expect.stringContaining('SUMMARY:Server side'),
      }),
    ]);
    const resolved = await h.engine.resolve({ uid: status.conflicts[0]?.uid ?? '', keep: 'app' });
    expect(resolved.conflicts).toEqual([]);
    expect(summaries(await objects(calendar))).toContain('App side');
    expect(summaries(await objects(calendar))).not.toContain('Server side');
    await h.dispose();
  });

  it('server down: edits queue with a clear message; back up, they go out once', async () => {
    const h = await harness({ timeoutMs: 3000 });
    const calendar = await publishedPlan(h);
    await server.stop();
    try {
      const id = COMMITMENT_IDS[0] ?? '';
      await h.engine.publish({ items: planItems({ [id]: 'Edited offline' }) });
      const offline = await h.engine.syncNow();
      expect(offline.state).toBe('offline');
      expect(offline.error).toMatch(/cannot be reached/);
      expect(offline.pending).toBe(1);
      expect(offline.nextRetryAt).not.toBeNull();
    } finally {
      await server.start();
    }
    const back = await h.engine.syncNow();
    expect(back.state).toBe('idle');
    expect(back.error).toBeNull();
    const onServer = await objects(calendar);
    expect(onServer.size).toBe(planItems().length);
    expect(summaries(onServer)).toContain('Edited offline');
    await h.dispose();
  });

  it('a restart with a queue pending finishes the work', async () => {
    const first = await harness();
    const calendar = await connected(first, server.url);
    await first.engine.publish({ items: planItems() });
    // Quit before the debounced sync ran.
    const second = first.reopen();
    expect(second.engine.status().pending).toBe(planItems().length);
    await second.engine.syncNow();
    expect((await objects(calendar)).size).toBe(planItems().length);
    await second.dispose();
  });

  it('keeps past events on the server once they age out of the published window', async () => {
    let now = NOW;
    const h = await harness({ now: () => now });
    const calendar = await connected(h, server.url);
    await h.engine.publish({ items: planItems(), since: SINCE });
    await h.engine.syncNow();
    const before = await objects(calendar);
    expect(before.size).toBe(planItems().length);
    // 40 days on: the window's horizon moved past the sample week's sessions and one-offs.
    now = NOW + 40 * DAY;
    const later = planItems({}, [], SINCE + 40 * DAY);
    expect(later.length).toBeLessThan(before.size);
    expect(later.length).toBeGreaterThan(0);
    h.requests.length = 0;
    await h.engine.publish({ items: later, since: SINCE + 40 * DAY });
    const status = await h.engine.syncNow();
    expect(h.requests).not.toContain('DELETE');
    expect(await objects(calendar)).toEqual(before);
    expect(status.pending).toBe(0);
    expect(status.error).toBeNull();
    h.requests.length = 0;
    const again = await h.engine.syncNow();
    expect(h.requests).toEqual(['REPORT']);
    expect(again.lastSync?.deleted).toBe(0);
    await h.dispose();
  });

  it('a password refused later (401) stops with a plain message and keeps the queue', async () => {
    const h = await harness();
    await connected(h, server.url);
    await createAccountStore(join(h.dir, 'sync-secret.bin')).save('changed-elsewhere');
    await h.engine.publish({ items: planItems() });
    const status = await h.engine.syncNow();
    expect(status.state).toBe('error');
    expect(status.error).toMatch(/user name or app password/);
    expect(status.pending).toBe(planItems().length);
    expect(status.nextRetryAt).toBeNull();
    await h.dispose();
  });

  it('a calendar deleted on the server: a plain message, nothing lost locally', async () => {
    const h = await harness();
    const calendar = await publishedPlan(h);
    const del = await fetch(calendar, { method: 'DELETE', headers: auth() });
    expect(del.status).toBeLessThan(300);
    await h.engine.publish({ items: planItems({ [COMMITMENT_IDS[0] ?? '']: 'After deletion' }) });
    const status = await h.engine.syncNow();
    expect(status.state).toBe('error');
    expect(status.error).toMatch(/not found on the server/);
    expect(status.pending).toBeGreaterThan(0);
    await h.dispose();
  });
});
