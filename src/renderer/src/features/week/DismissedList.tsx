/**
 * "Show dismissed" in the side panel: the week's dismissed proposals, each with a button that
 * brings it back, and one that brings back all of them. Folded away by default, so dismissing
 * keeps the panel short.
 */
import { useId, useState } from 'react';
import type { Platform, Proposal, Settings } from '../../../../core/types';
import { proposalName } from './model';

type Props = {
  dismissed: readonly Proposal[];
  platforms: readonly Platform[];
  settings: Settings;
  onRestore: (ids: string[]) => void;
};

/** The dismissed proposals of the week, folded away until asked for. */
export function DismissedList({ dismissed, platforms, settings, onRestore }: Props) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (dismissed.length === 0) return null;
  const platformById = new Map(platforms.map((p) => [p.id, p]));
  return (
    <div className="dismissed">
      <button
        type="button"
        className="button small"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide dismissed' : `Show dismissed (${dismissed.length})`}
      </button>
      {open ? (
        <div id={listId}>
          <ul className="dismissed-list" aria-label="Dismissed proposals">
            {dismissed.map((p) => {
              const name = proposalName(p, platformById.get(p.platformId), settings);
              return (
                <li key={p.id}>
                  <span>{name}</span>
                  <button
                    type="button"
                    className="button small"
                    aria-label={`Bring back ${name}`}
                    onClick={() => onRestore([p.id])}
                  >
                    Bring back
                  </button>
                </li>
              );
            })}
          </ul>
          {dismissed.length > 1 ? (
            <button
              type="button"
              className="button small"
              onClick={() => onRestore(dismissed.map((p) => p.id))}
            >
              Bring back all
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
