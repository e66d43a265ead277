/**
 * Benchmark `ics-export-year-heavy`: a year of the heavy profile (25 clients, 150 weekly
 * commitments, 6 platforms, a year of one-off items, plus two accepted sessions a working day)
 * exported with every content option on. Budget: 50 ms median. Run by scripts/bench.mjs, which
 * collects the results each bench file adds to BENCH_OUT.
 */
import { it } from 'vitest';
import { parseIcs, toIcs } from '../../src/core/ics';
import { corpusFile } from '../unit/fixtures/ics/corpus';
import { measure, record } from './bench-results';
import { icsYearHeavyInput } from './year-heavy';

const NAME = 'ics-export-year-heavy';
const BUDGET_MS = 50;
/** `ics-import-google-677`: Google's 677-event export parsed and previewed; budget 50 ms. */
const IMPORT_NAME = 'ics-import-google-677';
const IMPORT_BUDGET_MS = 50;

it(`${NAME} (budget ${BUDGET_MS} ms)`, () => {
  const input = icsYearHeavyInput();
  const text = toIcs(input);
  console.log(
    `${NAME}: ${(text.match(/^BEGIN:VEVENT\r$/gm) ?? []).length} events, ${(text.length / 1024).toFixed(0)} KiB`,
  );
  record([measure(NAME, BUDGET_MS, () => toIcs(input), 1000, 5)]);
}, 120_000);

it(`${IMPORT_NAME} (budget ${IMPORT_BUDGET_MS} ms)`, () => {
  const text = corpusFile('google_meet_only_modifications.ics');
  const preview = (): unknown =>
    parseIcs(text, { homeZone: 'Europe/London', fileName: 'google.ics' });
  const first = parseIcs(text, { homeZone: 'Europe/London' });
  console.log(`${IMPORT_NAME}: ${first.ok ? first.preview.events.length : 0} events previewed`);
  record([measure(IMPORT_NAME, IMPORT_BUDGET_MS, preview, 1000, 5)]);
}, 120_000);
