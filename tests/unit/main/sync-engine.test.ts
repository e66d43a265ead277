/**
 * The engine's timing, with fake timers and a network that is down: publish requests coalesce
 * behind the debounce into one sync, failures back off (5 s, 10 s, 20 s…) with the next retry
 * in the status, and a sync never runs without an account or before the window published.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { PublishedItem } from '../../../src/core/bridge/sync-contract';
import { createAccountStore } from '../../../src/main/sync/account-store';
import { DEBOUNCE_MS } from '../../../src/main/sync/engine';
import { safeStorage } from './fake-electron';
import { engineOn, saveConnected, useEngineFolder } from './sync-unit-fixture';

vi.mock('electron', () => import('./fake-electron'));

const CAL = 'http://127.0.0.1:9/ana/cal/';
const item = (uid: string): PublishedItem => ({
  uid,
  kind: 'session',
  ics: `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:${uid}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
  end: null,
});

const folder = useEngineFolder('sync-engine-unit-');

async function connectedEngine() {
  const dir = folder();
  await saveConnected(dir, 'http://127.0.0.1:9/', {
    config: { publishTo: CAL, busyCalendars: [], subscriptions: [] },
  });
  const calls: string[] = [];
  const { engine, statuses } = engineOn(dir, {
    fetchImpl: async (input) => {
      calls.push(String(input));
      throw new TypeError('fetch failed');
    },
  });
  return { engine, calls, statuses };
}

describe('sync engine timing', () => {
  it('coalesces publish requests into one sync after the debounce', async () => {
    const { engine, calls } = await connectedEngine();
    await engine.publish({ items: [item('a')] });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS / 2);
    await engine.publish({ items: [item('a'), item('b')] });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS / 2);
    await engine.publish({ items: [item('a'), item('b'), item('c')] });
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(calls).toHaveLength(1);
    expect(engine.status()).toMatchObject({ state: 'offline', pending: 3 });
    engine.dispose();
  });

  it('backs off 5 s, 10 s, 20 s while the server is down, and says when it retries', async () => {
    const { engine, calls } = await connectedEngine();
    await engine.publish({ items: [item('a')] });
    await engine.syncNow();
    expect(calls).toHaveLength(1);
    const t0 = Date.now();
    expect(engine.status()).toMatchObject({
      state: 'offline',
      error: 'The server 127.0.0.1:9 cannot be reached.',
      nextRetryAt: t0 + 5_000,
    });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    expect(engine.status().nextRetryAt).toBe(t0 + 5_000 + 10_000);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(3);
    expect(engine.status().nextRetryAt).toBe(t0 + 15_000 + 20_000);
    engine.dispose();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(3);
  });

  it('sends nothing before the window published, nor without a stored password', async () => {
    const { engine, calls } = await connectedEngine();
    await engine.syncNow();
    expect(calls).toEqual([]);
    await createAccountStore(join(folder(), 'sync-secret.bin')).remove();
    await engine.publish({ items: [item('a')] });
    const status = await engine.syncNow();
    expect(calls).toEqual([]);
    expect(status).toMatchObject({ state: 'error', error: expect.stringMatching(/Connect again/) });
    engine.dispose();
  });

  it('refuses to store a password where the system has no keyring', async () => {
    safeStorage.available = false;
    const store = createAccountStore(join(folder(), 'sync-secret.bin'));
    await expect(store.save('pw')).rejects.toThrow(/no secure password storage/);
    expect(store.load()).toBeNull();
    safeStorage.available = true;
  });
});
