/**
 * The app shell: first run, then the week view with its toolbar, side panel and dialogs.
 * Keyboard: ←/→ weeks, T today, N new commitment (Esc closes dialogs natively).
 */
import { useCallback, useEffect, useState } from 'react';
import { sampleWeek } from '../../core/sample-week';
import { addDays, dayOf, startOfWeek } from '../../core/time';
import type { Client, Commitment, Platform, Settings } from '../../core/types';
import { getBridge } from './bridge';
import { db } from './db/instance';
import { saveSettings } from './db/repo';
import { ClientDialog } from './features/clients/ClientDialog';
import { ClientsDialog } from './features/clients/ClientsDialog';
import { CalendarDialog } from './features/calendar/CalendarDialog';
import { CommitmentDialog } from './features/commitments/CommitmentDialog';
import { PlatformDialog } from './features/platforms/PlatformDialog';
import { PlatformsDialog } from './features/platforms/PlatformsDialog';
import { SettingsDialog } from './features/settings/SettingsDialog';
import { FirstRun, initialSettings } from './features/settings/FirstRun';
import { WeekView } from './features/week/WeekView';
import {
  useClients,
  useCommitments,
  usePlatforms,
  useSessionCounts,
  useSessions,
  useSettings,
} from './hooks/useData';
import { useNow } from './hooks/useNow';
import { useReminderSync } from './hooks/useReminderSync';

export type DialogState =
  | { kind: 'none' }
  | { kind: 'client'; client: Client | null }
  | { kind: 'clients' }
  | { kind: 'commitment'; commitment: Commitment | null }
  | { kind: 'platforms' }
  | { kind: 'platform'; platform: Platform | null }
  | { kind: 'settings' }
  | { kind: 'calendar'; tab: 'export' | 'import' }
  | { kind: 'data' };

/** The root component. */
export function App() {
  const settings = useSettings();
  const now = useNow();
  const [busy, setBusy] = useState(false);

  const start = useCallback(
    async (homeZone: string, withSample: boolean): Promise<string | null> => {
      setBusy(true);
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
              await db.settings.put({
                ...sample.settings,
                homeZone,
                onboarded: true,
                updatedAt: now,
              });
            },
          );
          return null;
        }
        const result = await saveSettings(db, initialSettings(homeZone, now), now);
        return result.ok ? null : Object.values(result.errors).join(' ');
      } catch (error) {
        return error instanceof Error ? error.message : 'Could not save. Try again.';
      } finally {
        setBusy(false);
      }
    },
    [now],
  );

  if (settings === undefined) {
    return (
      <div className="loading" role="status">
        Loading your planner…
      </div>
    );
  }
  if (settings === null || !settings.onboarded)
    return <FirstRun now={now} busy={busy} onStart={start} />;
  return <Planner settings={settings} now={now} />;
}

function Planner({ settings, now }: { settings: Settings; now: number }) {
  const clients = useClients();
  const commitments = useCommitments();
  const platforms = usePlatforms();
  const sessionCounts = useSessionCounts();
  // Hour-aligned bounds so the live query is not re-created on every clock tick.
  const hour = Math.floor(now / 3_600_000) * 3_600_000;
  const reminderSessions = useSessions(hour - 2 * 3_600_000, hour + 40 * 3_600_000);
  useReminderSync({
    settings,
    clients: clients ?? [],
    commitments: commitments ?? [],
    platforms: platforms ?? [],
    sessions: clients && commitments && platforms ? reminderSessions : undefined,
    now,
  });
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

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (dialog.kind !== 'none' || event.metaKey || event.ctrlKey || event.altKey) return;
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        target.closest('input, textarea, select, [contenteditable]')
      )
        return;
      if (event.key === 'ArrowLeft') go('prev');
      else if (event.key === 'ArrowRight') go('next');
      else if (event.key === 't' || event.key === 'T') go('today');
      else if (event.key === 'n' || event.key === 'N')
        setDialog({ kind: 'commitment', commitment: null });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog.kind, go]);

  useEffect(() => {
    const bridge = getBridge();
    const offShow = bridge.onShowTime((at) => {
      setAnchorDay(dayOf(at, settings.homeZone));
      setFocusAt(at);
    });
    const offMenu = bridge.onMenuCommand((command) => {
      if (command === 'prev-week') go('prev');
      else if (command === 'next-week') go('next');
      else if (command === 'go-today') go('today');
      else if (command === 'new-commitment') setDialog({ kind: 'commitment', commitment: null });
      else if (command === 'new-client') setDialog({ kind: 'client', client: null });
      else if (command === 'settings') setDialog({ kind: 'settings' });
      else if (command === 'export-ics') setDialog({ kind: 'calendar', tab: 'export' });
      else if (command === 'import-ics') setDialog({ kind: 'calendar', tab: 'import' });
      else setDialog({ kind: 'data' });
    });
    return () => {
      offShow();
      offMenu();
    };
  }, [go, settings.homeZone]);

  if (!clients || !commitments || !platforms) {
    return (
      <div className="loading" role="status">
        Loading your week…
      </div>
    );
  }

  const close = () => setDialog({ kind: 'none' });

  return (
    <>
      <WeekView
        settings={settings}
        clients={clients}
        commitments={commitments}
        platforms={platforms}
        weekStart={weekStart}
        now={now}
        focusAt={focusAt}
        onFocus={(at) => {
          setAnchorDay(dayOf(at, settings.homeZone));
          setFocusAt(at);
        }}
        onNavigate={go}
        onDialog={setDialog}
      />
      {dialog.kind === 'client' ? (
        <ClientDialog
          client={dialog.client}
          usedColors={clients.map((c) => c.color)}
          now={now}
          defaultCurrency={settings.currency}
          onClose={close}
        />
      ) : null}
      {dialog.kind === 'clients' ? (
        <ClientsDialog
          clients={clients}
          commitments={commitments}
          onClose={close}
          onEdit={(client) => setDialog({ kind: 'client', client })}
        />
      ) : null}
      {dialog.kind === 'commitment' ? (
        <CommitmentDialog
          commitment={dialog.commitment}
          clients={clients}
          commitments={commitments}
          homeZone={settings.homeZone}
          clock={settings.clock}
          today={today}
          now={now}
          defaultLeadMin={settings.defaultReminderLeadMin}
          onClose={close}
        />
      ) : null}
      {dialog.kind === 'platforms' ? (
        <PlatformsDialog
          platforms={platforms}
          sessionsCount={(id) => sessionCounts?.get(id) ?? 0}
          onClose={close}
          onEdit={(platform) => setDialog({ kind: 'platform', platform })}
        />
      ) : null}
      {dialog.kind === 'platform' ? (
        <PlatformDialog
          platform={dialog.platform}
          now={now}
          defaultCurrency={settings.currency}
          onClose={() => setDialog({ kind: 'platforms' })}
        />
      ) : null}
      {dialog.kind === 'settings' ? (
        <SettingsDialog settings={settings} now={now} onClose={close} />
      ) : null}
      {dialog.kind === 'calendar' ? (
        <CalendarDialog
          settings={settings}
          clients={clients}
          commitments={commitments}
          platforms={platforms}
          weekStart={weekStart}
          now={now}
          initialTab={dialog.tab}
          onClose={close}
        />
      ) : null}
    </>
  );
}
