// The static server behind `npm run web` and the e2e tests: the built renderer on 127.0.0.1,
// with the same strict Content-Security-Policy the desktop window uses. Static files only.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** The window's policy: no inline script or style, no network beyond the page's own origin. */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'";
// FullCalendar, the benchmark peer, injects its own <style> element.
const BENCH_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/** Sent with every response, errors included. */
function securityHeaders(bench) {
  return {
    'Content-Security-Policy': bench ? BENCH_CSP : CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/**
 * A server for `root` (and, when `benchRoot` is given, the benchmark peers under /bench/). Only
 * requests addressed to 127.0.0.1 or localhost on `port` are answered: another Host header is a
 * page elsewhere reaching this one through DNS rebinding. A file is opened before it is
 * described, so one removed by a rebuild mid-request is a 404, never a crash.
 */
export function createWebServer({ root, benchRoot = null, port }) {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return createServer((req, res) => {
    const answer = (status, text, bench = false) =>
      res.writeHead(status, { ...securityHeaders(bench), 'Content-Type': 'text/plain' }).end(text);
    if (!hosts.has(req.headers.host ?? '')) return answer(421, 'Misdirected request');
    if (req.method !== 'GET' && req.method !== 'HEAD') return answer(405, 'Method not allowed');
    let path;
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      path = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    } catch {
      return answer(400, 'Bad request');
    }
    const bench = benchRoot !== null && path.startsWith('/bench/');
    const base = bench ? benchRoot : root;
    const file = normalize(join(base, bench ? path.slice('/bench'.length) : path));
    // Never serve anything outside the build folder.
    if (file !== base && !file.startsWith(base + sep)) return answer(403, 'Forbidden', bench);
    void send(file, path, bench, req, res).catch(() => {
      if (!res.headersSent) answer(404, 'Not found', bench);
      else res.destroy();
    });
  });
}

async function send(file, path, bench, req, res) {
  // Non-blocking, so a FIFO put in the folder cannot hold the request open.
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error('not a file');
    // Hashed build assets never change under the same name: let the browser keep them (and its
    // compiled code cache) for good. Pages are revalidated by their modification time.
    const hashed = path.startsWith('/assets/');
    const lastModified = stats.mtime.toUTCString();
    const headers = {
      ...securityHeaders(bench),
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Last-Modified': lastModified,
    };
    if (req.headers['if-modified-since'] === lastModified) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': stats.size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const body = await handle.readFile();
    res.end(body);
  } finally {
    await handle.close();
  }
}
