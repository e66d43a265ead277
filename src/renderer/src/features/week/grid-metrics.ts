/**
 * The week grid's pixel sizes, defined once: TypeScript positions blocks with them, and the grid
 * root sets them as CSS custom properties (GRID_STYLE) for the stylesheet's hour lines, block
 * padding and line height and band width, so the two can never disagree.
 */
import type { CSSProperties } from 'react';

/** Vertical scale: an hour is 48 px. */
export const PX_PER_MIN = 0.8;
/** One hour's height (the hour lines' spacing). */
export const HOUR_PX = 60 * PX_PER_MIN;
/** A block's text line height (fixed, so the lines that fit are known before layout). */
export const BLOCK_LINE_PX = 15;
/** A block's padding above and below its text. */
export const BLOCK_PAD_Y_PX = 3;
/** An availability band's width, and the lane it sits in (band plus gap). */
export const BAND_PX = 4;
export const BAND_LANE_PX = 6;

/** How many whole lines of text a block of `height` px shows (at least the title). */
export function linesThatFit(height: number): number {
  return Math.max(1, Math.floor((height - 2 * BLOCK_PAD_Y_PX) / BLOCK_LINE_PX));
}

/** The custom properties the stylesheet reads, set on the grid root. */
export const GRID_STYLE: CSSProperties & Record<`--${string}`, string> = {
  '--hour-px': `${HOUR_PX}px`,
  '--block-line-px': `${BLOCK_LINE_PX}px`,
  '--block-pad-y-px': `${BLOCK_PAD_Y_PX}px`,
  '--band-px': `${BAND_PX}px`,
};
