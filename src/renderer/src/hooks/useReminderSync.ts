/**
 * Keeps the shell's reminder schedule in step with the data: whenever clients, commitments,
 * sessions or settings change (and every few minutes as time passes), the core computes the
 * upcoming reminders and the bridge hands them to the tray (desktop) or in-page timers (web).
 */
import { useEffect } from 'react';
import { activeCommitments } from '../../../core/active-clients';
import { upcomingReminders } from '../../../core/reminders';
import { expandCommitments } from '../../../core/recurrence';
import { todayPlannedMin } from '../../../core/planned-time';
import { HOUR } from '../../../core/time';
import type { WeekInput } from '../../../core/plan-week';
import type { MicrotaskSession } from '../../../core/types';
import { getBridge } from '../bridge';

/** How far ahead reminders are scheduled; the schedule is re-sent long before it runs out. */
const REMINDER_HORIZON_MS = 36 * HOUR;

/** The records the week's plan reads, time off included, with the reminder window's sessions. */
type Input = Required<
  Pick<WeekInput, 'settings' | 'clients' | 'commitments' | 'platforms' | 'timeOff'>
> & {
  sessions: readonly MicrotaskSession[] | undefined;
  now: number;
};

/** Sends the upcoming reminders to the shell whenever the inputs change. */
export function useReminderSync({
  settings,
  clients,
  commitments,
  platforms,
  timeOff,
  sessions,
  now,
}: Input): void {
  // Re-plan at most every five minutes of clock time; data changes re-plan at once.
  const tick = Math.floor(now / (5 * 60_000));
  useEffect(() => {
    if (!sessions) return;
    const at = tick * 5 * 60_000;
    const active = activeCommitments(commitments, clients);
    const range = { start: at - 2 * HOUR, end: at + REMINDER_HORIZON_MS + 2 * HOUR };
    const occurrences = expandCommitments(active, range);
    const reminders = upcomingReminders(
      { settings, clients, platforms, occurrences, sessions, timeOff },
      at,
      REMINDER_HORIZON_MS,
    );
    // The same merged total as the week view's day: overlapping items count once.
    const plannedMin = todayPlannedMin(occurrences, sessions, at, settings.homeZone);
    void getBridge()
      .setReminders({
        generatedAt: at,
        reminders,
        todayPlannedMin: Math.round(plannedMin),
        dailyCapMin: settings.dailyCapMin,
        homeZone: settings.homeZone,
      })
      .catch((error: unknown) => console.error('Reminders could not be scheduled:', error));
  }, [settings, clients, commitments, platforms, sessions, timeOff, tick]);
}
