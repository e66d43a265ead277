/**
 * The week's hour height (zoom), kept per device in localStorage rather than in the settings:
 * the height that suits a laptop screen is not the one for a large monitor, and a backup
 * restored on another machine should not carry it. Other windows of the same browser follow a
 * change (the storage event).
 */
import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_ZOOM, ZOOMS, type Zoom } from './grid-metrics';

const KEY = 'hybrid-planner.week-zoom';

/** The zoom a stored value names, or the default for anything else. */
export function parseZoom(value: string | null): Zoom {
  return ZOOMS.find((z) => z.zoom === value)?.zoom ?? DEFAULT_ZOOM;
}

const listeners = new Set<() => void>();
/** The zoom chosen in this window when storage refuses to keep it (a privacy setting). */
let unsaved: Zoom | null = null;

function read(): Zoom {
  try {
    const stored = globalThis.localStorage?.getItem(KEY) ?? null;
    return stored === null ? (unsaved ?? DEFAULT_ZOOM) : parseZoom(stored);
  } catch {
    return unsaved ?? DEFAULT_ZOOM;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The zoom, and a setter that keeps it for the next start (in memory only if storage fails). */
export function useWeekZoom(): [Zoom, (zoom: Zoom) => void] {
  const zoom = useSyncExternalStore(subscribe, read, () => DEFAULT_ZOOM);
  const set = useCallback((next: Zoom) => {
    unsaved = next;
    try {
      globalThis.localStorage?.setItem(KEY, next);
    } catch {
      // Not kept: the next start shows the default again; this window still changes.
    }
    for (const listener of listeners) listener();
  }, []);
  return [zoom, set];
}
