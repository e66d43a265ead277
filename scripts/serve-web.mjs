// Serves the built renderer (out/renderer) on 127.0.0.1 so the planner runs in any browser.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWebServer } from './web-server.mjs';

const root = resolve(fileURLToPath(new URL('../out/renderer', import.meta.url)));
// With --bench (the perf spec's server only), /bench/ also serves the benchmark peers built into
// out-bench/ (never part of the app).
const benchRoot = process.argv.includes('--bench')
  ? resolve(fileURLToPath(new URL('../out-bench', import.meta.url)))
  : null;
const port = Number(process.env.PORT ?? 5174);
const host = '127.0.0.1';

try {
  statSync(join(root, 'index.html'));
} catch {
  console.error(
    'out/renderer/index.html is missing: run `npm run build` first (or use `npm run web`).',
  );
  process.exit(1);
}

createWebServer({ root, benchRoot, port }).listen(port, host, () => {
  console.log(`Hybrid Planner is running at http://${host}:${port}/ (Ctrl+C to stop)`);
});
