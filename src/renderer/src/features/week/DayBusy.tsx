/**
 * One day's busy time from the worker's other calendars: grey hatched blocks behind the app's
 * own blocks, labelled with the event, its calendar and its times; they cannot be dragged.
 */
import { memo } from 'react';
import type { GridBusy } from './busy-blocks';
import type { Positioned } from './layout';
import './busy.css';

type Props = { pieces: Positioned<GridBusy>[]; inset: number; pxPerMin: number };

/** The busy blocks of one day column. */
export const DayBusy = memo(function DayBusy({ pieces, inset, pxPerMin }: Props) {
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
    </div>
  ));
});
