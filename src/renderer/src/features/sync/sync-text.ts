/**
 * What the sync screens say, as pure functions of the status the shell sends: the last sync in
 * words, the state's label, when the next attempt is due, and each side of a conflict read from
 * its calendar text (title, day and times in the worker's zone).
 */
import type { SyncReport, SyncState, SyncStatus } from '../../../../core/bridge/sync-contract';
import { readPublished } from '../../../../core/sync/apply-incoming';
import type { IanaZone, Instant } from '../../../../core/types';
import { formatLongDay, formatTime } from '../../format';
import { dayOf } from '../../../../core/time';

type Clock = '12h' | '24h';

const STATE_LABELS: Record<SyncState, string> = {
  unavailable: 'Needs the desktop app',
  disconnected: 'Not connected',
  idle: 'Up to date',
  syncing: 'Syncing…',
  offline: 'Server unreachable: changes wait and go out when it is back',
  error: 'Sync stopped',
};

/** The state in a few words. */
export function stateLabel(status: SyncStatus): string {
  if (status.state === 'idle' && status.pending > 0) return 'Changes waiting to be sent';
  // A problem the shell retries by itself (a full server): paused, not stopped.
  if (status.state === 'error' && status.nextRetryAt !== null) {
    return 'Sync paused: changes wait and the app tries again by itself';
  }
  return STATE_LABELS[status.state];
}

function count(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

/** "Created 3 events, updated 1, deleted none, received 2 changes." */
export function reportText(report: SyncReport): string {
  const parts = [
    `created ${count(report.created, 'event', 'events')}`,
    `updated ${report.updated}`,
    `deleted ${report.deleted}`,
    `received ${count(report.received, 'change', 'changes')}`,
  ];
  const sentence = parts.join(', ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** An instant as "Monday 23 November, 10:00" in the worker's zone. */
export function whenText(at: Instant, zone: IanaZone, clock: Clock): string {
  return `${formatLongDay(dayOf(at, zone))}, ${formatTime(at, zone, clock)}`;
}

/** "Next try in 3 min (10:05)", or null when no retry is due. */
export function retryText(
  nextRetryAt: Instant | null,
  now: Instant,
  zone: IanaZone,
  clock: Clock,
): string | null {
  if (nextRetryAt === null) return null;
  const minutes = Math.max(0, Math.ceil((nextRetryAt - now) / 60_000));
  const at = formatTime(nextRetryAt, zone, clock);
  return minutes <= 1 ? `Next try within a minute (${at}).` : `Next try in ${minutes} min (${at}).`;
}

/** What the list of unreadable busy calendars means for the plan. */
export function busyProblemsIntro(count: number): string {
  const which =
    count === 1 ? 'A calendar read as busy time' : `${count} calendars read as busy time`;
  return `${which} could not be read. The busy time read from ${count === 1 ? 'it' : 'them'} before still counts.`;
}

/** One side of a conflict in words. */
export type VersionText =
  { title: string; when: string } | { deleted: true } | { unreadable: string };

/** Reads one side of a conflict (null: deleted on that side) as words in the worker's zone. */
export function versionText(ics: string | null, zone: IanaZone, clock: Clock): VersionText {
  if (ics === null) return { deleted: true };
  // Read as calendar sync reads it, so a session's or time off's version shows too.
  const parsed = readPublished(ics, zone);
  if (!parsed.ok) return { unreadable: parsed.reason };
  const event = parsed.value.events[0];
  if (event) {
    const day = formatLongDay(dayOf(event.start, zone));
    const times = `${formatTime(event.start, zone, clock)}–${formatTime(event.end, zone, clock)}`;
    const repeats = event.recurring ? ', repeating' : '';
    return { title: event.draft.title, when: `${day}, ${times}${repeats}` };
  }
  const off = parsed.value.timeOff[0];
  if (off) {
    const days =
      off.startDate === off.endDate
        ? formatLongDay(off.startDate)
        : `${formatLongDay(off.startDate)} to ${formatLongDay(off.endDate)}`;
    return { title: off.label, when: `${days}, all day` };
  }
  return { unreadable: parsed.value.skipped[0]?.reason ?? 'The event holds nothing to show.' };
}
