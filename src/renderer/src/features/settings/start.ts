/**
 * First-run actions: start empty with default settings, or load the sample week from DOMAIN.md.
 */
import { defaultSettings } from '../../../../core/defaults';
import { sampleWeek } from '../../../../core/sample-week';
import { dayOf, startOfWeek } from '../../../../core/time';
import type { PlannerDb } from '../../db/db';
import { describeWriteError } from '../../db/write-result';
import { saveSettings } from '../../db/repo';

/** Creates the first settings (and the sample data if asked); returns an error message or null. */
export async function startPlanner(
  db: PlannerDb,
  homeZone: string,
  withSample: boolean,
  now: number,
): Promise<string | null> {
  try {
    if (withSample) {
      const weekStart = startOfWeek(dayOf(now, homeZone), 1);
      const sample = sampleWeek({ weekStart, now });
      await db.transaction(
        'rw',
        [db.settings, db.clients, db.commitments, db.platforms, db.sessions],
        async () => {
          await db.clients.bulkPut(sample.clients);
          await db.commitments.bulkPut(sample.commitments);
          await db.platforms.bulkPut(sample.platforms);
          await db.sessions.bulkPut(sample.sessions);
          await db.settings.put({ ...sample.settings, homeZone, onboarded: true, updatedAt: now });
        },
      );
      return null;
    }
    const settings = { ...defaultSettings(homeZone, { updatedAt: now }), onboarded: true };
    const result = await saveSettings(db, settings, now);
    if (result.ok) return null;
    return result.problem?.message ?? Object.values(result.errors).join(' ');
  } catch (error) {
    return describeWriteError(error).message;
  }
}
