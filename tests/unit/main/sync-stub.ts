/** A sync engine that does nothing, for tests of the handler map. */
import { vi } from 'vitest';
import { unavailableSyncStatus } from '../../../src/core/bridge/sync-contract';
import type { SyncEngine } from '../../../src/main/sync/engine';

export function stubSyncEngine(): SyncEngine {
  return {
    status: vi.fn(unavailableSyncStatus),
    connect: vi.fn(async () => ({ ok: false as const, error: 'stub' })),
    disconnect: vi.fn(async () => unavailableSyncStatus()),
    configure: vi.fn(async () => unavailableSyncStatus()),
    publish: vi.fn(async () => ({ pending: 0 })),
    syncNow: vi.fn(async () => unavailableSyncStatus()),
    resolve: vi.fn(async () => unavailableSyncStatus()),
    busy: vi.fn(async () => []),
    applied: vi.fn(async () => undefined),
    resendIncoming: vi.fn(),
    dispose: vi.fn(),
  };
}
