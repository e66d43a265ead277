// Runs the unit suite once per host time zone: results must not depend on the machine's zone.
import { spawnSync } from 'node:child_process';

const zones = ['UTC', 'America/Los_Angeles', 'Asia/Kathmandu'];
const extra = process.argv.slice(2);
// The tests against a real CalDAV server (tests/unit/sync-server) start Radicale and take
// seconds; what they check (requests, ETags, recovery) does not depend on the host zone, and the
// core's zone-dependent sync code is covered in every pass by tests/unit/core/sync. So they run
// in the first pass only.
const SERVER_TESTS = ['--exclude', 'tests/unit/sync-server/**'];
for (const [i, tz] of zones.entries()) {
  console.log(`\n=== unit tests with TZ=${tz} ===`);
  const args = ['vitest', 'run', ...(i === 0 ? [] : SERVER_TESTS), ...extra];
  const run = spawnSync('npx', args, {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (run.status !== 0) {
    console.error(`unit tests failed with TZ=${tz}`);
    process.exit(run.status ?? 1);
  }
}
