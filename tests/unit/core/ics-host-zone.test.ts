/**
 * The export is identical whatever the host's time zone: the suite runs under TZ=UTC,
 * America/Los_Angeles and Asia/Kathmandu (scripts/test-unit.mjs) and each run compares the export
 * with one stored file, so a host-local Date call anywhere in the writer fails in some zone.
 * (Switching process.env.TZ inside the test does not work in vitest's worker threads.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toIcs } from '../../../src/core/ics';
import { offsetMinutes } from '../../../src/core/time';
import { exportInput } from '../fixtures/ics/plan';

const golden = new URL('../fixtures/ics/golden-export.ics', import.meta.url);

describe('host time zone independence', () => {
  it('matches the stored export byte for byte', () => {
    // Guards against a run where TZ was not applied: the host zone is the one asked for.
    const tz = process.env.TZ;
    const probe = Date.UTC(2026, 2, 1);
    if (tz) expect(offsetMinutes(tz, probe) + new Date(probe).getTimezoneOffset()).toBe(0);
    const text = toIcs(exportInput());
    // Regenerate after an intended change of the writer (or of the runtime's zone data) with
    // ICS_GOLDEN=write npx vitest run tests/unit/core/ics-host-zone, then review the diff.
    if (process.env.ICS_GOLDEN === 'write') writeFileSync(golden, text);
    expect(text).toBe(readFileSync(golden, 'utf8'));
    // Exporting again gives the same bytes: DTSTAMP comes from updatedAt, not the clock.
    expect(toIcs(exportInput({ now: Date.UTC(2030, 0, 1) }))).toBe(text);
  });
});
