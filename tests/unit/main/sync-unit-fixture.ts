/**
 * What the engine's unit tests share: a fresh userData folder per test with the clock and
 * timers faked at a fixed instant, and a saved connected state (account and stored password)
 * for a new engine to read.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import type { SyncStatus } from '../../../src/core/bridge/sync-contract';
import { createAccountStore } from '../../../src/main/sync/account-store';
import { createSyncEngine, type SyncEngineDeps } from '../../../src/main/sync/engine';
import { createSyncWriter, emptySync, type StoredSync } from '../../../src/main/sync/sync-store';

/** Registers the per-test folder and fake timers; the folder of the running test. */
export function useEngineFolder(prefix: string): () => string {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    vi.useFakeTimers({
      now: Date.UTC(2026, 2, 2, 9),
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
  });
  afterEach(async () => {
    vi.useRealTimers();
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}

/** Saves a connected account as ana on `serverUrl`, with the rest of the state given. */
export async function saveConnected(
  dir: string,
  serverUrl: string,
  patch: Partial<StoredSync>,
): Promise<void> {
  await createAccountStore(join(dir, 'sync-secret.bin')).save('pw');
  await createSyncWriter(join(dir, 'sync-state.json'))({
    ...emptySync(),
    account: { serverUrl, username: 'ana' },
    ...patch,
  });
}

/** An engine on `dir` on the faked clock, keeping every status it sends. */
export function engineOn(dir: string, deps: Partial<SyncEngineDeps>) {
  const statuses: SyncStatus[] = [];
  const engine = createSyncEngine({
    dir,
    now: () => Date.now(),
    emitStatus: (s) => statuses.push(s),
    emitIncoming: () => undefined,
    emitBusyChanged: () => undefined,
    ...deps,
  });
  return { engine, statuses };
}
