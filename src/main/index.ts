/** Main-process entry: wires the shell's modules together, nothing else. */
import { app } from 'electron';
import { join } from 'node:path';
import { createAppMenu } from './app-menu';
import { iconPaths } from './assets';
import { createInvokeHandlers } from './handlers';
import { trayIcon } from './icons';
import { registerIpc, sendToRenderer, trustedSender } from './ipc';
import { initLifecycle } from './lifecycle';
import { APP_INDEX_URL, handleAppProtocol, registerAppScheme } from './protocol';
import { createReminderService } from './reminder-service';
import { createSyncEngine } from './sync/engine';
import { CSP, guardAllWebContents, hardenSession, isTrustedRendererUrl } from './security';
import { createTray } from './tray';
import { createMainWindow, type MainWindow } from './window';

// An isolated profile for end-to-end tests of the unpackaged app: set before anything reads it.
if (process.env.PLANNER_USER_DATA_DIR && !app.isPackaged) {
  app.setPath('userData', process.env.PLANNER_USER_DATA_DIR);
}
registerAppScheme();
let main: MainWindow | null = null;
const lifecycle = initLifecycle({ onSecondInstance: () => main?.show() });

if (lifecycle) void app.whenReady().then(start);

function start(): void {
  if (!lifecycle) return;
  const dir = import.meta.dirname;
  const userData = app.getPath('userData');
  const devUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;
  const cleanups = [hardenSession({ devUrl }), guardAllWebContents()];
  cleanups.push(handleAppProtocol(join(dir, '../renderer'), CSP));
  const win = createMainWindow({
    preloadPath: join(dir, '../preload/index.cjs'),
    url: devUrl ?? APP_INDEX_URL,
    statePath: join(userData, 'window-state.json'),
    iconPath: iconPaths.app,
    isQuitting: lifecycle.isQuitting,
    startHidden: lifecycle.startedAtLogin,
    devTools: !app.isPackaged,
  });
  main = win;
  const reminders = createReminderService({
    storePath: join(userData, 'reminders.json'),
    onShowEvent: (at) => win.showEvent(at),
    log: (m) => console.warn(m),
  });
  const sync = createSyncEngine({
    dir: userData,
    now: () => Date.now(),
    emitStatus: (status) => sendToRenderer(win.window.webContents, 'sync:status', status),
    emitIncoming: (changes) => sendToRenderer(win.window.webContents, 'sync:incoming', changes),
    emitBusyChanged: (at) => sendToRenderer(win.window.webContents, 'sync:busy-changed', at),
    log: (m) => console.warn(m),
  });
  // A reloaded window has lost the incoming changes it had not applied: send them again.
  win.window.webContents.on('did-finish-load', () => sync.resendIncoming());
  const files = {
    getWindow: () => win.window,
    defaultDir: app.getPath('documents'),
    backupDir: join(userData, 'backups'),
    now: () => Date.now(),
  };
  const isTrusted = trustedSender(
    () => (win.window.isDestroyed() ? null : win.window.webContents.id),
    (url) => isTrustedRendererUrl(url, devUrl),
  );
  cleanups.push(
    registerIpc({
      handlers: createInvokeHandlers({ files, reminders, sync }),
      isTrustedSender: isTrusted,
      log: (m) => console.warn(m),
    }),
    createTray({
      appName: app.getName(),
      icon: trayIcon(iconPaths, process.platform),
      reminders,
      showWindow: win.show,
      showEvent: win.showEvent,
      quit: () => app.quit(),
    }),
    createAppMenu(
      { appName: app.getName(), platform: process.platform, devTools: !app.isPackaged },
      (command) => {
        win.show();
        sendToRenderer(win.window.webContents, 'menu:command', command);
      },
    ),
  );
  app.once('will-quit', () =>
    [...cleanups.reverse(), reminders.dispose, sync.dispose, lifecycle.cleanup].forEach((fn) =>
      fn(),
    ),
  );
}
