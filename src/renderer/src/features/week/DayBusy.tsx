/**
 * One day's busy time from the worker's other calendars: grey hatched blocks behind the app's
 * own blocks, labelled with the event, its calendar and its times; they cannot be dragged. An
 * event that came with its calendar data has a "Make a commitment…" button (shown on hover and
 * on focus, reached with Tab) that opens the import preview on it.
 */
import { memo } from 'react';
import type { GridBusy } from './busy-blocks';
import type { Positioned } from './layout';
import './busy.css';

type Props = {
  pieces: Positioned<GridBusy>[];
  inset: number;
  pxPerMin: number;
  onMakeCommitment?: (busy: GridBusy) => void;
};

/** The busy blocks of one day column. */
export const DayBusy = memo(function DayBusy({ pieces, inset, pxPerMin, onMakeCommitment }: Props) {
  return pieces.map((p) => (
    <div
      key={p.item.id}
      className="busy-block"
      role="note"
      aria-label={p.item.description}
      title={p.item.description}
      data-testid="busy-block"
      style={{
        top: p.top * pxPerMin,
        height: (p.bottom - p.top) * pxPerMin,
        left: `calc(${inset}px + (100% - ${inset + 4}px) * ${p.lane / p.lanes})`,
        width: `calc((100% - ${inset + 4}px) / ${p.lanes})`,
      }}
    >
      <span className="busy-title">{p.item.title}</span>
      <span className="busy-line">
        {p.item.calendar} · {p.item.when}
      </span>
      {onMakeCommitment && p.item.ics !== null ? (
        <button
          type="button"
          className="control busy-action"
          aria-label={`Make a commitment from ${p.item.title}…`}
          // A press here is not the start of a new block sketched on the day.
          onPointerDown={(event) => event.stopPropagation()}
          onClick={() => onMakeCommitment(p.item)}
        >
          Make a commitment…
        </button>
      ) : null}
    </div>
  ));
});
