/**
 * The "Calendar sync" dialog: in the browser, a note that sync needs the desktop app; on the
 * desktop, the connect form until an account is connected, then status, calendars and conflicts
 * as tabs.
 */
import { useState } from 'react';
import type { IanaZone } from '../../../../core/types';
import { getBridge } from '../../bridge';
import { Dialog } from '../../components/Dialog';
import { Tabs } from '../../components/Tabs';
import { CalendarsPanel } from './CalendarsPanel';
import { ConflictsPanel } from './ConflictsPanel';
import { ConnectPanel } from './ConnectPanel';
import { StatusPanel } from './StatusPanel';
import { useSyncStatus } from './useSyncStatus';
import '../calendar/calendar.css';
import './sync.css';

type Tab = 'status' | 'calendars' | 'conflicts';

type Props = { zone: IanaZone; clock: '12h' | '24h'; now: number; onClose: () => void };

/** Calendar sync: connect, status, calendars, conflicts. */
export function SyncDialog({ zone, clock, now, onClose }: Props) {
  const sync = getBridge().sync;
  const { status, busy, failure, run } = useSyncStatus();
  // Open conflicts come first: they wait for the worker.
  const [chosen, setChosen] = useState<Tab | null>(null);
  const conflicts = status?.conflicts.length ?? 0;
  const tab = chosen ?? (conflicts > 0 ? 'conflicts' : 'status');
  const tabs: { id: Tab; label: string }[] = [
    { id: 'status', label: 'Status' },
    { id: 'calendars', label: 'Calendars' },
    { id: 'conflicts', label: conflicts > 0 ? `Conflicts (${conflicts})` : 'Conflicts' },
  ];

  let body;
  if (!status) {
    body = failure ? null : <p className="muted">Asking the desktop app…</p>;
  } else if (status.state === 'unavailable') {
    body = (
      <div className="notice" role="note" data-testid="sync-unavailable">
        Calendar sync needs the desktop app. Install Hybrid Planner on your computer to publish your
        plan to your calendar server and see your other calendars as busy time here. You can still
        export and import .ics files from “Calendar”.
      </div>
    );
  } else if (status.account === null) {
    body = (
      <ConnectPanel
        busy={busy}
        onConnect={async (input) => {
          let answer: Awaited<ReturnType<typeof sync.connect>> = { ok: false, error: '' };
          await run(async () => {
            answer = await sync.connect(input);
            return answer.ok ? answer.status : status;
          });
          return answer;
        }}
      />
    );
  } else {
    body = (
      <Tabs label="Calendar sync" idPrefix="sync" tabs={tabs} selected={tab} onSelect={setChosen}>
        {tab === 'status' ? (
          <StatusPanel
            status={status}
            busy={busy}
            zone={zone}
            clock={clock}
            now={now}
            onSyncNow={() => void run(() => sync.syncNow())}
            onDisconnect={() => void run(() => sync.disconnect())}
          />
        ) : tab === 'calendars' ? (
          <CalendarsPanel
            status={status}
            busy={busy}
            onSave={(config) => run(() => sync.configure(config))}
          />
        ) : (
          <ConflictsPanel
            conflicts={status.conflicts}
            busy={busy}
            zone={zone}
            clock={clock}
            onResolve={(choice) => void run(() => sync.resolve(choice))}
          />
        )}
      </Tabs>
    );
  }
  return (
    <Dialog title="Calendar sync" onClose={onClose} testId="sync-dialog" wide>
      {failure ? (
        <div className="notice critical" role="alert">
          {failure}
        </div>
      ) : null}
      {body}
    </Dialog>
  );
}
