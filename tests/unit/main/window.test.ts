import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, type MainWindowDeps } from '../../../src/main/window';
import { parseWindowState, restoreWindowState } from '../../../src/main/window-state';
import { guardAllWebContents } from '../../../src/main/security';
import { app, BrowserWindow, FakeEvent, resetFakeElectron, shell } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let quitting = false;
let dir: string;

function deps(extra: Partial<MainWindowDeps> = {}): MainWindowDeps {
  return {
    preloadPath: '/app/out/preload/index.cjs',
    url: 'app://planner/index.html',
    statePath: join(dir, 'window-state.json'),
    isQuitting: () => quitting,
    ...extra,
  };
}

function only(): BrowserWindow {
  const win = BrowserWindow.instances[0];
  if (!win) throw new Error('no window');
  return win;
}

describe('createMainWindow', () => {
  beforeEach(() => {
    resetFakeElectron();
    quitting = false;
    dir = mkdtempSync(join(tmpdir(), 'planner-window-'));
  });

  it('uses the secure webPreferences with our preload', () => {
    createMainWindow(deps());
    expect(only().options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(only().loaded).toBe('app://planner/index.html');
  });

  it('prevents every navigation, opening only safe http(s) links outside', () => {
    createMainWindow(deps());
    const contents = only().webContents;
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'app://planner/other.html',
      'javascript:alert(1)',
    ]) {
      const event = new FakeEvent();
      contents.emit('will-navigate', event, url);
      expect(event.defaultPrevented).toBe(true);
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
    const webview = new FakeEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
  });

  it('opens a link once even when the app-wide guard also covers the window', () => {
    createMainWindow(deps());
    const contents = only().webContents;
    // index.ts guards every new web contents as well; the second guard must not add listeners.
    const secondGuard = vi.fn();
    const cleanup = guardAllWebContents(secondGuard);
    app.emit('web-contents-created', new FakeEvent(), contents);
    cleanup();
    contents.emit('will-navigate', new FakeEvent(), 'https://example.com/');
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(secondGuard).not.toHaveBeenCalled();
  });

  it('denies every new window; http(s) goes to the browser, anything else nowhere', () => {
    createMainWindow(deps());
    const handler = only().webContents.windowOpenHandler;
    expect(handler?.({ url: 'https://example.com/help' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'smb://attacker/share' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/help');
  });

  it('hides to the tray on close, and closes for real while quitting', () => {
    createMainWindow(deps());
    only().emit('ready-to-show');
    expect(only().visible).toBe(true);
    const event = only().close();
    expect(event.defaultPrevented).toBe(true);
    expect(only().visible).toBe(false);
    expect(only().destroyed).toBe(false);
    quitting = true;
    expect(only().close().defaultPrevented).toBe(false);
    expect(only().destroyed).toBe(true);
  });

  it('stays hidden when started at login', () => {
    createMainWindow(deps({ startHidden: true }));
    only().emit('ready-to-show');
    expect(only().visible).toBe(false);
  });

  it('shows, focuses and sends reminder:show for a notification click', () => {
    const main = createMainWindow(deps());
    main.showEvent(1_772_413_200_000);
    expect(only().visible).toBe(true);
    expect(only().focused).toBe(true);
    expect(only().webContents.sent).toEqual([
      { channel: 'reminder:show', payload: 1_772_413_200_000 },
    ]);
  });

  it('remembers bounds: saves on close, restores a valid saved state', () => {
    createMainWindow(deps());
    only().bounds = { x: 100, y: 80, width: 1000, height: 700 };
    only().close();
    // The save is asynchronous; restoring reads the file the next launch finds.
    return vi.waitFor(() => {
      const saved: unknown = JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'));
      expect(saved).toEqual({ x: 100, y: 80, width: 1000, height: 700, maximized: false });
      resetFakeElectron();
      createMainWindow(deps());
      expect(only().options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 });
    });
  });

  it('ignores a hostile or off-screen saved state', () => {
    writeFileSync(
      join(dir, 'window-state.json'),
      '{"x":"0","y":0,"width":1e9,"height":1,"maximized":1}',
    );
    createMainWindow(deps());
    expect(only().options).toMatchObject({ width: 1200, height: 800 });
    expect(only().options.x).toBeUndefined();
  });
});

describe('window state', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  it.each([
    [{ x: 0, y: 0, width: 800, height: 600, maximized: false }, true],
    [{ x: 5000, y: 0, width: 800, height: 600, maximized: false }, false],
    [{ x: 1900, y: 1070, width: 800, height: 600, maximized: false }, false],
  ])('restores %o only when visible: %s', (state, visible) => {
    expect(restoreWindowState(parseWindowState(state), screen) !== null).toBe(visible);
  });

  it.each([
    null,
    [],
    'x',
    { x: 0, y: 0, width: 10, height: 10, maximized: false },
    { x: 0.5, y: 0, width: 800, height: 600, maximized: false },
  ])('rejects %o', (raw) => expect(parseWindowState(raw)).toBeNull());
});
