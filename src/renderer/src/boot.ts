/**
 * The app's start-up: the time-zone tables of the last session are loaded, and opening the
 * database and its first read begin, when this module is evaluated (before React and the app).
 */
import { startBoot } from './db/boot';
import { db } from './db/instance';
import { restoreOffsetTables, saveOffsetTables } from './offset-cache';

const runtime = typeof navigator === 'undefined' ? '' : navigator.userAgent;
restoreOffsetTables(runtime);

export const boot = startBoot(db);

/** Keeps the tables this session built for the next one (called once the week is on screen). */
export function keepOffsetTables(): void {
  saveOffsetTables(runtime);
}

if (typeof window !== 'undefined') window.addEventListener('pagehide', keepOffsetTables);
