/** The result rows bench files write for scripts/bench.mjs. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** One benchmark's median against its budget. */
export type Result = { name: string; median_ms: number; budget_ms: number; samples: number };

/** Adds this file's result to BENCH_OUT without dropping what other bench files wrote there. */
export function record(result: Result): void {
  const out = process.env.BENCH_OUT;
  if (!out) {
    console.table([result]);
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
  const kept = Array.isArray(previous)
    ? previous.filter(
        (r: unknown) =>
          !(typeof r === 'object' && r !== null && 'name' in r && r.name === result.name),
      )
    : [];
  writeFileSync(out, JSON.stringify([...kept, result]));
}
