/**
 * App lifecycle: single instance (a second launch focuses the first), a quitting flag so that
 * closing the window hides it while a real quit closes it, and start at login.
 */
import { app } from 'electron';

/** The lifecycle state other modules read. */
export type Lifecycle = {
  isQuitting: () => boolean;
  /** True when launched by the OS at login (start in the tray). */
  startedAtLogin: boolean;
  cleanup: () => void;
};

/** Argument added to the login item so a login start stays in the tray (Windows, Linux). */
export const HIDDEN_ARG = '--hidden';

/** Takes the single-instance lock; returns null (and quits) when another instance has it. */
export function initLifecycle(deps: { onSecondInstance: () => void }): Lifecycle | null {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  let quitting = false;
  const onBeforeQuit = (): void => {
    quitting = true;
  };
  const onSecondInstance = (): void => deps.onSecondInstance();
  // A tray app keeps running with no visible window; listening here stops the default quit.
  const onAllClosed = (): void => undefined;
  app.on('before-quit', onBeforeQuit);
  app.on('second-instance', onSecondInstance);
  app.on('window-all-closed', onAllClosed);
  app.on('activate', onSecondInstance);
  const startedAtLogin =
    process.argv.includes(HIDDEN_ARG) ||
    (process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin === true);
  return {
    isQuitting: () => quitting,
    startedAtLogin,
    cleanup: () => {
      app.removeListener('before-quit', onBeforeQuit);
      app.removeListener('second-instance', onSecondInstance);
      app.removeListener('window-all-closed', onAllClosed);
      app.removeListener('activate', onSecondInstance);
    },
  };
}

/** login-item:set — asks the OS to start the app at login; returns what the OS now reports. */
export async function setOpenAtLogin(request: {
  openAtLogin: boolean;
}): Promise<{ openAtLogin: boolean }> {
  app.setLoginItemSettings({ openAtLogin: request.openAtLogin, args: [HIDDEN_ARG] });
  // Linux has no login items in Electron: the OS reports false, and so do we.
  return { openAtLogin: app.getLoginItemSettings().openAtLogin };
}
