/**
 * What the user can do to the week from the grid: accept or dismiss proposals, move and resize
 * sessions and commitments (one occurrence of a series at a time). Every write goes through the
 * validated repo functions.
 */
import { useCallback, useRef, useState } from 'react';
import type { Commitment, MicrotaskSession, Proposal } from '../../../../core/types';
import { editOccurrence } from '../../../../core/series-edit';
import { toWall } from '../../../../core/time';
import { db } from '../../db/instance';
import { describeWriteError } from '../../db/write-result';
import { saveCommitment, saveSessions } from '../../db/repo';
import type { GridBlock } from './grid-types';
import type { Change } from './undo-history';
import type { WeekOp } from './week-undo';

export type WeekActions = {
  error: string | null;
  clearError: () => void;
  accept: (ids: readonly string[]) => Promise<void>;
  /** Resolves true once the new times are saved, false when they were not (see `error`). */
  move: (block: GridBlock, start: number, end: number) => Promise<boolean>;
};

function firstMessage(errors: Record<string, string>): string {
  return Object.values(errors)[0] ?? 'That change could not be saved.';
}

/** Actions over the week's proposals, sessions and commitments. */
export function useWeekActions(
  proposals: readonly Proposal[],
  sessions: readonly MicrotaskSession[],
  commitments: readonly Commitment[],
  now: number,
  /** Told of every change that was saved, with the writes that undo and redo it. */
  onChange: (change: Change<WeekOp>) => void,
): WeekActions {
  const [error, setError] = useState<string | null>(null);

  // One acceptance at a time: a double click, or Accept then Accept all while the first save is
  // still running, would otherwise store the same proposal twice.
  const accepting = useRef(false);
  // Ids accepted from this very plan: until the plan is recomputed with the new sessions, the same
  // proposals are still on the list and must not be stored again.
  const accepted = useRef<{ plan: readonly Proposal[]; ids: Set<string> }>({
    plan: [],
    ids: new Set(),
  });
  const accept = useCallback(
    async (ids: readonly string[]) => {
      if (accepting.current) return;
      accepting.current = true;
      try {
        if (accepted.current.plan !== proposals)
          accepted.current = { plan: proposals, ids: new Set() };
        const done = accepted.current.ids;
        const chosen = proposals.filter((p) => ids.includes(p.id) && !done.has(p.id));
        if (chosen.length === 0) return;
        const drafts = chosen.map((p) => ({
          draft: {
            platformId: p.platformId,
            start: p.start,
            end: p.end,
            locked: false,
            status: 'planned',
            actualEarnings: null,
            actualMin: null,
            note: p.reason.slice(0, 2000),
          },
        }));
        const result = await saveSessions(db, drafts, now);
        if (result.ok) {
          for (const p of chosen) done.add(p.id);
          const label =
            chosen.length === 1 ? 'Accepted 1 session' : `Accepted ${chosen.length} sessions`;
          onChange({
            label,
            undo: [{ kind: 'delete-sessions', ids: result.value.map((v) => v.id) }],
            redo: [{ kind: 'put-sessions', sessions: result.value }],
          });
        }
        setError(result.ok ? null : firstMessage(result.errors));
      } finally {
        accepting.current = false;
      }
    },
    [proposals, now, onChange],
  );

  const moveBlock = useCallback(
    async (block: GridBlock, start: number, end: number): Promise<boolean> => {
      if (block.kind === 'session') {
        const session = sessions.find((s) => s.id === block.id);
        if (!session || session.locked) return false;
        const { id, createdAt: _c, updatedAt: _u, ...rest } = session;
        const draft = { ...rest, start, end };
        const result = await saveSessions(db, [{ id, draft, loadedAt: session.updatedAt }], now);
        setError(result.ok ? null : (result.problem?.message ?? firstMessage(result.errors)));
        if (result.ok) {
          onChange({
            label: `Moved ${block.title}`,
            undo: [{ kind: 'put-sessions', sessions: [session] }],
            redo: [{ kind: 'put-sessions', sessions: result.value }],
          });
        }
        return result.ok;
      }
      if (block.kind !== 'commitment') return false;
      const commitment = commitments.find((c) => c.id === block.source);
      if (!commitment) return false;
      // The new instant is written back as a wall time in the commitment's own zone.
      const wall = toWall(start, commitment.zone);
      const durationMin = Math.round((end - start) / 60_000);
      const recurring = commitment.recurrence.kind !== 'once';
      const date = block.id.slice(commitment.id.length + 1);
      // An occurrence of a series moves on its own ("this one"); the rest of the series stays.
      const next: Commitment = recurring
        ? editOccurrence(commitment, date, {
            to: wall,
            durationMin,
            notes: movedNotes(commitment, date),
          })
        : {
            ...commitment,
            start: wall.time,
            durationMin,
            recurrence: { kind: 'once', date: wall.date },
          };
      const { id, createdAt: _c, updatedAt: _u, ...draft } = next;
      const result = await saveCommitment(db, draft, now, {
        id,
        loadedAt: commitment.updatedAt,
      });
      setError(result.ok ? null : (result.problem?.message ?? firstMessage(result.errors)));
      if (result.ok) {
        onChange({
          label: `Moved ${recurring ? 'one ' : ''}${block.title}`,
          undo: [{ kind: 'put-commitment', commitment }],
          redo: [{ kind: 'put-commitment', commitment: result.value }],
        });
      }
      return result.ok;
    },
    [sessions, commitments, now, onChange],
  );

  const move = useCallback(
    async (block: GridBlock, start: number, end: number): Promise<boolean> => {
      try {
        return await moveBlock(block, start, end);
      } catch (error) {
        // A write that throws (full disk, database closed by another window) changed nothing:
        // the block stays where it was and the user is told why.
        setError(describeWriteError(error).message);
        return false;
      }
    },
    [moveBlock],
  );

  return { error, clearError: () => setError(null), accept, move };
}

/** The notes occurrence `date` has now: its own, or the series'. */
function movedNotes(c: Commitment, date: string): string {
  return c.moved.find((m) => m.date === date)?.notes ?? c.notes;
}
