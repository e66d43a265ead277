import { describe, expect, it } from 'vitest';
import { SYNC_LIMITS, SYNC_VALIDATORS } from '../../../src/core/bridge/validate-sync';
import { checkServerUrl, checkSubscriptionUrl, sameOrigin } from '../../../src/core/sync/url';

const ICS = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';

function errorOf(result: { ok: boolean; error?: string }): string {
  return result.ok ? '' : (result.error ?? '');
}

const account = (serverUrl: string): unknown => ({ serverUrl, username: 'ana', password: 'pw' });

describe('server URLs', () => {
  it.each([
    'https://dav.example.com/remote.php/dav/',
    'http://127.0.0.1:5232/',
    'http://127.1:5232/',
    'http://localhost:5232/',
    'http://[::1]:5232/',
  ])('accepts %s', (url) => {
    expect(SYNC_VALIDATORS['sync:connect'](account(url)).ok).toBe(true);
  });

  it.each([
    ['http://dav.example.com/', /https/],
    ['http://127.0.0.1.evil.com/', /https/],
    ['http://10.0.0.5/', /https/],
    ['ftp://dav.example.com/', /https/],
    ['javascript:alert(1)', /https/],
    ['file:///etc/passwd', /https/],
    ['not a url', /not a web address/],
    ['https://ana:pw@dav.example.com/', /own fields/],
    ['https://dav.example.com/#x', /'#'/],
    [`https://dav.example.com/${'a'.repeat(2000)}`, /longer than|too long/],
    ['webcal://dav.example.com/', /https/],
  ])('refuses %s', (url, reason) => {
    expect(errorOf(SYNC_VALIDATORS['sync:connect'](account(url)))).toMatch(reason);
  });

  it('normalises what it accepts, and reads webcal subscriptions as https', () => {
    expect(checkServerUrl('HTTPS://Dav.Example.com')).toEqual({
      ok: true,
      url: 'https://dav.example.com/',
    });
    expect(checkSubscriptionUrl('webcal://cal.example.com/a.ics')).toEqual({
      ok: true,
      url: 'https://cal.example.com/a.ics',
    });
    expect(checkSubscriptionUrl('webcal://10.0.0.1/a.ics').ok).toBe(true);
    expect(checkSubscriptionUrl('http://cal.example.com/a.ics').ok).toBe(false);
  });

  it('tells a redirect to another host from one on the same server', () => {
    expect(sameOrigin('https://a.example/dav/', 'https://a.example/other/')).toBe(true);
    expect(sameOrigin('https://a.example/dav/', 'https://b.example/dav/')).toBe(false);
    expect(sameOrigin('https://a.example/dav/', 'http://a.example/dav/')).toBe(false);
    expect(sameOrigin('https://a.example/', 'https://a.example:8443/')).toBe(false);
  });
});

describe('sync:connect', () => {
  it('refuses missing, empty, extra and control-character fields', () => {
    const v = SYNC_VALIDATORS['sync:connect'];
    expect(errorOf(v({ serverUrl: 'https://a.example/', username: 'ana' }))).toMatch(/password/);
    expect(errorOf(v({ ...(account('https://a.example/') as object), extra: 1 }))).toMatch(
      /unexpected key 'extra'/,
    );
    expect(errorOf(v({ serverUrl: 'https://a.example/', username: '', password: 'x' }))).toMatch(
      /empty/,
    );
    expect(
      errorOf(v({ serverUrl: 'https://a.example/', username: 'a\nb', password: 'x' })),
    ).toMatch(/control/);
    expect(
      errorOf(
        v({
          serverUrl: 'https://a.example/',
          username: 'a',
          password: 'x'.repeat(SYNC_LIMITS.maxPasswordLength + 1),
        }),
      ),
    ).toMatch(/longer/);
  });
});

describe('sync:configure', () => {
  const v = SYNC_VALIDATORS['sync:configure'];
  const sub = {
    id: 's1',
    url: 'webcal://cal.example.com/secret.ics',
    name: 'Google',
    countsAsWork: false,
    refreshMin: 60,
  };

  it('accepts each kind of target and normalises the URLs', () => {
    for (const publishTo of [null, { create: 'Hybrid Planner' }, { url: 'https://a.example/c/' }]) {
      expect(v({ publishTo, busyCalendars: [], subscriptions: [] }).ok).toBe(true);
    }
    const result = v({
      publishTo: null,
      busyCalendars: [{ url: 'https://a.example/work/', countsAsWork: true }],
      subscriptions: [sub],
    });
    expect(result.ok && result.value.subscriptions[0]?.url).toBe(
      'https://cal.example.com/secret.ics',
    );
  });

  it('refuses bad targets, duplicates, its own calendar as busy, and bad refresh periods', () => {
    const base = { publishTo: null, busyCalendars: [], subscriptions: [] };
    expect(errorOf(v({ ...base, publishTo: { create: '   ' } }))).toMatch(/blank/);
    expect(errorOf(v({ ...base, publishTo: { url: 'x', create: 'y' } }))).toMatch(/unexpected/);
    expect(errorOf(v({ ...base, publishTo: 'https://a.example/' }))).toMatch(/object/);
    const cal = { url: 'https://a.example/c/', countsAsWork: true };
    expect(errorOf(v({ ...base, busyCalendars: [cal, cal] }))).toMatch(/twice/);
    expect(errorOf(v({ ...base, publishTo: { url: cal.url }, busyCalendars: [cal] }))).toMatch(
      /published to/,
    );
    expect(errorOf(v({ ...base, subscriptions: [{ ...sub, refreshMin: 1 }] }))).toMatch(
      /between 5/,
    );
    expect(errorOf(v({ ...base, subscriptions: [{ ...sub, refreshMin: 30.5 }] }))).toMatch(/whole/);
    expect(errorOf(v({ ...base, subscriptions: [sub, sub] }))).toMatch(/twice/);
    expect(
      errorOf(v({ ...base, subscriptions: [{ ...sub, url: 'http://cal.example.com/' }] })),
    ).toMatch(/https/);
  });
});

describe('sync:publish', () => {
  const v = SYNC_VALIDATORS['sync:publish'];
  const item = (uid: string, ics = ICS, end: unknown = null): unknown => ({
    uid,
    kind: 'commitment',
    ics,
    end,
  });

  it('accepts a request of items and refuses duplicate UIDs', () => {
    expect(v({ items: [item('a@hybrid-planner'), item('b@hybrid-planner')] }).ok).toBe(true);
    expect(errorOf(v({ items: [item('a'), item('a')] }))).toMatch(/UID a twice/);
  });

  it('refuses an unknown kind, a non-calendar, a blank or padded UID', () => {
    expect(errorOf(v({ items: [{ uid: 'a', kind: 'other', ics: ICS, end: null }] }))).toMatch(
      /kind/,
    );
    expect(errorOf(v({ items: [item('a', 'hello')] }))).toMatch(/VCALENDAR/);
    expect(errorOf(v({ items: [item('')] }))).toMatch(/empty/);
    expect(errorOf(v({ items: [item(' a')] }))).toMatch(/spaces/);
    expect(errorOf(v({ items: [item('a'.repeat(SYNC_LIMITS.maxUidLength + 1))] }))).toMatch(
      /longer/,
    );
  });

  it('reads each item’s end and the request’s horizon, refusing what is not an instant', () => {
    const read = v({ items: [item('a', ICS, 1_700_000_000_000)], since: 1_690_000_000_000 });
    expect(read.ok && read.value).toEqual({
      items: [{ uid: 'a', kind: 'commitment', ics: ICS, end: 1_700_000_000_000 }],
      since: 1_690_000_000_000,
    });
    expect(v({ items: [item('a')] }).ok).toBe(true);
    expect(errorOf(v({ items: [{ uid: 'a', kind: 'commitment', ics: ICS }] }))).toMatch(
      /end is missing/,
    );
    expect(errorOf(v({ items: [item('a', ICS, 'soon')] }))).toMatch(/end/);
    expect(errorOf(v({ items: [item('a', ICS, 1.5)] }))).toMatch(/whole milliseconds/);
    expect(errorOf(v({ items: [], since: -1 }))).toMatch(/since/);
    expect(errorOf(v({ items: [], since: null }))).toMatch(/since/);
  });

  it('bounds each event, the count and the whole request', () => {
    const big = ICS + 'x'.repeat(SYNC_LIMITS.maxIcsBytes);
    expect(errorOf(v({ items: [item('a', big)] }))).toMatch(/larger than 1 MB/);
    const many = Array.from({ length: SYNC_LIMITS.maxItems + 1 }, (_, i) => item(`u${i}`));
    expect(errorOf(v({ items: many }))).toMatch(/more than 20000/);
    const nearlyMb = ICS + 'x'.repeat(SYNC_LIMITS.maxIcsBytes - ICS.length - 10);
    const heavy = Array.from({ length: 70 }, (_, i) => item(`u${i}`, nearlyMb));
    expect(errorOf(v({ items: heavy }))).toMatch(/64 MB in all/);
  });

  it('refuses holes and accessors in the array', () => {
    // eslint-disable-next-line no-sparse-arrays -- a hole is the hostile input
    expect(errorOf(v({ items: [item('a'), , item('b')] }))).toMatch(/\[1\] is missing/);
    const items: unknown[] = [];
    Object.defineProperty(items, 0, { get: () => item('a'), enumerable: true });
    expect(errorOf(v({ items }))).toMatch(/missing/);
  });
});

describe('sync:resolve, sync:busy, sync:applied', () => {
  it('reads a conflict choice', () => {
    const v = SYNC_VALIDATORS['sync:resolve'];
    expect(v({ uid: 'a', keep: 'server' })).toEqual({
      ok: true,
      value: { uid: 'a', keep: 'server' },
    });
    expect(errorOf(v({ uid: 'a', keep: 'both' }))).toMatch(/app, server/);
  });

  it('reads a busy span of at most 400 days, in order', () => {
    const v = SYNC_VALIDATORS['sync:busy'];
    expect(v({ from: 0, to: 86_400_000 }).ok).toBe(true);
    expect(errorOf(v({ from: 10, to: 10 }))).toMatch(/after/);
    expect(errorOf(v({ from: 0, to: 401 * 86_400_000 }))).toMatch(/400 days/);
    expect(errorOf(v({ from: 0.5, to: 10 }))).toMatch(/whole/);
  });

  it('reads a bounded list of UIDs', () => {
    const v = SYNC_VALIDATORS['sync:applied'];
    expect(v({ uids: ['a', 'b'] })).toEqual({ ok: true, value: { uids: ['a', 'b'] } });
    expect(errorOf(v({ uids: [1] }))).toMatch(/string/);
    expect(errorOf(v({ uids: 'a' }))).toMatch(/array/);
  });

  it('refuses an argument on argument-less channels', () => {
    for (const channel of ['sync:status', 'sync:disconnect', 'sync:now'] as const) {
      expect(SYNC_VALIDATORS[channel](null).ok).toBe(true);
      expect(SYNC_VALIDATORS[channel]({}).ok).toBe(false);
    }
  });
});
