/**
 * The week view's data: the sessions its plan reads (live, with both neighbours' read ahead),
 * the week's model, and the models of the weeks either side planned once it is painted.
 */
import { useDeferredValue, useState } from 'react';
import { addDays } from '../../../../core/time';
import type {
  CalendarDay,
  Client,
  Commitment,
  MicrotaskSession,
  Platform,
  Settings,
  WorkRecord,
} from '../../../../core/types';
import { useBusyTime } from '../../hooks/useBusyTime';
import { useWeekSessions } from '../../hooks/useData';
import { useDismissedIds } from '../../hooks/useDismissals';
import { useWorkRecords } from '../../hooks/useWorkRecords';
import { sessionsForWeek, type SessionsResult } from '../../hooks/week-range';
import type { WeekModel, WeekModelInput } from './model';
import { useCoveredSessions } from './useCoveredSessions';
import { useWeekModel } from './useWeekModel';

export type WeekDataInput = {
  settings: Settings;
  clients: Client[];
  commitments: Commitment[];
  platforms: Platform[];
  weekStart: CalendarDay;
  now: number;
  hiddenBands: ReadonlySet<string>;
  timeOff: NonNullable<WeekModelInput['timeOff']>;
  /** The read made at start-up, used until the week's own read arrives. */
  startupSessions: SessionsResult | undefined;
};

export type WeekData = {
  /** The shown week's model; while a far week loads, the last week's (null before the first). */
  model: WeekModel | null;
  /** The model the side panel shows: the same, a render later (see below). */
  panelModel: WeekModel | null;
  /** The shown week's sessions, undefined while they load. */
  sessions: MicrotaskSession[] | undefined;
  /** Every work record (the week's plan reads them), undefined while they load. */
  workRecords: WorkRecord[] | undefined;
};

const NONE: ReadonlySet<string> = new Set();

/** The shown week's sessions and models. */
export function useWeekData(input: WeekDataInput): WeekData {
  const { weekStart, settings, startupSessions, ...rest } = input;
  const read = useWeekSessions(weekStart, settings) ?? startupSessions;
  const sessions = useCoveredSessions(read, weekStart, settings);
  // Time off comes with the base data, so a holiday's band never flashes up after the week.
  const workRecords = useWorkRecords();
  const dismissed = useDismissedIds();
  // One list for the week and both neighbours, so the weeks planned ahead stay valid.
  const busy = useBusyTime(weekStart, settings.homeZone);
  const base = {
    ...rest,
    settings,
    workRecords: workRecords ?? [],
    dismissed: dismissed ?? NONE,
    busy,
  };
  // Planned only once work records and dismissals are read too, so a missed call's hours or a
  // dismissed proposal never flash up first.
  const ready = workRecords !== undefined && dismissed !== undefined;
  const shownInput: WeekModelInput | null =
    sessions && ready ? { ...base, weekStart, sessions } : null;
  // The weeks either side, from the same read, planned ahead for a quick move once the shown
  // week is painted.
  const ahead = () =>
    [7, -7].flatMap((days) => {
      const week = addDays(weekStart, days);
      const list = sessionsForWeek(read, week, settings);
      return list && ready ? [{ ...base, weekStart: week, sessions: list }] : [];
    });
  const fresh = useWeekModel(shownInput, ahead);
  // While a far week loads, the last plan stays on screen (the grid says it is busy): state
  // adjusted during render, React's pattern for keeping a previous value.
  const [shown, setShown] = useState<WeekModel | null>(fresh);
  if (fresh && fresh !== shown) setShown(fresh);
  const model = fresh ?? shown;
  // The side panel follows the grid: a week switch paints the new grid first and the panel's
  // totals in the render right after it (React keeps the panel's last week until then).
  // On the first render the panel starts empty and fills in a background render right after the
  // grid is painted (React's deferred value: that render yields to the browser between slices).
  const panelModel = useDeferredValue(model, null);
  return { model, panelModel, sessions, workRecords };
}
