/**
 * Faults between the engine and a real Radicale, injected by a proxy: 507, the connection
 * dropped mid-sync, a stale ETag (412), a redirect to another host, malformed XML and calendar
 * data, a 100 MB answer and a server that never answers. Each ends with a plain message,
 * nothing lost locally, and a later sync that finishes the work exactly once.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../../../src/core/bridge/sync-contract';
import { radicaleBehindProxy } from './fault-proxy';
import { COMMITMENT_IDS, connected, harness, planItems, type Harness } from './fixtures';
import { auth } from './radicale';

vi.mock('electron', () => import('../main/fake-electron'));

const env = radicaleBehindProxy();
beforeEach(() => {
  env.proxy.fault = () => null;
  env.proxy.hugeBytesSent = 0;
});

/** The number of objects in a calendar, asked of Radicale directly. */
async function count(calendarUrl: string): Promise<number> {
  const direct = new URL(new URL(calendarUrl).pathname, env.server.url);
  const res = await fetch(direct, {
    method: 'PROPFIND',
    headers: { ...auth(), depth: '1' },
  });
  const xml = await res.text();
  return (xml.match(/<href>[^<]+\.ics<\/href>/g) ?? []).length;
}

/** The first status (the last one sent, or a later one) that passes `test`, once it is sent. */
async function settled(h: Harness, test: (s: SyncStatus) => boolean): Promise<SyncStatus> {
  for (;;) {
    const last = h.statuses.at(-1);
    if (last && last.state !== 'syncing' && test(last)) return last;
    // Real I/O is under way: let it run (setImmediate is not faked), then look again.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function setup(timeoutMs?: number): Promise<{ h: Harness; calendar: string }> {
  const h = await harness({ timeoutMs });
  const calendar = await connected(h, env.proxy.url);
  return { h, calendar };
}

describe('faults during sync', () => {
  it('507: "server is full" in plain words; the queue waits and retries by itself', async () => {
    const { h, calendar } = await setup();
    // Only the engine's timers are faked: Radicale and the proxy run on real I/O.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      let puts = 0;
      env.proxy.fault = (req) => {
        if (req.method !== 'PUT') return null;
        puts += 1;
        return { kind: 'status', status: 507 };
      };
      await h.engine.publish({ items: planItems() });
      const full = await h.engine.syncNow();
      const t0 = Date.now();
      expect(full).toMatchObject({ state: 'error', nextRetryAt: t0 + 5_000 });
      expect(full.error).toMatch(/server is full/);
      expect(full.pending).toBe(planItems().length);
      // Nothing before the backoff is up; then a retry, still full, backs off twice as long.
      await vi.advanceTimersByTimeAsync(4_999);
      const first = puts;
      expect(h.statuses.at(-1)?.state).toBe('error');
      await vi.advanceTimersByTimeAsync(1);
      const retried = await settled(h, (s) => s.nextRetryAt === t0 + 15_000);
      expect(puts).toBeGreaterThan(first);
      expect(retried).toMatchObject({ state: 'error', pending: planItems().length });
      expect(retried.error).toMatch(/server is full/);
      // Room again: the next retry, on its own, sends the whole queue once.
      env.proxy.fault = () => null;
      await vi.advanceTimersByTimeAsync(10_000);
      const done = await settled(h, (s) => s.state === 'idle');
      expect(done).toMatchObject({ error: null, pending: 0, nextRetryAt: null });
      expect(await count(calendar)).toBe(planItems().length);
    } finally {
      vi.useRealTimers();
    }
    await h.dispose();
  });

  it('the server going down mid-sync: a retry sends the rest, nothing twice', async () => {
    const { h, calendar } = await setup();
    let puts = 0;
    env.proxy.fault = (req) => (req.method === 'PUT' && ++puts > 3 ? { kind: 'drop' } : null);
    await h.engine.publish({ items: planItems() });
    const broken = await h.engine.syncNow();
    expect(broken.state).toBe('offline');
    expect(broken.error).toMatch(/cannot be reached/);
    expect(await count(calendar)).toBe(3);
    env.proxy.fault = () => null;
    const done = await h.engine.syncNow();
    expect(done.state).toBe('idle');
    expect(done.pending).toBe(0);
    expect(await count(calendar)).toBe(planItems().length);
    await h.dispose();
  });

  it('412 on a stale ETag: the next round looks again and sends the edit', async () => {
    const { h, calendar } = await setup();
    await h.engine.publish({ items: planItems() });
    await h.engine.syncNow();
    let refused = 0;
    env.proxy.fault = (req) =>
      req.method === 'PUT' && req.headers['if-match'] && refused++ === 0
        ? { kind: 'status', status: 412 }
        : null;
    const id = COMMITMENT_IDS[0] ?? '';
    await h.engine.publish({ items: planItems({ [id]: 'After a 412' }) });
    const status = await h.engine.syncNow();
    expect(refused).toBe(2);
    expect(status).toMatchObject({ state: 'idle', error: null, pending: 0 });
    expect(await count(calendar)).toBe(planItems().length);
    await h.dispose();
  });

  it('refuses a redirect to another host', async () => {
    const h = await harness();
    env.proxy.fault = () => ({ kind: 'redirect', location: 'http://localhost:9/evil/' });
    const result = await h.engine.connect({
      serverUrl: env.proxy.url,
      username: 'ana',
      password: 'app-password-1',
    });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/another address/) });
    await h.dispose();
  });

  it('malformed XML: a plain message, no crash', async () => {
    const { h } = await setup();
    await h.engine.publish({ items: planItems() });
    env.proxy.fault = (req) =>
      req.method === 'REPORT' || req.method === 'PROPFIND'
        ? { kind: 'body', status: 207, contentType: 'application/xml', body: '<multistatus><resp' }
        : null;
    const status = await h.engine.syncNow();
    expect(status.state).toBe('error');
    expect(status.error).toMatch(/could not be read/);
    env.proxy.fault = () => null;
    expect((await h.engine.syncNow()).state).toBe('idle');
    await h.dispose();
  });

  it('malformed calendar data from the server is left alone, not handed to the window', async () => {
    const { h, calendar } = await setup();
    await h.engine.publish({ items: planItems() });
    await h.engine.syncNow();
    // Another client edits an event; the multiget then answers with garbage for it.
    const direct = new URL(new URL(calendar).pathname, env.server.url);
    const uid = planItems()[0]?.uid ?? '';
    const href = new URL(`${uid}.ics`, direct);
    const original = await (await fetch(href, { headers: auth() })).text();
    await fetch(href, {
      method: 'PUT',
      headers: { ...auth(), 'content-type': 'text/calendar' },
      body: original.replace(/SUMMARY:[^\r\n]*/, 'SUMMARY:Edited elsewhere'),
    });
    // The first REPORT of the sync lists what changed; the second is the multiget.
    let reports = 0;
    let multiget = false;
    env.proxy.fault = (req) => {
      if (req.method !== 'REPORT' || ++reports !== 2) return null;
      multiget = true;
      return {
        kind: 'body',
        status: 207,
        contentType: 'application/xml',
        body: `<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:response><d:href>${new URL(href).pathname}</d:href><d:propstat><d:prop><d:getetag>"x"</d:getetag><c:calendar-data>NOT A CALENDAR</c:calendar-data></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`,
      };
    };
    const status = await h.engine.syncNow();
    expect(multiget).toBe(true);
    expect(h.incoming).toEqual([]);
    expect(status.state).not.toBe('syncing');
    env.proxy.fault = () => null;
    await h.engine.syncNow();
    expect(h.incoming).toEqual([
      expect.objectContaining({ uid, ics: expect.stringContaining('Edited elsewhere') }),
    ]);
    await h.dispose();
  });

  it.each([
    ['streamed without a length', false],
    ['declared as 100 MB', true],
  ])('refuses a 100 MB answer %s without reading it all', async (_name, declareLength) => {
    const { h } = await setup();
    await h.engine.publish({ items: planItems() });
    env.proxy.fault = (req) => (req.method === 'REPORT' ? { kind: 'huge', declareLength } : null);
    const status = await h.engine.syncNow();
    expect(status.error).toMatch(/more than 20 MB/);
    expect(env.proxy.hugeBytesSent).toBeLessThan(60 * 1024 * 1024);
    await h.dispose();
  });

  it('a server that never answers times out with a plain message', async () => {
    // Long enough for discovery on a loaded machine; the hang then costs this once.
    const { h } = await setup(2000);
    await h.engine.publish({ items: planItems() });
    env.proxy.fault = (req) => (req.method === 'REPORT' ? { kind: 'hang' } : null);
    const status = await h.engine.syncNow();
    expect(status.state).toBe('offline');
    expect(status.error).toMatch(/did not answer in time/);
    expect(status.pending).toBe(planItems().length);
    await h.dispose();
  });
});
