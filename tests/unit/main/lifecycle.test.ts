import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appMenuTemplate, ACCELERATORS, createAppMenu } from '../../../src/main/app-menu';
import { createInvokeHandlers } from '../../../src/main/handlers';
import { initLifecycle, setOpenAtLogin } from '../../../src/main/lifecycle';
import type { ReminderService } from '../../../src/main/reminder-service';
import { MENU_COMMANDS } from '../../../src/core/bridge/contract';
import { app, Menu, resetFakeElectron, type MenuTemplateItem } from './fake-electron';
import { stubSyncEngine } from './sync-stub';

vi.mock('electron', () => import('./fake-electron'));

beforeEach(() => resetFakeElectron());

describe('lifecycle', () => {
  it('quits at once when another instance holds the lock', () => {
    app.lock = false;
    expect(initLifecycle({ onSecondInstance: vi.fn() })).toBeNull();
    expect(app.quit).toHaveBeenCalled();
  });

  it('a second launch focuses the first instance', () => {
    const focus = vi.fn();
    const life = initLifecycle({ onSecondInstance: focus });
    app.emit('second-instance');
    expect(focus).toHaveBeenCalledTimes(1);
    life?.cleanup();
    app.emit('second-instance');
    expect(focus).toHaveBeenCalledTimes(1);
  });

  it('is quitting only after before-quit (quit from the tray really quits)', () => {
    const life = initLifecycle({ onSecondInstance: vi.fn() });
    expect(life?.isQuitting()).toBe(false);
    app.emit('before-quit');
    expect(life?.isQuitting()).toBe(true);
  });

  it('keeps running when all windows are closed', () => {
    initLifecycle({ onSecondInstance: vi.fn() });
    expect(app.listenerCount('window-all-closed')).toBe(1);
  });

  it('sets the login item and reports what the OS says', async () => {
    await expect(setOpenAtLogin({ openAtLogin: true })).resolves.toEqual({ openAtLogin: true });
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({
      openAtLogin: true,
      args: ['--hidden'],
    });
  });
});

describe('invoke handlers', () => {
  it('app:info reports the version, that this is the desktop app and the login-item state', async () => {
    const reminders: Pick<ReminderService, 'setSchedule'> = {
      setSchedule: vi.fn(async () => undefined),
    };
    const handlers = createInvokeHandlers({
      files: { getWindow: () => null, defaultDir: '/tmp', backupDir: '/tmp/b', now: Date.now },
      reminders: { ...stubService(), ...reminders },
      sync: stubSyncEngine(),
    });
    await expect(handlers['app:info'](null)).resolves.toEqual({
      version: '0.1.0',
      platform: process.platform,
      desktop: true,
      openAtLogin: false,
    });
    await handlers['login-item:set']({ openAtLogin: true });
    await expect(handlers['app:info'](null)).resolves.toMatchObject({ openAtLogin: true });
    await handlers['reminders:set']({
      generatedAt: 1,
      reminders: [],
      todayPlannedMin: 0,
      dailyCapMin: 0,
    });
    expect(reminders.setSchedule).toHaveBeenCalled();
  });
});

function stubService(): ReminderService {
  return {
    setSchedule: async () => undefined,
    snooze: () => undefined,
    cancelSnooze: () => undefined,
    togglePause: () => undefined,
    snapshot: () => ({
      state: { reminders: [], handled: [], latestSeen: null, snoozedUntil: null, paused: false },
      schedule: null,
      zone: 'UTC',
      now: 0,
    }),
    flush: async () => undefined,
    subscribe: () => () => undefined,
    dispose: () => undefined,
  };
}

function flat(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flat(item.submenu) : []),
  ]);
}

function flatFake(items: MenuTemplateItem[]): MenuTemplateItem[] {
  return items.flatMap((item) => [item, ...flatFake(item.submenu ?? [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  const handler = item?.click;
  if (handler) Reflect.apply(handler, undefined, []);
}

describe('application menu', () => {
  it.each(['darwin', 'linux', 'win32'] as const)(
    'on %s has every planner command once, each sending it',
    (platform) => {
      const send = vi.fn();
      const items = flat(
        appMenuTemplate({ appName: 'Hybrid Planner', platform, devTools: false }, send),
      );
      for (const command of MENU_COMMANDS) {
        const matching = items.filter((i) => i.id === command);
        expect(matching).toHaveLength(1);
        click(matching[0]);
        expect(send).toHaveBeenLastCalledWith(command);
        expect(matching[0]?.accelerator).toBe(ACCELERATORS[command] ?? undefined);
      }
      expect(items.some((i) => i.role === 'quit')).toBe(true);
      expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    },
  );

  it('uses the planned shortcuts, all with a modifier so text fields keep their keys', () => {
    expect(ACCELERATORS).toMatchObject({
      'go-today': 'CmdOrCtrl+T',
      'new-commitment': 'CmdOrCtrl+N',
      'prev-week': 'CmdOrCtrl+[',
      'next-week': 'CmdOrCtrl+]',
    });
    for (const accelerator of Object.values(ACCELERATORS)) {
      if (accelerator !== null) expect(accelerator).toMatch(/^CmdOrCtrl\+/);
    }
    const unique = Object.values(ACCELERATORS).filter((a) => a !== null);
    expect(new Set(unique).size).toBe(unique.length);
  });

  it('is installed and removed', () => {
    const cleanup = createAppMenu(
      { appName: 'Hybrid Planner', platform: 'linux', devTools: true },
      vi.fn(),
    );
    expect(
      flatFake(Menu.applicationMenu?.template ?? []).some((i) => i.role === 'toggleDevTools'),
    ).toBe(true);
    cleanup();
    expect(Menu.applicationMenu).toBeNull();
  });
});
