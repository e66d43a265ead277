/**
 * Benchmark `ics-export-year-heavy`: a year of the heavy profile (25 clients, 150 weekly
 * commitments, 6 platforms, a year of one-off items, plus two accepted sessions a working day)
 * exported with every content option on. Budget: 50 ms median. Run by scripts/bench.mjs, which
 * collects the results each bench file adds to BENCH_OUT.
 */
import { it } from 'vitest';
import { parseIcs, toIcs } from '../../src/core/ics';
import type { IcsExportInput } from '../../src/core/ics';
import { addDays, HOUR, MINUTE, toInstant } from '../../src/core/time';
import type { MicrotaskSession } from '../../src/core/types';
import { corpusFile } from '../unit/fixtures/ics/corpus';
import { measure, record } from './bench-results';
import { heavyProfile } from './heavy-profile';

const NAME = 'ics-export-year-heavy';
const BUDGET_MS = 50;
/** `ics-import-google-677`: Google's 677-event export parsed and previewed; budget 50 ms. */
const IMPORT_NAME = 'ics-import-google-677';
const IMPORT_BUDGET_MS = 50;

/** Two sessions on each working day of the year, alternating platforms, in the home zone. */
function yearOfSessions(
  platformIds: string[],
  yearStart: string,
  zone: string,
): MicrotaskSession[] {
  const out: MicrotaskSession[] = [];
  for (let d = 0; d < 364; d++) {
    if (d % 7 >= 5) continue;
    const day = addDays(yearStart, d);
    for (const [k, time] of (['13:00', '19:30'] as const).entries()) {
      const start = toInstant(day, time, zone);
      out.push({
        id: `session-${d}-${k}`,
        platformId: platformIds[(d + k) % platformIds.length] ?? 'mturk',
        start,
        end: start + HOUR + 15 * MINUTE,
        locked: false,
        status: 'planned',
        actualEarnings: null,
        actualMin: null,
        note: k === 0 ? 'Surveys; long batch, then short HITs' : '',
        createdAt: Date.UTC(2026, 0, 1),
        updatedAt: Date.UTC(2026, 0, 1),
      });
    }
  }
  return out;
}

/** The export input of the benchmark: the whole of 2026 in the worker's zone. */
export function icsYearHeavyInput(): IcsExportInput {
  const profile = heavyProfile();
  const zone = profile.settings.homeZone;
  const yearStart = '2026-01-05';
  return {
    calendarName: 'Hybrid Planner — heavy profile',
    range: {
      kind: 'span',
      start: toInstant(yearStart, '00:00', zone),
      end: toInstant(addDays(yearStart, 364), '00:00', zone),
    },
    content: { commitments: true, sessions: true, availability: true, alarms: true },
    commitments: profile.commitments,
    clients: profile.clients,
    sessions: yearOfSessions(
      profile.platforms.map((p) => p.id),
      yearStart,
      zone,
    ),
    platforms: profile.platforms,
    defaultReminderLeadMin: profile.settings.defaultReminderLeadMin,
    now: Date.UTC(2026, 0, 1),
  };
}

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
