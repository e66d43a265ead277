/**
 * Timing and recording for the bench files: a median after a warm-up, and BENCH_OUT (read by
 * scripts/bench.mjs) updated without dropping what other bench files wrote there.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export type Result = { name: string; median_ms: number; budget_ms: number; samples: number };

/**
 * Median of per-call times over at least `minMs` (and 20 calls), after a warm-up of `warmCalls`
 * calls and at least 300 ms, by when the JIT has settled (as tinybench does).
 */
export function measure(
  name: string,
  budget: number,
  fn: () => unknown,
  minMs = 1000,
  warmCalls = 50,
): Result {
  const warm = performance.now() + 300;
  for (let i = 0; i < warmCalls || performance.now() < warm; i++) fn();
  const times: number[] = [];
  const until = performance.now() + minMs;
  while (times.length < 20 || performance.now() < until) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  return {
    name,
    median_ms: Math.round(median * 1000) / 1000,
    budget_ms: budget,
    samples: times.length,
  };
}

/** Adds `results` to BENCH_OUT (or prints them when it is not set). */
export function record(results: readonly Result[]): void {
  const out = process.env.BENCH_OUT;
  if (!out) {
    console.table(results);
    return;
  }
  let previous: unknown = [];
  if (existsSync(out)) {
    try {
      previous = JSON.parse(readFileSync(out, 'utf8'));
    } catch {
      previous = [];
    }
  }
  const names = new Set(results.map((r) => r.name));
  const kept = Array.isArray(previous)
    ? previous.filter(
        (r: unknown) =>
          !(typeof r === 'object' && r !== null && 'name' in r && names.has(String(r.name))),
      )
    : [];
  writeFileSync(out, JSON.stringify([...kept, ...results]));
}
