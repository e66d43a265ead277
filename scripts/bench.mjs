// Runs the planner benchmarks (tests/bench) and merges their medians into bench-results.json,
// keeping entries other benchmarks wrote there. Prints each median against its budget.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const resultsFile = 'bench-results.json';
const dir = mkdtempSync(join(tmpdir(), 'planner-bench-'));
const out = join(dir, 'results.json');

const run = spawnSync('npx', ['vitest', 'run', '--config', 'tests/bench/vitest.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_OUT: out },
});
if (run.status !== 0 || !existsSync(out)) {
  console.error('benchmarks failed');
  process.exit(run.status ?? 1);
}
const fresh = JSON.parse(readFileSync(out, 'utf8'));
rmSync(dir, { recursive: true, force: true });

let existing = [];
if (existsSync(resultsFile)) {
  try {
    const parsed = JSON.parse(readFileSync(resultsFile, 'utf8'));
    if (Array.isArray(parsed)) existing = parsed;
  } catch {
    console.warn(`${resultsFile} was not valid JSON; starting a new one`);
  }
}
const names = new Set(fresh.map((r) => r.name));
const merged = [
  ...existing.filter((e) => !names.has(e?.name)),
  ...fresh.map(({ name, median_ms }) => ({ name, median_ms })),
];
writeFileSync(resultsFile, `${JSON.stringify(merged, null, 2)}\n`);

let over = 0;
for (const r of fresh) {
  const ok = r.median_ms <= r.budget_ms;
  if (!ok) over++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${r.name.padEnd(28)} median ${r.median_ms} ms (budget ${r.budget_ms} ms, ${r.samples} samples)`,
  );
}
process.exit(over > 0 ? 1 : 0);
