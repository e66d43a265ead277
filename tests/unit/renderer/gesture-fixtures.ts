/** The grid both gesture test files press on: 0.8 px a minute, seven 150 px days. */
import type { GestureContext, GestureState } from '../../../src/renderer/src/features/week/gesture';

export const PX = 0.8;

export const ctx: GestureContext = {
  pxPerMin: PX,
  dayWidthPx: 150,
  dayCount: 7,
  earliest: null,
  clientWork: [],
};

/** Minutes after midnight of `h`:`m`. */
export const at = (h: number, m = 0) => h * 60 + m;

export const IDLE: GestureState = { kind: 'idle' };
