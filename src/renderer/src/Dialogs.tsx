/**
 * The app's dialogs, loaded on first use so the week view starts without their code (the
 * calendar dialog alone brings an iCalendar parser).
 */
import { lazy, Suspense } from 'react';
import type { Client, Commitment, Platform, Settings } from '../../core/types';
import type { Invitation } from './features/calendar/import-start';

const ClientEditorDialog = lazy(() =>
  import('./features/clients/ClientEditorDialog').then((m) => ({ default: m.ClientEditorDialog })),
);
const ClientListDialog = lazy(() =>
  import('./features/clients/ClientListDialog').then((m) => ({ default: m.ClientListDialog })),
);
const CommitmentDialog = lazy(() =>
  import('./features/commitments/CommitmentDialog').then((m) => ({ default: m.CommitmentDialog })),
);
const PlatformListDialog = lazy(() =>
  import('./features/platforms/PlatformListDialog').then((m) => ({
    default: m.PlatformListDialog,
  })),
);
const PlatformEditorDialog = lazy(() =>
  import('./features/platforms/PlatformEditorDialog').then((m) => ({
    default: m.PlatformEditorDialog,
  })),
);
const SettingsDialog = lazy(() =>
  import('./features/settings/SettingsDialog').then((m) => ({ default: m.SettingsDialog })),
);
const DataDialog = lazy(() =>
  import('./features/data/DataDialog').then((m) => ({ default: m.DataDialog })),
);
const SyncDialog = lazy(() =>
  import('./features/sync/SyncDialog').then((m) => ({ default: m.SyncDialog })),
);
const MonthDialog = lazy(() =>
  import('./features/month/MonthDialog').then((m) => ({ default: m.MonthDialog })),
);
const CalendarDialog = lazy(() =>
  import('./features/calendar/CalendarDialog').then((m) => ({ default: m.CalendarDialog })),
);

export type DialogState =
  | { kind: 'none' }
  | { kind: 'client'; client: Client | null }
  | { kind: 'clients' }
  | { kind: 'commitment'; commitment: Commitment | null }
  | { kind: 'platforms' }
  | { kind: 'platform'; platform: Platform | null }
  | { kind: 'settings' }
  | { kind: 'calendar'; tab: 'export' | 'import'; invitation?: Invitation }
  | { kind: 'data' }
  | { kind: 'month' }
  | { kind: 'sync' };

type Props = {
  dialog: DialogState;
  setDialog: (dialog: DialogState) => void;
  settings: Settings;
  clients: Client[];
  commitments: Commitment[];
  platforms: Platform[];
  weekStart: string;
  today: string;
  now: number;
};

/** Renders the open dialog, if any. */
export function Dialogs(props: Props) {
  const { dialog, setDialog, settings, clients, commitments, platforms, now } = props;
  const close = () => setDialog({ kind: 'none' });
  return (
    <Suspense fallback={null}>
      {dialog.kind === 'client' ? (
        <ClientEditorDialog
          client={dialog.client}
          usedColors={clients.map((c) => c.color)}
          now={now}
          defaultCurrency={settings.currency}
          onClose={close}
        />
      ) : null}
      {dialog.kind === 'clients' ? (
        <ClientListDialog
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
          today={props.today}
          now={now}
          defaultLeadMin={settings.defaultReminderLeadMin}
          onClose={close}
        />
      ) : null}
      {dialog.kind === 'platforms' ? (
        <PlatformListDialog
          platforms={platforms}
          onClose={close}
          onEdit={(platform) => setDialog({ kind: 'platform', platform })}
        />
      ) : null}
      {dialog.kind === 'platform' ? (
        <PlatformEditorDialog
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
          {...props}
          initialTab={dialog.tab}
          invitation={dialog.invitation}
          onClose={close}
        />
      ) : null}
      {dialog.kind === 'data' ? <DataDialog onClose={close} now={now} /> : null}
      {dialog.kind === 'month' ? (
        <MonthDialog
          settings={settings}
          clients={clients}
          commitments={commitments}
          platforms={platforms}
          now={now}
          onClose={close}
        />
      ) : null}
      {dialog.kind === 'sync' ? (
        <SyncDialog zone={settings.homeZone} clock={settings.clock} now={now} onClose={close} />
      ) : null}
    </Suspense>
  );
}
