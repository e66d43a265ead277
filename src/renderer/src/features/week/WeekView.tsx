/**
 * The home screen: toolbar with week navigation, the week grid and the side panel.
 */
import { useMemo, useState } from 'react';
import { formatOffset, offsetMinutes } from '../../../../core/time';
import type { Client, Commitment, Platform, Settings } from '../../../../core/types';
import type { DialogState } from '../../App';
import { formatWeekRange, zoneCity } from '../../format';
import { buildWeekModel } from './model';
import { SidePanel } from './SidePanel';
import { WeekGrid, type GridBlock } from './WeekGrid';

type Props = {
  settings: Settings;
  clients: Client[];
  commitments: Commitment[];
  platforms: Platform[];
  weekStart: string;
  now: number;
  focusAt: number | null;
  onNavigate: (where: 'prev' | 'next' | 'today') => void;
  onDialog: (dialog: DialogState) => void;
};

/** The week view with toolbar and side panel. */
export function WeekView(props: Props) {
  const { settings, clients, commitments, weekStart, now } = props;
  const [hiddenBands, setHiddenBands] = useState<ReadonlySet<string>>(new Set());
  const model = useMemo(
    () =>
      buildWeekModel({
        weekStart,
        homeZone: settings.homeZone,
        clock: settings.clock,
        clients,
        commitments,
        hiddenBands,
        now,
      }),
    [weekStart, settings.homeZone, settings.clock, clients, commitments, hiddenBands, now],
  );
  const first = model.days[0]?.date ?? weekStart;
  const last = model.days[6]?.date ?? weekStart;

  function open(block: GridBlock) {
    if (block.kind === 'commitment') {
      const commitment = commitments.find((c) => block.id.startsWith(`${c.id}@`));
      if (commitment) props.onDialog({ kind: 'commitment', commitment });
    }
  }

  return (
    <div className="app">
      <header className="toolbar">
        <div className="brand">
          <span className="brand-mark small" aria-hidden>
            ◷
          </span>
          Hybrid Planner
        </div>
        <nav className="week-nav" aria-label="Week navigation">
          <button
            type="button"
            className="icon-button"
            aria-label="Previous week"
            aria-keyshortcuts="ArrowLeft"
            onClick={() => props.onNavigate('prev')}
          >
            ‹
          </button>
          <button
            type="button"
            className="button small"
            aria-keyshortcuts="T"
            onClick={() => props.onNavigate('today')}
          >
            Today
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label="Next week"
            aria-keyshortcuts="ArrowRight"
            onClick={() => props.onNavigate('next')}
          >
            ›
          </button>
          <h1 className="week-title" aria-live="polite">
            {formatWeekRange(first, last)}
          </h1>
        </nav>
        <div className="zone-chip" title={settings.homeZone}>
          {zoneCity(settings.homeZone)} ·{' '}
          {formatOffset(offsetMinutes(settings.homeZone, model.range.start))}
        </div>
        <div className="toolbar-actions">
          <button
            type="button"
            className="button"
            onClick={() => props.onDialog({ kind: 'clients' })}
          >
            Clients
          </button>
          <button
            type="button"
            className="button primary"
            aria-keyshortcuts="N"
            onClick={() =>
              clients.length === 0
                ? props.onDialog({ kind: 'client', client: null })
                : props.onDialog({ kind: 'commitment', commitment: null })
            }
          >
            {clients.length === 0 ? '+ Client' : '+ Commitment'}
          </button>
        </div>
      </header>
      <div className="workspace">
        <main className="week-main" aria-label="Week plan">
          {clients.length === 0 ? (
            <div className="empty-hint" role="note">
              Add your first client with their time zone and hours, then their regular calls and
              work blocks.
              <button
                type="button"
                className="button primary small"
                onClick={() => props.onDialog({ kind: 'client', client: null })}
              >
                Add a client
              </button>
            </div>
          ) : null}
          <WeekGrid
            days={model.days}
            blocks={model.blocks}
            bands={model.bands}
            bandLanes={model.bandClients.length}
            zone={settings.homeZone}
            clock={settings.clock}
            now={now}
            focusAt={props.focusAt}
            onOpen={open}
            onAccept={() => undefined}
            onDismiss={() => undefined}
            onMove={() => undefined}
          />
        </main>
        <SidePanel
          model={model}
          settings={settings}
          hiddenBands={hiddenBands}
          onToggleBand={(id) =>
            setHiddenBands((current) => {
              const next = new Set(current);
              if (next.has(id)) next.delete(id);
              else next.add(id);
              return next;
            })
          }
        />
      </div>
    </div>
  );
}
