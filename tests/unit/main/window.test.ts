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

  it('prevents every navigation and opens nothing outside', () => {
    createMainWindow(deps());
    const contents = only().webContents;
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1/',
      'file:///etc/passwd',
      'app://planner/other.html',
      'javascript:alert(1)',
    ]) {
      for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
        const event = new FakeEvent();
        contents.emit(name, event, url);
        expect(event.defaultPrevented).toBe(true);
      }
    }
    // Every http(s) navigation used to open the system browser: 50 calls opened 50 tabs.
    expect(shell.openExternal).not.toHaveBeenCalled();
    const webview = new FakeEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
  });

  it('guards a window once even when the app-wide guard also covers it', () => {
    createMainWindow(deps());
    const contents = only().webContents;
    const before = contents.listenerCount('will-navigate');
    const cleanup = guardAllWebContents();
    app.emit('web-contents-created', new FakeEvent(), contents);
    cleanup();
    expect(contents.listenerCount('will-navigate')).toBe(before);
  });

  it('denies every new window and opens none outside', () => {
    createMainWindow(deps());
    const handler = only().webContents.windowOpenHandler;
    for (const url of ['https://example.com/help', 'file:///etc/passwd', 'smb://attacker/share']) {
      expect(handler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('cancels the Bluetooth device chooser', () => {
    createMainWindow(deps());
    const event = new FakeEvent();
    const callback = vi.fn();
    only().webContents.emit('select-bluetooth-device', event, [{ deviceId: 'a' }], callback);
    expect(event.defaultPrevented).toBe(true);
    expect(callback).toHaveBeenCalledWith('');
  });

  it('reloads a crashed renderer, but not one that exited cleanly', () => {
    createMainWindow(deps());
    const contents = only().webContents;
    contents.emit('render-process-gone', new FakeEvent(), { reason: 'clean-exit', exitCode: 0 });
    expect(contents.reloads).toBe(0);
    contents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 1 });
    expect(contents.reloads).toBe(1);
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
