/**
 * Keeps the published calendar in step with the plan (desktop calendar sync): whenever the
 * plan's data changes and sync is connected with a publish target, the publisher (debounced,
 * coalescing, one at a time, skipping unchanged items) computes the items the ICS export would
 * write and hands the whole set to the shell. Nothing happens in the browser version.
 */
import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../../core/bridge/sync-contract';
import type { publishedItems } from '../../../core/sync/published-items';
import { DAY, addDays, dayOf, startOfDay } from '../../../core/time';
import type { Client, Commitment, Platform, Settings, TimeOff } from '../../../core/types';
import { getBridge } from '../bridge';
import { createPublisher } from '../features/sync/publisher';
import { errorText } from '../format';
import { useSessions } from './useData';
import { useLiveSyncStatus } from './useLiveSyncStatus';

/** Quiet time before a change is published, and the longest a stream of changes waits. */
const PUBLISH_DELAY_MS = 1500;
const PUBLISH_MAX_WAIT_MS = 5000;

/** Days of the past kept on the server: older records are not sent again. */
const KEPT_PAST_DAYS = 30;

/** Sessions this far ahead are published (nobody accepts one years ahead). */
const SESSION_HORIZON_MS = 2 * 366 * DAY;

type Input = {
  settings: Settings;
  clients: readonly Client[];
  commitments: readonly Commitment[];
  platforms: readonly Platform[];
  /** The base data's time off (one read for the whole planner). */
  timeOff: readonly TimeOff[];
  now: number;
};

/** Where the plan goes, or null when nothing is to be published now. */
function publishTarget(status: SyncStatus | undefined): string | null {
  if (!status || status.account === null || status.config.publishTo === null) return null;
  if (status.state === 'unavailable' || status.state === 'disconnected') return null;
  return `${status.account.serverUrl}\u0000${status.account.username}\u0000${status.config.publishTo}`;
}

/** Publishes the plan whenever it changes while sync has a publish target. */
export function useSyncPublish({
  settings,
  clients,
  commitments,
  platforms,
  timeOff,
  now,
}: Input): void {
  const { status } = useLiveSyncStatus();
  const target = publishTarget(status);
  // Day-aligned, so the items (and the live read below) change once a day, not every minute.
  const since = startOfDay(
    addDays(dayOf(now, settings.homeZone), -KEPT_PAST_DAYS),
    settings.homeZone,
  );
  // Read only while publishing: the browser version and a disconnected app ask for an empty
  // range, which reads nothing.
  const read = useSessions(
    target === null ? 0 : since,
    target === null ? 0 : since + SESSION_HORIZON_MS,
  );
  // Only the read of this span: an older one would publish as if sessions were deleted.
  const sessions = read && read.from === since ? read.list : undefined;
  const [publisher] = useState(() =>
    createPublisher({
      delayMs: PUBLISH_DELAY_MS,
      maxWaitMs: PUBLISH_MAX_WAIT_MS,
      setTimer: (run, ms) => window.setTimeout(run, ms),
      clearTimer: (handle) => {
        if (typeof handle === 'number') window.clearTimeout(handle);
      },
      now: () => Date.now(),
      send: (request) => getBridge().sync.publish(request),
      onError: (error) => console.error('The plan could not be published:', errorText(error)),
    }),
  );
  useEffect(() => () => publisher.dispose(), [publisher]);
  // Loaded once there is a target: writing events brings the iCalendar code, which the week
  // view does not need to start (nor the browser version at all).
  const [write, setWrite] = useState<{ items: typeof publishedItems } | null>(null);
  useEffect(() => {
    if (target === null || write) return;
    let live = true;
    import('../../../core/sync/published-items').then(
      (m) => {
        if (live) setWrite({ items: m.publishedItems });
      },
      (error: unknown) => console.error('Calendar sync could not load:', errorText(error)),
    );
    return () => {
      live = false;
    };
  }, [target, write]);
  // A new account or target has none of the plan yet: send everything even if unchanged.
  useEffect(() => publisher.reset(), [publisher, target]);
  useEffect(() => {
    if (target === null || !write || !sessions) return;
    // The horizon goes with the items: what ended by it ages out on the server instead of going.
    publisher.update(() => ({
      since,
      items: write.items({
        commitments,
        clients,
        sessions,
        platforms,
        timeOff,
        homeZone: settings.homeZone,
        defaultReminderLeadMin: settings.defaultReminderLeadMin,
        now: since,
        since,
        // The app reminds on its own; alarms on the server would ring a second time.
        alarms: false,
      }),
    }));
  }, [
    publisher,
    target,
    write,
    commitments,
    clients,
    sessions,
    platforms,
    timeOff,
    settings,
    since,
  ]);
}
