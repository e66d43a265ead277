/**
 * The calendar dialog: export to .ics or import from one, as two tabs; opened on an event of
 * another calendar, the import previews that event to make a commitment of it.
 */
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { Tabs } from '../../components/Tabs';
import type { PlannerData } from '../../planner-data';
import { ExportPanel } from './ExportPanel';
import type { Invitation } from './import-start';
import { ImportPanel } from './ImportPanel';
import './calendar.css';

type Tab = 'export' | 'import';

type Props = PlannerData & { initialTab: Tab; invitation?: Invitation; onClose: () => void };

const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'export', label: 'Export' },
  { id: 'import', label: 'Import' },
];

/** Export and import of calendar files; only the import when it is opened on an invitation. */
export function CalendarDialog(props: Props) {
  const [tab, setTab] = useState(props.initialTab);
  const importPanel = (
    <ImportPanel
      settings={props.settings}
      clients={props.clients}
      commitments={props.commitments}
      timeOff={props.timeOff}
      now={props.now}
      invitation={props.invitation}
    />
  );
  if (props.invitation) {
    return (
      <Dialog title="Make a commitment" onClose={props.onClose} testId="calendar-dialog">
        {importPanel}
      </Dialog>
    );
  }
  return (
    <Dialog title="Calendar files" onClose={props.onClose} testId="calendar-dialog">
      <Tabs label="Calendar files" idPrefix="calendar" tabs={TABS} selected={tab} onSelect={setTab}>
        {tab === 'export' ? <ExportPanel {...props} /> : importPanel}
      </Tabs>
    </Dialog>
  );
}
