/**
 * The sync state file and the app's own calendar: a file written before bulk publishing (no
 * `ownCalendar`) still reads, with nothing taken as the app's own; a saved one survives a
 * restart; anything but a URL string is not trusted.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSyncWriter, emptySync, readSync } from '../../../src/main/sync/sync-store';

const CAL = 'http://127.0.0.1:5232/ana/hybrid-planner-0123456789ab/';
let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sync-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

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
