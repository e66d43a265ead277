import { defineConfig } from 'vitest/config';

// Benchmarks only: a single fork so timings are not disturbed by parallel files.
export default defineConfig({
  test: {
    include: ['tests/bench/**/*.bench-run.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
