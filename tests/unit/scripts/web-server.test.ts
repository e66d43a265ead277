import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CSP, createWebServer } from '../../../scripts/web-server.mjs';

let root: string;
let server: Server;
let port: number;

/** Starts a server on a free port (its Host check needs the port, so it is chosen first). */
async function start(): Promise<void> {
  const probe = createWebServer({ root, port: 0 });
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  port = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  server = createWebServer({ root, port });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
}

type Reply = { status: number; headers: Record<string, unknown>; body: string };

function get(path: string, host = `127.0.0.1:${port}`): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'planner-web-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
  mkdirSync(join(root, 'assets'));
  await start();
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe('the web server', () => {
  it('serves the page with the strict policy: no inline styles', async () => {
    const reply = await get('/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<title>x</title>');
    expect(reply.headers['content-security-policy']).toBe(CSP);
    expect(CSP).toContain("style-src 'self';");
    expect(CSP).not.toContain('unsafe-inline');
  });

  it.each([
    ['/missing.js', 404],
    ['/assets', 404],
    ['/%E0%A4%A', 400],
    ['/%2e%2e%2fpackage.json', 403],
  ])('answers %s with %i and the security headers', async (path, status) => {
    const reply = await get(path);
    expect(reply.status).toBe(status);
    expect(reply.headers['content-security-policy']).toBe(CSP);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a request addressed to another host (DNS rebinding)', async () => {
    const reply = await get('/', 'attacker.example');
    expect(reply.status).toBe(421);
    expect(reply.headers['content-security-policy']).toBe(CSP);
    expect((await get('/', `localhost:${port}`)).status).toBe(200);
  });

  it('answers a FIFO with 404 at once and keeps serving', async () => {
    execFileSync('mkfifo', [join(root, 'pipe.js')]);
    expect((await get('/pipe.js')).status).toBe(404);
    expect((await get('/')).status).toBe(200);
  });

  it('survives files removed while they are requested', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `assets/a${i}.js`);
    for (const name of names) writeFileSync(join(root, name), 'x'.repeat(100_000));
    const replies = names.map((name) => get(`/${name}`));
    for (const name of names) rmSync(join(root, name));
    for (const reply of await Promise.all(replies)) expect([200, 404]).toContain(reply.status);
    expect((await get('/')).status).toBe(200);
  });
});
