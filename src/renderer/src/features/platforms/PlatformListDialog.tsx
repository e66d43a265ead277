/**
 * The platform list: pay, peak hours in the platform's zone, an on/off switch for gap filling,
 * edit, and delete after saying how many accepted sessions go with it.
 */
import { useState } from 'react';
import type { Platform } from '../../../../core/types';
import { Dialog } from '../../components/Dialog';
import { ConfirmDelete, EditDelete } from '../../components/EditorButtons';
import { db } from '../../db/instance';
import { deletePlatform, savePlatform } from '../../db/repo';
import { formatMoney, zoneCity } from '../../format';
import { useSessionCounts, useSettings } from '../../hooks/useData';
import { useNow } from '../../hooks/useNow';
import { peakSummary } from './platform-form';
import './platforms.css';

type Props = {
  platforms: Platform[];
  onClose: () => void;
  onEdit: (platform: Platform | null) => void;
};

function sessionsPhrase(count: number): string {
  return count === 0
    ? 'no accepted sessions'
    : `its ${count} accepted session${count === 1 ? '' : 's'}`;
}

/** Lists platforms with their pay and peak hours; add, edit, switch off or delete. */
export function PlatformListDialog({ platforms, onClose, onEdit }: Props) {
  const clock = useSettings()?.clock ?? '24h';
  // Read only while the list is open: the planner itself never needs the counts.
  const counts = useSessionCounts();
  const now = useNow();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // The switch moves at once; the live query catches up after the write (or the write fails
  // and the switch goes back).
  const [switched, setSwitched] = useState<Record<string, boolean>>({});

  async function toggle(platform: Platform, enabled: boolean) {
    setSwitched((s) => ({ ...s, [platform.id]: enabled }));
    // The stored record goes through the validator like any other write; extra keys are ignored.
    const result = await savePlatform(db, { ...platform, enabled }, now, platform.id);
    if (result.ok) {
      setProblem(null);
      return;
    }
    setSwitched(({ [platform.id]: _dropped, ...rest }) => rest);
    setProblem(`${platform.name} could not be changed: ${Object.values(result.errors)[0]}`);
  }

  return (
    <Dialog
      title="Platforms"
      onClose={onClose}
      testId="platforms-dialog"
      footer={
        <button type="button" className="button primary" onClick={() => onEdit(null)}>
          Add platform
        </button>
      }
    >
      {platforms.length === 0 ? (
        <p className="muted">
          No platforms yet. Add MTurk, Prolific, Clickworker or Appen from a preset, or your own.
        </p>
      ) : null}
      {problem ? (
        <p className="notice critical" role="alert">
          {problem}
        </p>
      ) : null}
      <ul className="entity-list" aria-label="Platforms">
        {platforms.map((p) => {
          const count = counts?.get(p.id) ?? 0;
          const enabled = switched[p.id] ?? p.enabled;
          return (
            <li key={p.id}>
              <span className="dot" style={{ background: p.color }} aria-hidden />
              <div className="entity-main">
                <strong>{p.name}</strong>
                {enabled ? null : <span className="tag">off</span>}
                <div className="muted small">
                  {formatMoney(p.hourlyRate, p.currency)}/h · {p.minSessionMin}–{p.maxSessionMin}{' '}
                  min sessions
                </div>
                <div className="muted small">
                  Peak: {peakSummary(p.peakWindows, clock)} ({zoneCity(p.peakZone)} time)
                </div>
                {confirming === p.id ? (
                  <ConfirmDelete
                    name={p.name}
                    onDelete={() => deletePlatform(db, p.id)}
                    onDone={() => setConfirming(null)}
                    onFailed={setProblem}
                  >
                    Delete {p.name} and {sessionsPhrase(count)}? This cannot be undone. Switch it
                    off instead to keep its sessions.
                  </ConfirmDelete>
                ) : null}
              </div>
              <div className="row-actions platform-actions">
                <label className="check small">
                  <input
                    type="checkbox"
                    role="switch"
                    checked={enabled}
                    aria-label={`${p.name} enabled`}
                    onChange={(e) => void toggle(p, e.target.checked)}
                  />
                  Enabled
                </label>
                <EditDelete
                  name={p.name}
                  onEdit={() => onEdit(p)}
                  onDelete={() => setConfirming(p.id)}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
