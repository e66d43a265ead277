/**
 * The guarded fetch sync hands to tsdav: redirects followed only within the origin, requests to
 * another origin refused before they leave, credentials added, and plain messages for HTTP
 * statuses.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createGuardedFetch,
  isTransient,
  retriesByItself,
  statusError,
  SyncError,
} from '../../../src/main/sync/http';

let server: Server;
let base = '';
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    if (req.url === '/a') return void res.writeHead(302, { location: '/b' }).end();
    if (req.url === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`here: ${req.url}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function guarded(): typeof fetch {
  return createGuardedFetch({
    origin: `${base}/`,
    timeoutMs: 5_000,
    maxBytes: 1024,
    headers: { authorization: 'Basic YW5hOnB3' },
  });
}

describe('createGuardedFetch', () => {
  it('follows a redirect within the origin, with the credentials on every hop', async () => {
    seen.length = 0;
    const res = await guarded()(`${base}/a`);
    expect(await res.text()).toBe('here: /b');
    expect(seen.map((s) => [s.url, s.headers.authorization])).toEqual([
      ['/a', 'Basic YW5hOnB3'],
      ['/b', 'Basic YW5hOnB3'],
    ]);
  });

  it('never sends a request (nor the password) to another origin', async () => {
    seen.length = 0;
    await expect(guarded()('http://localhost:1/steal')).rejects.toThrow(/another address/);
    await expect(guarded()(`${base.replace('127.0.0.1', 'localhost')}/b`)).rejects.toThrow(
      /another address/,
    );
    expect(seen).toEqual([]);
  });

  it('stops a redirect loop', async () => {
    await expect(guarded()(`${base}/loop`)).rejects.toThrow(/redirected too often/);
  });

  it('names HTTP failures plainly and knows which are worth retrying', () => {
    expect(statusError(401, 'x').message).toMatch(/user name or app password/);
    expect(statusError(403, 'save events').message).toMatch(
      /does not allow this account to save events/,
    );
    expect(statusError(404, 'x').kind).toBe('gone');
    expect(statusError(507, 'x').message).toMatch(/server is full/);
    expect(retriesByItself(statusError(507, 'x'))).toBe(true);
    expect(isTransient(statusError(507, 'x'))).toBe(false);
    expect(retriesByItself(statusError(503, 'x'))).toBe(true);
    expect(retriesByItself(statusError(401, 'x'))).toBe(false);
    expect(retriesByItself(statusError(404, 'x'))).toBe(false);
    expect(isTransient(statusError(503, 'x'))).toBe(true);
    expect(isTransient(statusError(401, 'x'))).toBe(false);
    expect(isTransient(new SyncError('timeout', 'slow'))).toBe(true);
  });
});
