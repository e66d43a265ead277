/**
 * The planner window: the security options Electron recommends, navigation and new windows
 * denied, a crashed or hung renderer reloaded, close hides to the tray (unless quitting), size
 * and position remembered.
 */
import { BrowserWindow, screen } from 'electron';
import type { Instant } from '../core/types';
import { sendToRenderer } from './ipc';
import { readJsonFileSync, writeJsonFile } from './json-file';
import { watchRenderer } from './renderer-recovery';
import { guardWebContents } from './security';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  parseWindowState,
  restoreWindowState,
  type WindowState,
} from './window-state';

/** What the window needs from its surroundings. */
export type MainWindowDeps = {
  preloadPath: string;
  /** app://planner/index.html, or the dev server's URL. */
  url: string;
  /** userData/window-state.json */
  statePath: string;
  iconPath?: string;
  isQuitting: () => boolean;
  startHidden?: boolean;
  devTools?: boolean;
};

/** The window and the operations other modules need. */
export type MainWindow = {
  window: BrowserWindow;
  show(): void;
  /** Shows the window and tells the renderer to open the week at this instant. */
  showEvent(eventAt: Instant): void;
  cleanup(): void;
};

/** Creates the planner window and starts loading the renderer. */
export function createMainWindow(deps: MainWindowDeps): MainWindow {
  const saved = restoreWindowState(
    parseWindowState(readJsonFileSync(deps.statePath)),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow({
    ...(saved
      ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height }
      : DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Hybrid Planner',
    backgroundColor: '#ffffff',
    ...(deps.iconPath ? { icon: deps.iconPath } : {}),
    // Written out here, not built elsewhere, so that static checkers (electronegativity) see them.
    webPreferences: {
      preload: deps.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would try to open a new window; there are none to open.
      disableBlinkFeatures: 'Auxclick',
      devTools: deps.devTools ?? false,
    },
  });
  const contents = window.webContents;
  guardWebContents(contents);
  const stopWatching = watchRenderer(contents, {
    now: () => Date.now(),
    log: (message) => console.warn(message),
  });

  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  const saveState = (): void => {
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: window.isMaximized() };
    void writeJsonFile(deps.statePath, state).catch(() => undefined);
  };
  const saveSoon = (): void => {
    if (saveTimer !== null) clearTimeout(saveTimer);
    saveTimer = setTimeout(saveState, 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', (event) => {
    saveState();
    // Closing hides to the tray so reminders go on; quitting (tray, menu, OS) really closes.
    if (!deps.isQuitting()) {
      event.preventDefault();
      window.hide();
    }
  });
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    if (!deps.startHidden) window.show();
  });
  window.loadURL(deps.url).catch((error: unknown) => {
    console.error(
      `could not load the planner: ${error instanceof Error ? error.message : String(error)}`,
    );
  });

  const show = (): void => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };
  return {
    window,
    show,
    showEvent(eventAt) {
      show();
      if (!window.isDestroyed()) sendToRenderer(contents, 'reminder:show', eventAt);
    },
    cleanup() {
      if (saveTimer !== null) clearTimeout(saveTimer);
      stopWatching();
      if (!window.isDestroyed()) window.destroy();
    },
  };
}
