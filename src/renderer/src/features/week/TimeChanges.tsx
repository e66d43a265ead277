/**
 * The "Time changes" notice above the grid: the week's own clock facts (the home zone's offset
 * changes, times that do not exist or happen twice) and the commitments whose time on the
 * worker's clock moves this week or next. A few moves are listed one by one; more are summed up
 * in one line per change of clocks, with every move one click away, so that a worker with
 * clients in several zones still sees the week itself.
 */
import { useMemo } from 'react';
import { groupDstNotices, type DstNotice } from '../../../../core/dst-notices';
import type { DstShift } from '../../../../core/dst-shifts';

/** Up to this many moves are listed one by one. */
const LISTED_MOVES = 3;

type Props = { shifts: readonly DstShift[]; moves: readonly DstNotice[] };

/** The notice, or nothing when the clocks change for nothing shown. */
export function TimeChanges({ shifts, moves }: Props) {
  const summed = moves.length > LISTED_MOVES;
  // Grouped once per plan, not at every render (the clock re-renders the week each minute).
  const groups = useMemo(() => (summed ? groupDstNotices(moves) : []), [summed, moves]);
  if (shifts.length + moves.length === 0) return null;
  return (
    <div className="notice warn dst-notices" data-testid="dst-notices">
      {/* The live region holds the lines only: a disclosure inside it would be read out again
          each time it is opened or closed. */}
      <div role="status">
        <strong>Time changes:</strong>
        <ul>
          {summed
            ? groups.map((g) => (
                <li key={`g-${g.changedZones.join(' ')}-${g.shiftMin}`}>{g.message}</li>
              ))
            : moves.map((n) => <li key={`n-${n.occurrenceId}`}>{n.message}</li>)}
          {shifts.map((shift) => (
            <li key={`${shift.kind}-${shift.at}-${shift.occurrenceId ?? ''}`}>{shift.message}</li>
          ))}
        </ul>
      </div>
      {summed ? (
        <details className="dst-moves">
          <summary>Each commitment that moves ({moves.length})</summary>
          {/* Focusable, so the list scrolls from the keyboard too. */}
          <ul tabIndex={0} aria-label="Commitments that move on your clock">
            {moves.map((n) => (
              <li key={`n-${n.occurrenceId}`}>{n.message}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
