/**
 * The week grid's pixel sizes, defined once: TypeScript positions blocks with them, and the grid
 * root sets them as CSS custom properties (gridStyle) for the stylesheet's hour lines, block
 * padding and line heights and band width, so the two can never disagree.
 */
import type { CSSProperties } from 'react';

/** How tall an hour is drawn: the user's zoom (kept per device, see zoom-store.ts). */
export type Zoom = 'compact' | 'comfortable' | 'large';

/** The zooms, smallest first, with an hour's height in px (whole px per quarter hour). */
export const ZOOMS: readonly { zoom: Zoom; label: string; hourPx: number }[] = [
  { zoom: 'compact', label: 'Compact', hourPx: 48 },
  { zoom: 'comfortable', label: 'Comfortable', hourPx: 64 },
  { zoom: 'large', label: 'Large', hourPx: 96 },
];

/**
 * The zoom a new user sees: a 1-hour block has room for its title (on two lines if it needs
 * them), its home time and its client time.
 */
export const DEFAULT_ZOOM: Zoom = 'comfortable';

/** Vertical scale at `zoom`, in px per minute. */
export function pxPerMinAt(zoom: Zoom): number {
  return (ZOOMS.find((z) => z.zoom === zoom)?.hourPx ?? 64) / 60;
}

/** The vertical scale at the default zoom (px per minute). */
export const PX_PER_MIN = pxPerMinAt(DEFAULT_ZOOM);

/** A block's title line height, and that of its smaller secondary lines (fixed, so the lines
 * that fit are known before layout). */
const TITLE_LINE_PX = 15;
const SUB_LINE_PX = 13;
/** A block's padding above and below its text. */
const BLOCK_PAD_Y_PX = 3;
/** An availability lane's width (its label runs down it), and its step (lane plus gap). */
const BAND_PX = 10;
export const BAND_LANE_PX = 11;
/** At most this many availability lanes in a day; more clients share an overflow lane "+N". */
export const MAX_BAND_LANES = 3;

/** What a block of `height` px has room for: title lines (one to three) and secondary lines. */
export type TextFit = { titleLines: number; subLines: number };

/** The most lines a long title wraps onto in a tall block. */
const MAX_TITLE_LINES = 3;

/**
 * How the text of a block of `height` px with `subCount` secondary lines is laid out: every
 * secondary line that fits under a one-line title, and more title lines only when every
 * secondary line fits under them too (a long title then wraps instead of being cut).
 */
export function textFit(height: number, subCount: number): TextFit {
  const room = height - 2 * BLOCK_PAD_Y_PX - TITLE_LINE_PX;
  const subLines = Math.max(0, Math.min(subCount, Math.floor(room / SUB_LINE_PX)));
  const spare = Math.floor((room - subCount * SUB_LINE_PX) / TITLE_LINE_PX);
  const titleLines = subLines === subCount ? Math.min(MAX_TITLE_LINES, 1 + Math.max(0, spare)) : 1;
  return { titleLines, subLines };
}

/** The custom properties the stylesheet reads, set on the grid root, at `pxPerMin`. */
export function gridStyle(pxPerMin: number): CSSProperties & Record<`--${string}`, string> {
  return {
    '--hour-px': `${60 * pxPerMin}px`,
    '--title-line-px': `${TITLE_LINE_PX}px`,
    '--sub-line-px': `${SUB_LINE_PX}px`,
    '--block-pad-y-px': `${BLOCK_PAD_Y_PX}px`,
    '--band-px': `${BAND_PX}px`,
  };
}
