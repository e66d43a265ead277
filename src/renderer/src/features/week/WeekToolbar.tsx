/** The week view's toolbar: week navigation, the home zone, and the buttons that open dialogs. */
import { formatOffset, offsetMinutes } from '../../../../core/time';
import type { CalendarDay, Instant } from '../../../../core/types';
import type { DialogState } from '../../Dialogs';
import { formatWeekRange, zoneCity } from '../../format';

/** Where a week step goes. */
export type Where = 'prev' | 'next' | 'today';

type Props = {
  first: CalendarDay;
  last: CalendarDay;
  zone: string;
  /** The week's start: the zone chip shows the offset then. */
  weekStartAt: Instant;
  hasClients: boolean;
  onNavigate: (where: Where) => void;
  onDialog: (dialog: DialogState) => void;
};

/** The week steps, with the keys Planner.tsx binds to them (`label` for the arrow glyphs). */
const NAV_BUTTONS: { where: Where; text: string; label?: string; shortcut: string }[] = [
  { where: 'prev', text: '‹', label: 'Previous week', shortcut: 'ArrowLeft' },
  { where: 'today', text: 'Today', shortcut: 'T' },
  { where: 'next', text: '›', label: 'Next week', shortcut: 'ArrowRight' },
];

/** The dialogs the toolbar opens, in its order (`label` where the text alone is not enough). */
const DIALOG_BUTTONS: { text: string; label?: string; shortcut?: string; dialog: DialogState }[] = [
  { text: 'Month', shortcut: 'M', dialog: { kind: 'month' } },
  { text: 'Clients', dialog: { kind: 'clients' } },
  { text: 'Platforms', dialog: { kind: 'platforms' } },
  { text: 'Calendar', dialog: { kind: 'calendar', tab: 'export' } },
  { text: 'Sync', dialog: { kind: 'sync' } },
  { text: 'Backup', label: 'Backup and restore', dialog: { kind: 'data' } },
  { text: 'Settings', dialog: { kind: 'settings' } },
];

/** The toolbar above the week grid. */
export function WeekToolbar({ first, last, zone, weekStartAt, hasClients, ...props }: Props) {
  return (
    <header className="toolbar">
      <div className="brand">
        <span className="brand-mark small" aria-hidden>
          ◷
        </span>
        Hybrid Planner
      </div>
      <nav className="week-nav" aria-label="Week navigation">
        {NAV_BUTTONS.map(({ where, text, label, shortcut }) => (
          <button
            key={where}
            type="button"
            className={label ? 'icon-button' : 'button small'}
            aria-label={label}
            aria-keyshortcuts={shortcut}
            onClick={() => props.onNavigate(where)}
          >
            {text}
          </button>
        ))}
        <h1 className="week-title" aria-live="polite">
          {formatWeekRange(first, last)}
        </h1>
      </nav>
      <div className="zone-chip" title={zone}>
        {zoneCity(zone)} · {formatOffset(offsetMinutes(zone, weekStartAt))}
      </div>
      <div className="toolbar-actions">
        {DIALOG_BUTTONS.map(({ text, label, shortcut, dialog }) => (
          <button
            key={text}
            type="button"
            className="button"
            aria-label={label}
            aria-keyshortcuts={shortcut}
            onClick={() => props.onDialog(dialog)}
          >
            {text}
          </button>
        ))}
        <button
          type="button"
          className="button primary"
          aria-keyshortcuts="N"
          onClick={() =>
            hasClients
              ? props.onDialog({ kind: 'commitment', commitment: null })
              : props.onDialog({ kind: 'client', client: null })
          }
        >
          {hasClients ? '+ Commitment' : '+ Client'}
        </button>
      </div>
    </header>
  );
}
