/**
 * The calendar dialog: export to .ics or import from one, as two tabs.
 */
import { useState } from 'react';
import type { Client, Commitment, Platform, Settings } from '../../../../core/types';
import { Dialog } from '../../components/Dialog';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import './calendar.css';

type Props = {
  settings: Settings;
  clients: Client[];
  commitments: Commitment[];
  platforms: Platform[];
  weekStart: string;
  now: number;
  initialTab: 'export' | 'import';
  onClose: () => void;
};

/** Export and import of calendar files. */
export function CalendarDialog(props: Props) {
  const [tab, setTab] = useState(props.initialTab);
  return (
    <Dialog title="Calendar files" onClose={props.onClose} testId="calendar-dialog">
      <div className="tabs" role="tablist" aria-label="Calendar files">
        <button
          type="button"
          role="tab"
          id="tab-export"
          aria-selected={tab === 'export'}
          aria-controls="panel-export"
          className={tab === 'export' ? 'tab active' : 'tab'}
          onClick={() => setTab('export')}
        >
          Export
        </button>
        <button
          type="button"
          role="tab"
          id="tab-import"
          aria-selected={tab === 'import'}
          aria-controls="panel-import"
          className={tab === 'import' ? 'tab active' : 'tab'}
          onClick={() => setTab('import')}
        >
          Import
        </button>
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'export' ? (
          <ExportPanel
            settings={props.settings}
            clients={props.clients}
            commitments={props.commitments}
            platforms={props.platforms}
            weekStart={props.weekStart}
            now={props.now}
          />
        ) : (
          <ImportPanel
            settings={props.settings}
            clients={props.clients}
            commitments={props.commitments}
            now={props.now}
          />
        )}
      </div>
    </Dialog>
  );
}
