/** The automatic daily backup on the desktop, run from the planner once a day per window. */
import { useEffect } from 'react';
import { dayOf } from '../../../../core/time';
import { getBridge } from '../../bridge';
import { maybeWriteDailyBackup } from '../../db/backup-io';
import { db } from '../../db/instance';

// Days already tried by this window: a failing disk is not retried every time `now` ticks.
const attempted = new Set<string>();

/**
 * Writes today's automatic backup (desktop only) when the home-zone day begins or the app starts
 * (once `enabled`).
 */
export function useDailyBackup(now: number, zone: string, enabled = true): void {
  const day = dayOf(now, zone);
  useEffect(() => {
    if (!enabled || attempted.has(day)) return;
    attempted.add(day);
    maybeWriteDailyBackup(db, getBridge(), now, zone).catch((error: unknown) => {
      // A missed daily copy must never disturb planning; the next day tries again.
      console.warn('The automatic daily backup failed:', error);
    });
  }, [day, now, zone, enabled]);
}
