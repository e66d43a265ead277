/**
 * Picks the desktop bridge the preload exposed (window.planner) or the browser fallback, so the
 * same renderer runs in Electron and in any Chromium tab.
 */
import type { PlannerBridge } from '../../../core/bridge/contract';
import { createWebBridge } from './web';

declare global {
  interface Window {
    planner?: PlannerBridge;
  }
}

let bridge: PlannerBridge | null = null;

/** The bridge for this window. */
export function getBridge(): PlannerBridge {
  bridge ??= window.planner ?? createWebBridge(window);
  return bridge;
}
