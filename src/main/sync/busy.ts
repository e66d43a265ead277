/** Busy time from the worker's other calendars (placeholder until the reader lands). */
import type { BusyEvent, BusyRequest } from '../../core/bridge/sync-contract';
import type { DavConnection } from './caldav';
import type { StoredSync } from './sync-store';

export type BusyDeps = {
  state: () => StoredSync;
  connection: () => DavConnection | null;
  fetchImpl?: typeof fetch;
};

/** The busy events of the picked calendars and subscriptions in a span. */
export async function readBusy(_deps: BusyDeps, _request: BusyRequest): Promise<BusyEvent[]> {
  return [];
}
