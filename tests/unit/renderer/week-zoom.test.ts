import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ZOOM,
  PX_PER_MIN,
  pxPerMinAt,
  ZOOMS,
} from '../../../src/renderer/src/features/week/grid-metrics';
import { parseZoom } from '../../../src/renderer/src/features/week/zoom-store';

describe('the hour height', () => {
  it('has three zooms, each a whole number of px per quarter hour', () => {
    expect(ZOOMS.map((z) => z.zoom)).toEqual(['compact', 'comfortable', 'large']);
    for (const { zoom } of ZOOMS) expect(Number.isInteger(15 * pxPerMinAt(zoom))).toBe(true);
    expect(PX_PER_MIN).toBe(pxPerMinAt(DEFAULT_ZOOM));
    expect(60 * PX_PER_MIN).toBe(64);
  });

  it('reads back what was stored, and the default for anything else', () => {
    expect(parseZoom('large')).toBe('large');
    expect(parseZoom('compact')).toBe('compact');
    expect(parseZoom(null)).toBe(DEFAULT_ZOOM);
    expect(parseZoom('huge')).toBe(DEFAULT_ZOOM);
    expect(parseZoom('')).toBe(DEFAULT_ZOOM);
  });
});
