/**
 * Brings the window back when its renderer crashes or hangs: a renderer gone for any reason but
 * a clean exit is reloaded, and one unresponsive for HANG_MS is ended and reloaded in a new
 * process. Reminders live in main and keep running from the last schedule meanwhile. A renderer
 * that keeps crashing is reloaded at most MAX_RELOADS times a minute, so a crash at start-up
 * cannot spin the machine.
 */
/** How long a hung renderer is given to recover by itself. */
export const HANG_MS = 10_000;
/** Reloads allowed within RELOAD_WINDOW_MS. */
export const MAX_RELOADS = 3;
const RELOAD_WINDOW_MS = 60_000;

/** The part of Electron's WebContents the watcher uses. */
type Contents = {
  on(
    event: 'render-process-gone',
    listener: (e: unknown, details: { reason: string }) => void,
  ): unknown;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  removeListener(
    event: 'render-process-gone',
    listener: (e: unknown, details: { reason: string }) => void,
  ): unknown;
  removeListener(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  reload(): void;
  forcefullyCrashRenderer(): void;
};

/** What the watcher needs: the clock and a log, so tests can drive both. */
export type RecoveryDeps = {
  now: () => number;
  log: (message: string) => void;
};

/** Watches `contents` for crashes and hangs; returns a cleanup. */
export function watchRenderer(contents: Contents, deps: RecoveryDeps): () => void {
  const reloads: number[] = [];
  let hang: ReturnType<typeof setTimeout> | null = null;
  // Set while a hung renderer is being ended: its 'gone' event is ours, already reloaded.
  let ending = false;
  const stopHangTimer = (): void => {
    if (hang !== null) clearTimeout(hang);
    hang = null;
  };
  const reload = (why: string): void => {
    const now = deps.now();
    while (reloads.length > 0 && (reloads[0] ?? 0) <= now - RELOAD_WINDOW_MS) reloads.shift();
    if (reloads.length >= MAX_RELOADS) {
      deps.log(`the window's renderer ${why} again; not reloading it (${MAX_RELOADS} in a minute)`);
      return;
    }
    reloads.push(now);
    deps.log(`the window's renderer ${why}; reloading it`);
    contents.reload();
  };
  const onGone = (_event: unknown, details: { reason: string }): void => {
    stopHangTimer();
    if (ending) ending = false;
    else if (details.reason !== 'clean-exit') reload(`went away (${details.reason})`);
  };
  const onUnresponsive = (): void => {
    if (hang !== null) return;
    hang = setTimeout(() => {
      hang = null;
      // Ends the hung process; the reload right after it runs in a new one.
      ending = true;
      contents.forcefullyCrashRenderer();
      reload('hung');
    }, HANG_MS);
  };
  contents.on('render-process-gone', onGone);
  contents.on('unresponsive', onUnresponsive);
  contents.on('responsive', stopHangTimer);
  return () => {
    stopHangTimer();
    contents.removeListener('render-process-gone', onGone);
    contents.removeListener('unresponsive', onUnresponsive);
    contents.removeListener('responsive', stopHangTimer);
  };
}
