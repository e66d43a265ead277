/**
 * A year of the heavy profile as an export input (ics-export-year-heavy, and the CalDAV
 * benchmarks' first publish): its commitments, a year of one-offs, and two accepted sessions a
 * working day.
 */
import type { IcsExportInput } from '../../src/core/ics';
import { addDays, HOUR, MINUTE, toInstant } from '../../src/core/time';
import type { MicrotaskSession } from '../../src/core/types';
import { heavyProfile } from './heavy-profile';

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
