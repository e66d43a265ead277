/**
 * Busy time from the worker's other calendars as the week grid draws it: grey blocks labelled
 * with the event's title, its calendar and its times, never dragged. Pure, tested with the model.
 */
import type { BusyTime, Instant, Interval } from '../../../../core/types';
import { formatTime } from '../../format';

/**
 * A busy event as the week shows it: with its calendar's name (read by hooks/useBusyTime), its
 * UID and its calendar data (null when the shell sent none), to make it a commitment.
 */
export type ShownBusy = BusyTime & {
  calendar: string;
  allDay: boolean;
  uid: string;
  ics: string | null;
};

/** One busy event on the grid. */
export type GridBusy = {
  id: string;
  start: Instant;
  end: Instant;
  title: string;
  calendar: string;
  /** "10:00–11:00", or "All day". */
  when: string;
  /** The full sentence for assistive technology and the tooltip. */
  description: string;
  uid: string;
  ics: string | null;
};

type Options = { zone: string; clock: '12h' | '24h' };

/** The busy events that touch `range`, as grid blocks. */
export function busyBlocks(
  busy: readonly ShownBusy[],
  range: Interval,
  { zone, clock }: Options,
): GridBusy[] {
  return busy
    .filter((b) => b.end > range.start && b.start < range.end)
    .map((b) => {
      const when = b.allDay
        ? 'All day'
        : `${formatTime(b.start, zone, clock)}–${formatTime(b.end, zone, clock)}`;
      const work = b.countsAsWork ? ', counts as work' : '';
      return {
        id: b.id,
        start: b.start,
        end: b.end,
        title: b.title,
        calendar: b.calendar,
        when,
        description: `Busy: ${b.title} (${b.calendar}${work}), ${when}.`,
        uid: b.uid,
        ics: b.ics,
      };
    });
}
