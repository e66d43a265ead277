// Serves the built renderer (out/renderer) on 127.0.0.1 so the planner runs in any browser.
// Static files only, with the same strict Content-Security-Policy the desktop window uses.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../out/renderer', import.meta.url)));
// With --bench (the perf spec's server only), /bench/ also serves the benchmark peers built into
// out-bench/ (never part of the app). FullCalendar injects its own <style> element, so those
// pages get inline styles; the app's pages keep the strict policy.
const benchRoot = process.argv.includes('--bench')
  ? resolve(fileURLToPath(new URL('../out-bench', import.meta.url)))
  : null;
const port = Number(process.env.PORT ?? 5174);
const host = '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'";
const BENCH_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

try {
  statSync(join(root, 'index.html'));
} catch {
  console.error(
    'out/renderer/index.html is missing: run `npm run build` first (or use `npm run web`).',
  );
  process.exit(1);
}

const server = createServer((req, res) => {
  let path;
  try {
    const url = new URL(req.url ?? '/', `http://${host}`);
    path = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
    return;
  }
  const bench = benchRoot !== null && path.startsWith('/bench/');
  const base = bench ? benchRoot : root;
  const file = normalize(join(base, bench ? path.slice('/bench'.length) : path));
  // Never serve anything outside the build folder.
  if (file !== base && !file.startsWith(base + sep)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  let stats;
  try {
    stats = statSync(file);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  if (!stats.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  // Hashed build assets never change under the same name: let the browser keep them (and its
  // compiled code cache) for good. Pages are revalidated by their modification time.
  const hashed = path.startsWith('/assets/');
  const lastModified = stats.mtime.toUTCString();
  const headers = {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': bench ? BENCH_CSP : CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'Last-Modified': lastModified,
  };
  if (req.headers['if-modified-since'] === lastModified) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': stats.size });
  createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Hybrid Planner is running at http://${host}:${port}/ (Ctrl+C to stop)`);
});
