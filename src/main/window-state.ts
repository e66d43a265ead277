/**
 * Remembered window size and position (userData/window-state.json). The saved value is
 * untrusted: it is validated, and dropped when it would put the window off every screen.
 */
import type { Rectangle } from 'electron';

/** What is saved. */
export type WindowState = {
  x: number;
  y: number;
  width: number;
  height: number;
  maximized: boolean;
};

/** The size used on first run. */
export const DEFAULT_SIZE = { width: 1200, height: 800 } as const;
export const MIN_SIZE = { width: 720, height: 520 } as const;
const MAX_EXTENT = 20_000;

function int(value: unknown, min: number, max: number): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : null;
}

/** Validates a parsed window-state file; null when unusable. */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const x = int(Reflect.get(raw, 'x'), -MAX_EXTENT, MAX_EXTENT);
  const y = int(Reflect.get(raw, 'y'), -MAX_EXTENT, MAX_EXTENT);
  const width = int(Reflect.get(raw, 'width'), MIN_SIZE.width, MAX_EXTENT);
  const height = int(Reflect.get(raw, 'height'), MIN_SIZE.height, MAX_EXTENT);
  const maximized = Reflect.get(raw, 'maximized');
  if (x === null || y === null || width === null || height === null) return null;
  if (typeof maximized !== 'boolean') return null;
  return { x, y, width, height, maximized };
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The saved state if enough of it (a 100×50 px grip) is on some display's work area. */
export function restoreWindowState(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
): WindowState | null {
  if (saved === null) return null;
  const visible = workAreas.some((area) => overlap(saved, area) >= 100 * 50);
  return visible ? saved : null;
}
