/**
 * The hour height, in the grid's top-left corner: smaller and larger, between the three zooms
 * (grid-metrics.ts ZOOMS), kept per device (zoom-store.ts).
 */
import { ZOOMS, type Zoom } from './grid-metrics';

type Props = { zoom: Zoom; onZoom: (zoom: Zoom) => void };

const STEPS = [
  { label: 'Smaller hours', glyph: '−', step: -1, end: 'Smallest hour height' },
  { label: 'Larger hours', glyph: '+', step: 1, end: 'Largest hour height' },
];

/** Two buttons stepping the hour height down and up, naming the current one. */
export function ZoomControl({ zoom, onZoom }: Props) {
  const at = ZOOMS.findIndex((z) => z.zoom === zoom);
  const name = ZOOMS[at]?.label ?? '';
  return (
    <div className="zoom-control" role="group" aria-label={`Hour height: ${name}`} data-zoom={zoom}>
      {STEPS.map(({ label, glyph, step, end }) => {
        const to = ZOOMS[at + step];
        return (
          <button
            key={label}
            type="button"
            className="mini-button"
            aria-label={label}
            title={to ? `Hour height: ${to.label}` : end}
            disabled={!to}
            onClick={() => to && onZoom(to.zoom)}
          >
            {glyph}
          </button>
        );
      })}
    </div>
  );
}
