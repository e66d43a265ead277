/**
 * The engine's status as the window sees it, built from the stored state and what the engine
 * is doing now; and the count of changes waiting, which needs a planner run and is memoised
 * because a status goes out several times per sync while the state rarely changes.
 */
import type { BusyProblem, SyncStatus } from '../../core/bridge/sync-contract';
import { planSync } from '../../core/sync/planner';
import { summaryOf } from '../../core/sync/sync-state';
import { hrefKey } from './caldav';
import { isTransient, type SyncError } from './http';
import type { StoredSync } from './sync-store';

/** What the engine is doing, beside its stored state. */
export type LiveState = {
  running: boolean;
  error: SyncError | null;
  progress: { done: number; total: number } | null;
  nextRetryAt: number | null;
  pending: number;
  busyProblems: BusyProblem[];
};

/** The collection path of a calendar URL, with a trailing '/', as the planner keys it. */
export function collectionPathOf(calendarUrl: string): string {
  return hrefKey(calendarUrl, calendarUrl).replace(/\/?$/, '/');
}

/** A counter of the requests a sync would send now, memoised on the state it reads. */
export function createPendingCounter(): (
  state: StoredSync,
  hashes: ReadonlyMap<string, string>,
) => number {
  let memo: { key: unknown[]; count: number } | null = null;
  return (state, hashes) => {
    if (!state.config.publishTo || state.desired === null) return 0;
    const { desired, records, listing, since } = state;
    const key = [desired, records, listing, state.config.publishTo, hashes, since];
    if (memo && memo.key.every((k, i) => k === key[i])) return memo.count;
    const plan = planSync({
      desired,
      records,
      listing: new Map(Object.entries(listing.etags)),
      data: new Map(),
      collectionPath: collectionPathOf(state.config.publishTo),
      hashes,
      since,
    });
    memo = { key, count: plan.actions.length };
    return memo.count;
  };
}

/** The status for the window. */
export function buildStatus(state: StoredSync, live: LiveState): SyncStatus {
  const conflicts = state.records.flatMap((r) => {
    if (!r.conflict || r.conflict.choice !== null) return [];
    const app = state.desired?.find((d) => d.uid === r.uid)?.ics ?? null;
    const summary = summaryOf(app) || summaryOf(r.conflict.ics) || r.uid;
    return [{ uid: r.uid, kind: r.kind, summary, app, server: r.conflict.ics }];
  });
  const error = live.error;
  return {
    state: !state.account
      ? 'disconnected'
      : live.running
        ? 'syncing'
        : error
          ? isTransient(error)
            ? 'offline'
            : 'error'
          : 'idle',
    account: state.account,
    calendars: state.calendars.map(({ url, displayName, color, writable }) => ({
      url,
      displayName,
      color,
      writable,
    })),
    config: state.config,
    lastSync: state.lastSync,
    progress: live.progress,
    error: error?.message ?? null,
    pending: live.pending,
    conflicts,
    nextRetryAt: live.nextRetryAt,
    busyProblems: live.busyProblems,
  };
}
