/**
 * The sync state file across versions: a file written before items and records knew when they
 * end still reads (nothing in it ages out), and the horizon of the last publish is kept; a file
 * written before bulk publishing (no `ownCalendar`) reads with nothing taken as the app's own, a
 * saved one survives a restart, and anything but a URL string is not trusted.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSyncWriter, emptySync, readSync } from '../../../src/main/sync/sync-store';

const ICS = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
const record = {
  uid: 'a',
  kind: 'session',
  href: '/ana/cal/a.ics',
  etag: '"1"',
  hash: 'h',
  incoming: null,
  conflict: null,
};

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sync-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the sync state file', () => {
  it('reads a file written before items and records had an end as never ending', async () => {
    const path = join(dir, 'sync-state.json');
    const { since: _since, ...old } = emptySync();
    await writeFile(
      path,
      JSON.stringify({
        ...old,
        desired: [{ uid: 'a', kind: 'session', ics: ICS }],
        records: [record],
      }),
    );
    const state = readSync(path);
    expect(state.desired).toEqual([{ uid: 'a', kind: 'session', ics: ICS, end: null }]);
    expect(state.records).toEqual([{ ...record, end: null }]);
    expect(state.since).toBeNull();
  });

  it('keeps ends and the horizon, and refuses a horizon that is not a number', async () => {
    const path = join(dir, 'sync-state.json');
    const saved = {
      ...emptySync(),
      desired: [{ uid: 'a', kind: 'session' as const, ics: ICS, end: 2_000 }],
      records: [{ ...record, kind: 'session' as const, end: 2_000 }],
      since: 1_000,
    };
    await createSyncWriter(path)(saved);
    expect(readSync(path)).toEqual(saved);
    await writeFile(path, JSON.stringify({ ...saved, since: 'yesterday' }));
    expect(readSync(path)).toEqual(emptySync());
  });
});

const CAL = 'http://127.0.0.1:5232/ana/hybrid-planner-0123456789ab/';

const connected = {
  ...emptySync(),
  account: { serverUrl: 'http://127.0.0.1:5232/', username: 'ana' },
  config: { publishTo: CAL, busyCalendars: [], subscriptions: [] },
};

describe('sync state: the app’s own calendar', () => {
  it('keeps it across a restart', async () => {
    const path = join(dir, 'sync-state.json');
    await createSyncWriter(path)({ ...connected, ownCalendar: CAL });
    expect(readSync(path)).toMatchObject({ ownCalendar: CAL, config: { publishTo: CAL } });
  });

  it('reads a file from before it existed as having none, keeping the rest', async () => {
    const path = join(dir, 'sync-state.json');
    const { ownCalendar: _dropped, ...older } = connected;
    await writeFile(path, JSON.stringify(older));
    expect(readSync(path)).toMatchObject({ ownCalendar: null, account: connected.account });
  });

  it.each([42, { url: CAL }, ['x']])('does not trust %j as one', async (value) => {
    const path = join(dir, 'sync-state.json');
    await writeFile(path, JSON.stringify({ ...connected, ownCalendar: value }));
    expect(readSync(path)).toMatchObject({ ownCalendar: null, account: connected.account });
  });
});

describe('sync state: what is not trusted starts fresh', () => {
  const calendar = { url: CAL, displayName: 'Plan', color: null, writable: true };
  const saved = {
    ...connected,
    calendars: [{ ...calendar, syncCollection: true }],
    records: [{ ...record, kind: 'session' as const, end: null }],
    lastSync: { at: 1, created: 0, updated: 0, deleted: 0, received: 0 },
  };

  it('keeps a well-formed state', async () => {
    const path = join(dir, 'sync-state.json');
    await createSyncWriter(path)(saved);
    expect(readSync(path)).toEqual(saved);
  });

  it.each([
    ['a calendar without its sync-collection flag', { calendars: [calendar] }],
    ['a record of an unknown kind', { records: [{ ...record, end: null, kind: 'note' }] }],
    [
      'a conflict with an unknown choice',
      {
        records: [
          { ...record, end: null, conflict: { etag: null, hash: 'h', ics: null, choice: 'both' } },
        ],
      },
    ],
    ['an incoming edit without its hash', { records: [{ ...record, end: null, incoming: {} }] }],
    [
      'a listing with a non-text etag',
      { listing: { syncToken: null, ctag: null, etags: { a: 1 } } },
    ],
    [
      'a report without its count of received changes',
      { lastSync: { at: 1, created: 0, updated: 0, deleted: 0 } },
    ],
  ])('refuses %s', async (_what, patch) => {
    const path = join(dir, 'sync-state.json');
    await writeFile(path, JSON.stringify({ ...saved, ...patch }));
    expect(readSync(path)).toEqual(emptySync());
  });
});
