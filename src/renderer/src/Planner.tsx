/**
 * The planner once set up: week navigation (←/→, T today, N new commitment), the week view, the
 * dialogs, menu and reminder-click events from the shell, and the reminder schedule.
 */
import { useCallback, useEffect, useState } from 'react';
import { addDays, dayOf, startOfWeek } from '../../core/time';
import type { MenuCommand as MenuCommandLike } from '../../core/bridge/contract';
import { getBridge } from './bridge';
import { Dialogs, type DialogState } from './Dialogs';
import { ReminderBanner } from './components/ReminderBanner';
import { useDailyBackup } from './features/data/useDailyBackup';
import { WeekView } from './features/week/WeekView';
import { useSessionsWithin } from './hooks/useData';
import { useReminderSync } from './hooks/useReminderSync';
import { useSyncIncoming } from './hooks/useSyncIncoming';
import { useSyncPublish } from './hooks/useSyncPublish';
import { SyncNotice } from './features/sync/SyncNotice';
import type { SessionsResult } from './hooks/week-range';
import type { PlannerData } from './planner-data';

type Props = Omit<PlannerData, 'weekStart'> & {
  /** The sessions read at start-up, for the first week (see useStartupSessions). */
  startupSessions: SessionsResult | undefined;
};

const HOUR = 3_600_000;

function dialogForCommand(command: MenuCommandLike): DialogState | null {
  switch (command) {
    case 'new-commitment':
      return { kind: 'commitment', commitment: null };
    case 'new-client':
      return { kind: 'client', client: null };
    case 'settings':
      return { kind: 'settings' };
    case 'export-ics':
      return { kind: 'calendar', tab: 'export' };
    case 'import-ics':
      return { kind: 'calendar', tab: 'import' };
    case 'calendar-sync':
      return { kind: 'sync' };
    case 'backup':
    case 'restore':
      return { kind: 'data' };
    // Every command is named, so a new one is a compile error here until it is handled.
    case 'go-today':
    case 'prev-week':
    case 'next-week':
      return null;
  }
}

/** The set-up planner. */
export function Planner(props: Props) {
  const { settings, clients, commitments, platforms, timeOff, now, startupSessions } = props;
  // Hour-aligned bounds so the live query is not re-created on every clock tick.
  const hour = Math.floor(now / HOUR) * HOUR;
  const reminderSessions = useSessionsWithin(startupSessions, hour - 2 * HOUR, hour + 40 * HOUR);
  useReminderSync({
    settings,
    clients,
    commitments,
    platforms,
    timeOff,
    sessions: reminderSessions?.list,
    now,
  });
  useDailyBackup(now, settings.homeZone);
  useSyncPublish({ settings, clients, commitments, platforms, timeOff, now });
  const incoming = useSyncIncoming(settings.homeZone);
  const today = dayOf(now, settings.homeZone);
  // Any day of the shown week; the week itself follows the week-start setting.
  const [anchorDay, setAnchorDay] = useState(today);
  const weekStart = startOfWeek(anchorDay, settings.weekStart);
  const [dialog, setDialog] = useState<DialogState>({ kind: 'none' });
  const [focusAt, setFocusAt] = useState<number | null>(null);

  const go = useCallback(
    (where: 'prev' | 'next' | 'today') => {
      setFocusAt(null);
      setAnchorDay((d) => (where === 'today' ? today : addDays(d, where === 'next' ? 7 : -7)));
    },
    [today],
  );
  const focus = useCallback(
    (at: number) => {
      setAnchorDay(dayOf(at, settings.homeZone));
      setFocusAt(at);
    },
    [settings.homeZone],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (dialog.kind !== 'none' || event.metaKey || event.ctrlKey || event.altKey) return;
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        target.closest('input, textarea, select, [contenteditable]')
      ) {
        return;
      }
      if (event.key === 'ArrowLeft') go('prev');
      else if (event.key === 'ArrowRight') go('next');
      else if (event.key === 't' || event.key === 'T') go('today');
      else if (event.key === 'n' || event.key === 'N')
        setDialog({ kind: 'commitment', commitment: null });
      else if (event.key === 'm' || event.key === 'M') setDialog({ kind: 'month' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog.kind, go]);

  useEffect(() => {
    const bridge = getBridge();
    const offShow = bridge.onShowTime(focus);
    const offMenu = bridge.onMenuCommand((command) => {
      if (command === 'prev-week') go('prev');
      else if (command === 'next-week') go('next');
      else if (command === 'go-today') go('today');
      else {
        const next = dialogForCommand(command);
        if (next) setDialog(next);
      }
    });
    return () => {
      offShow();
      offMenu();
    };
  }, [go, focus]);

  const data: PlannerData = { settings, clients, commitments, platforms, timeOff, weekStart, now };
  return (
    <>
      <ReminderBanner />
      <SyncNotice notice={incoming.notice} onDismiss={incoming.dismiss} />
      <WeekView
        {...props}
        weekStart={weekStart}
        focusAt={focusAt}
        onFocus={focus}
        onNavigate={go}
        onDialog={setDialog}
      />
      <Dialogs dialog={dialog} setDialog={setDialog} data={data} today={today} />
    </>
  );
}
