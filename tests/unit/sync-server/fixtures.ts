/** Plans and engines for the sync tests against Radicale. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  IncomingChange,
  PublishedItem,
  SyncStatus,
} from '../../../src/core/bridge/sync-contract';
import { sampleWeek } from '../../../src/core/sample-week';
import { publishedItems } from '../../../src/core/sync/published-items';
import type { Commitment } from '../../../src/core/types';
import { createSyncEngine, type SyncEngine } from '../../../src/main/sync/engine';
import { PASSWORD, USER } from './radicale';

export const NOW = Date.UTC(2026, 2, 1, 12, 0);
/** The sample week the sync tests publish; its items leave out what ended before SINCE. */
export const week = sampleWeek({ weekStart: '2026-03-02', now: NOW });
export const SINCE = Date.UTC(2026, 2, 1);

/** The sample week's items, with some commitments retitled (an edit in the app). */
export function planItems(
  titles: Record<string, string> = {},
  drop: string[] = [],
  since = SINCE,
): PublishedItem[] {
  const commitments: Commitment[] = week.commitments
    .filter((c) => !drop.includes(c.id))
    .map((c) => (titles[c.id] ? { ...c, title: titles[c.id] ?? c.title, updatedAt: NOW + 1 } : c));
  return publishedItems({
    commitments,
    clients: week.clients,
    sessions: week.sessions,
    platforms: week.platforms,
    timeOff: [],
    homeZone: week.settings.homeZone,
    defaultReminderLeadMin: 10,
    now: NOW,
    since,
    alarms: false,
  });
}

export const COMMITMENT_IDS = week.commitments.map((c) => c.id);

type HarnessOptions = { timeoutMs?: number; debounceMs?: number; now?: () => number };

export type Harness = {
  engine: SyncEngine;
  dir: string;
  incoming: IncomingChange[];
  statuses: SyncStatus[];
  /** Requests the engine sent, by method. */
  requests: string[];
  /** A new engine on the same folder (an app restart), with other options if given. */
  reopen(options?: HarnessOptions): Harness;
  dispose(): Promise<void>;
};

/** An engine over a fresh userData folder, counting its requests. */
export async function harness(options: HarnessOptions & { dir?: string } = {}): Promise<Harness> {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'sync-engine-')));
  const make = (opts: HarnessOptions): Harness => {
    const incoming: IncomingChange[] = [];
    const statuses: SyncStatus[] = [];
    const requests: string[] = [];
    const engine = createSyncEngine({
      dir,
      now: opts.now ?? (() => Date.now()),
      emitStatus: (s) => statuses.push(s),
      emitIncoming: (c) => incoming.push(...c),
      emitBusyChanged: () => undefined,
      // Tests call syncNow; the debounce would only fire after the test.
      debounceMs: opts.debounceMs ?? 3_600_000,
      timeoutMs: opts.timeoutMs ?? 10_000,
      fetchImpl: (input, init) => {
        requests.push(init?.method ?? 'GET');
        return fetch(input, init);
      },
    });
    return {
      engine,
      dir,
      incoming,
      statuses,
      requests,
      reopen(next) {
        engine.dispose();
        return make({ ...opts, ...next });
      },
      async dispose() {
        engine.dispose();
        await rm(dir, { recursive: true, force: true });
      },
    };
  };
  return make(options);
}

/** Connects as ana and publishes to a new calendar. */
export async function connected(h: Harness, serverUrl: string): Promise<string> {
  const result = await h.engine.connect({ serverUrl, username: USER, password: PASSWORD });
  if (!result.ok) throw new Error(result.error);
  const status = await h.engine.configure({
    publishTo: { create: 'Hybrid Planner' },
    busyCalendars: [],
    subscriptions: [],
  });
  if (!status.config.publishTo) throw new Error(status.error ?? 'no calendar');
  return status.config.publishTo;
}
