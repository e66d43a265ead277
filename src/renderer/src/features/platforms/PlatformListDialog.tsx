/**
 * The platform list: pay, peak hours in the platform's zone, an on/off switch for gap filling,
 * edit, and delete after saying how many accepted sessions go with it.
 */
import { useState } from 'react';
import type { Platform } from '../../../../core/types';
import { EntityListDialog } from '../../components/EntityListDialog';
import { db } from '../../db/instance';
import { deletePlatform, setPlatformEnabled } from '../../db/repo';
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
  const [problem, setProblem] = useState<string | null>(null);

  // The switch moves at once; the live query catches up after the write (or the write fails
  // and the switch goes back).
  const [switched, setSwitched] = useState<Record<string, boolean>>({});

  async function toggle(platform: Platform, enabled: boolean) {
    setSwitched((s) => ({ ...s, [platform.id]: enabled }));
    // Only the switch's field is written: the record shown here may be older than the stored one.
    const result = await setPlatformEnabled(db, platform.id, enabled, now);
    if (result.ok) {
      setProblem(null);
      return;
    }
    setSwitched(({ [platform.id]: _dropped, ...rest }) => rest);
    const why = result.problem?.message ?? Object.values(result.errors)[0];
    setProblem(`${platform.name} could not be changed: ${why}`);
  }

  const entries = platforms.map((p) => {
    const enabled = switched[p.id] ?? p.enabled;
    return {
      id: p.id,
      name: p.name,
      color: p.color,
      tag: enabled ? null : 'off',
      details: (
        <>
          <div className="muted small">
            {formatMoney(p.hourlyRate, p.currency)}/h · {p.minSessionMin}–{p.maxSessionMin} min
            sessions
          </div>
          <div className="muted small">
            Peak: {peakSummary(p.peakWindows, clock)} ({zoneCity(p.peakZone)} time)
          </div>
        </>
      ),
      deleteQuestion: (
        <>
          Delete {p.name} and {sessionsPhrase(counts?.get(p.id) ?? 0)}? This cannot be undone.
          Switch it off instead to keep its sessions.
        </>
      ),
      onDelete: () => deletePlatform(db, p.id),
      onEdit: () => onEdit(p),
      actions: (
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
      ),
    };
  });

  return (
    <EntityListDialog
      title="Platforms"
      testId="platforms-dialog"
      addLabel="Add platform"
      onAdd={() => onEdit(null)}
      onClose={onClose}
      empty={
        <p className="muted">
          No platforms yet. Add MTurk, Prolific, Clickworker or Appen from a preset, or your own.
        </p>
      }
      entries={entries}
      problem={problem}
      onProblem={setProblem}
      listLabel="Platforms"
      actionsClassName="row-actions platform-actions"
    />
  );
}
