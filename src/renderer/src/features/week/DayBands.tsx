/**
 * One day's availability bands, memoised on what is drawn: a client's hours repeat week after
 * week, so moving to another week usually renders no band again.
 */
import { memo } from 'react';
import { BAND_LANE_PX, PX_PER_MIN } from './grid-metrics';
import type { GridBand } from './grid-types';
import type { Positioned } from './layout';

type Props = { pieces: Positioned<GridBand>[] };

function sameBands(a: Props, b: Props): boolean {
  return (
    a.pieces.length === b.pieces.length &&
    a.pieces.every((p, i) => {
      const q = b.pieces[i];
      return (
        q !== undefined &&
        p.top === q.top &&
        p.bottom === q.bottom &&
        p.item.lane === q.item.lane &&
        p.item.color === q.item.color &&
        p.item.label === q.item.label
      );
    })
  );
}

/** The bands of one day column, each a thin strip in its client's lane. */
export const DayBands = memo(function DayBands({ pieces }: Props) {
  return pieces.map((p, i) => (
    <div
      key={i}
      className="band"
      title={p.item.label}
      data-testid="availability-band"
      style={{
        top: p.top * PX_PER_MIN,
        height: (p.bottom - p.top) * PX_PER_MIN,
        left: 2 + p.item.lane * BAND_LANE_PX,
        background: p.item.color,
      }}
    />
  ));
}, sameBands);
