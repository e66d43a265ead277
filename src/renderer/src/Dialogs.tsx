/**
 * The app's dialogs, loaded on first use so the week view starts without their code (the
 * calendar dialog alone brings an iCalendar parser). Each receives the planner's data as one
 * object (see planner-data.ts) and takes the parts it reads.
 */
import { lazy, Suspense } from 'react';
import type { CalendarDay, Client, Commitment, Platform } from '../../core/types';
import type { PlannerData } from './planner-data';
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
  data: PlannerData;
  today: CalendarDay;
};

/** Renders the open dialog, if any. */
export function Dialogs({ dialog, setDialog, data, today }: Props) {
  return <Suspense fallback={null}>{openDialog(dialog, setDialog, data, today)}</Suspense>;
}

/** The element of the open dialog. */
function openDialog(
  dialog: DialogState,
  setDialog: (dialog: DialogState) => void,
  data: PlannerData,
  today: CalendarDay,
) {
  const { settings, now } = data;
  const close = () => setDialog({ kind: 'none' });
  // A list dialog opens the editor of the record picked (null: a new one).
  const editClient = (client: Client | null) => setDialog({ kind: 'client', client });
  const editPlatform = (platform: Platform | null) => setDialog({ kind: 'platform', platform });
  switch (dialog.kind) {
    case 'none':
      return null;
    case 'client':
      return <ClientEditorDialog {...data} client={dialog.client} onClose={close} />;
    case 'clients':
      return <ClientListDialog {...data} onClose={close} onEdit={editClient} />;
    case 'commitment':
      return (
        <CommitmentDialog {...data} commitment={dialog.commitment} today={today} onClose={close} />
      );
    case 'platforms':
      return <PlatformListDialog {...data} onClose={close} onEdit={editPlatform} />;
    case 'platform':
      return (
        <PlatformEditorDialog
          {...data}
          platform={dialog.platform}
          onClose={() => setDialog({ kind: 'platforms' })}
        />
      );
    case 'settings':
      return <SettingsDialog {...data} onClose={close} />;
    case 'calendar':
      return (
        <CalendarDialog
          {...data}
          initialTab={dialog.tab}
          invitation={dialog.invitation}
          onClose={close}
        />
      );
    case 'data':
      return <DataDialog onClose={close} now={now} />;
    case 'month':
      return <MonthDialog {...data} onClose={close} />;
    case 'sync':
      return (
        <SyncDialog zone={settings.homeZone} clock={settings.clock} now={now} onClose={close} />
      );
  }
}
