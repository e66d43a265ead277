// Runs the unit suite once per host time zone: results must not depend on the machine's zone.
import { spawnSync } from 'node:child_process';

const zones = ['UTC', 'America/Los_Angeles', 'Asia/Kathmandu'];
const extra = process.argv.slice(2);
for (const tz of zones) {
  console.log(`\n=== unit tests with TZ=${tz} ===`);
  const run = spawnSync('npx', ['vitest', 'run', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (run.status !== 0) {
    console.error(`unit tests failed with TZ=${tz}`);
    process.exit(run.status ?? 1);
  }
}
