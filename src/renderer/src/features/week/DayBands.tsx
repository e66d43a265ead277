/**
 * One day's availability lanes: each client's hours a band in its colour with its name running
 * down it, readable without hover; the lanes are capped (layout.ts laneBands) so many clients
 * never crowd the blocks out. Memoised on what is drawn: a client's hours repeat week after
 * week, so moving to another week usually renders no band again.
 */
import { memo } from 'react';
import { sameFields } from '../../../../core/same-fields';
import { BAND_LANE_PX } from './grid-metrics';
import type { BandPiece } from './layout';

type Props = { pieces: BandPiece[]; pxPerMin: number };

function sameBands(a: Props, b: Props): boolean {
  return (
    a.pxPerMin === b.pxPerMin &&
    a.pieces.length === b.pieces.length &&
    a.pieces.every((p, i) => {
      const q = b.pieces[i];
      return (
        q !== undefined && sameFields(p, q, ['top', 'bottom', 'lane', 'color', 'text', 'label'])
      );
    })
  );
}

/** The bands of one day column, each in its lane, labelled. */
export const DayBands = memo(function DayBands({ pieces, pxPerMin }: Props) {
  return pieces.map((p, i) => (
    <div
      key={i}
      className={p.color === null ? 'band band-more' : 'band'}
      title={p.label}
      role="img"
      aria-label={p.label}
      data-testid="availability-band"
      style={{
        top: p.top * pxPerMin,
        height: (p.bottom - p.top) * pxPerMin,
        left: 2 + p.lane * BAND_LANE_PX,
        ...(p.color === null ? {} : { '--band-color': p.color }),
      }}
    >
      {p.text}
    </div>
  ));
}, sameBands);
