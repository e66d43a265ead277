/** How main reaches one CalDAV account: its server and a guarded fetch carrying its credentials. */
import type { DavConnection } from './caldav';
import { createGuardedFetch } from './http';

/** Largest answer accepted from a server or a subscription. */
export const MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

/** A connection whose every request carries HTTP Basic credentials and the guard's limits. */
export function davConnection(options: {
  serverUrl: string;
  username: string;
  password: string;
  timeoutMs: number;
  maxBytes: number;
  fetchImpl?: typeof fetch;
}): DavConnection {
  const token = Buffer.from(`${options.username}:${options.password}`, 'utf8').toString('base64');
  const guarded = createGuardedFetch({
    origin: options.serverUrl,
    timeoutMs: options.timeoutMs,
    maxBytes: options.maxBytes,
    headers: { authorization: `Basic ${token}` },
    fetchImpl: options.fetchImpl,
  });
  return { serverUrl: options.serverUrl, fetch: guarded };
}
