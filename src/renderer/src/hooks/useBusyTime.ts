/**
 * Busy time from the worker's other calendars (desktop calendar sync), for the shown week and
 * the weeks either side (so the weeks planned ahead read the same list): asked when sync reads
 * any calendar, and again whenever the shell says busy time changed. Empty otherwise, and in the
 * browser version.
 */
import { useEffect, useState } from 'react';
import {
  MAX_BUSY_SOURCE_CHARS,
  type BusyEvent,
  type SyncStatus,
} from '../../../core/bridge/sync-contract';
import { addDays, startOfDay } from '../../../core/time';
import type { CalendarDay, IanaZone } from '../../../core/types';
import type { ShownBusy } from '../features/week/busy-blocks';
import { getBridge } from '../bridge';
import { errorText } from '../format';
import { useLiveSyncStatus } from './useLiveSyncStatus';
import { useStableHandler } from './useStableHandler';

const NONE: readonly ShownBusy[] = [];

/** True when sync is connected and reads at least one calendar as busy time. */
function readsBusy(status: SyncStatus | undefined): boolean {
  if (!status || status.account === null) return false;
  if (status.state === 'unavailable' || status.state === 'disconnected') return false;
  return status.config.busyCalendars.length + status.config.subscriptions.length > 0;
}

/** The name of the calendar (or subscription) an event came from. */
function calendarName(status: SyncStatus, source: string): string {
  return (
    status.calendars.find((c) => c.url === source)?.displayName ??
    status.config.subscriptions.find((s) => s.id === source || s.url === source)?.name ??
    'Another calendar'
  );
}

function shown(status: SyncStatus, events: readonly BusyEvent[]): ShownBusy[] {
  return events
    .filter((e) => e.end > e.start)
    .map((e) => ({
      id: e.id,
      start: e.start,
      end: e.end,
      title: e.title || 'Busy',
      countsAsWork: e.countsAsWork,
      calendar: calendarName(status, e.source),
      allDay: e.allDay,
      uid: e.uid,
      // The import reads it as it would a file; a shell from before busy events carried their
      // data sends none, and more than the shell's own limit is not taken.
      ics: typeof e.ics === 'string' && e.ics.length <= MAX_BUSY_SOURCE_CHARS ? e.ics : null,
    }));
}

/** The busy events around the week starting `weekStart` (empty until read). */
export function useBusyTime(weekStart: CalendarDay, zone: IanaZone): readonly ShownBusy[] {
  const { status } = useLiveSyncStatus();
  const from = startOfDay(addDays(weekStart, -7), zone);
  const to = startOfDay(addDays(weekStart, 14), zone);
  // What the read depends on: the span, the calendars chosen and their work switches; not the
  // progress and counts every status event brings.
  const key =
    status && readsBusy(status) ? JSON.stringify([from, to, status.config, status.calendars]) : '';
  const [read, setRead] = useState<{ key: string; list: readonly ShownBusy[] }>({
    key: '',
    list: NONE,
  });
  const toShown = useStableHandler((list: readonly BusyEvent[]) =>
    status ? shown(status, list) : [],
  );
  useEffect(() => {
    if (key === '') return;
    const sync = getBridge().sync;
    let live = true;
    let asked = 0;
    const ask = () => {
      const mine = ++asked;
      sync.busy({ from, to }).then(
        (list) => {
          // Only the latest answer counts: an older one may arrive after a newer one.
          if (live && mine === asked) setRead({ key, list: toShown(list) });
        },
        (error: unknown) => console.error('Busy time could not be read:', errorText(error)),
      );
    };
    ask();
    const off = sync.onBusyChanged(ask);
    return () => {
      live = false;
      off();
    };
  }, [key, from, to, toShown]);
  // While a new span loads the last list stays: it covers the week next to it, so a step to the
  // next week never plans, for a moment, as if the busy time were not there.
  return key !== '' && read.key !== '' ? read.list : NONE;
}
