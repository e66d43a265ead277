import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlannerBridge } from '../../../src/core/bridge/contract';
import { INVOKE_CHANNELS } from '../../../src/core/bridge/validate';
import { contextBridge, ipcRenderer } from '../main/fake-electron';

vi.mock('electron', () => import('../main/fake-electron'));

/** Every method of PlannerBridge; the type checks below fail to compile if one is missing. */
const EXPECTED = [
  'setReminders',
  'saveFile',
  'openFile',
  'getAppInfo',
  'writeDailyBackup',
  'setOpenAtLogin',
  'onShowTime',
  'onMenuCommand',
  'sync',
] as const satisfies readonly (keyof PlannerBridge)[];
type Missing = Exclude<keyof PlannerBridge, (typeof EXPECTED)[number]>;
const complete: Missing extends never ? true : false = true;

let bridge: Record<string, unknown> = {};

function fn(name: string): (...args: unknown[]) => unknown {
  const value = bridge[name];
  if (typeof value !== 'function') throw new Error(`${name} is not a function`);
  return (...args) => Reflect.apply(value, undefined, args);
}

beforeAll(async () => {
  await import('../../../src/preload/index');
  const exposed = contextBridge.exposed.get('planner');
  if (typeof exposed !== 'object' || exposed === null) throw new Error('nothing exposed');
  bridge = Object.fromEntries(Object.entries(exposed));
});

beforeEach(() => ipcRenderer.invoke.mockClear());

describe('preload', () => {
  it('exposes one object, window.planner, with exactly the contract’s functions', () => {
    expect(complete).toBe(true);
    expect([...contextBridge.exposed.keys()]).toEqual(['planner']);
    expect(Object.keys(bridge).sort()).toEqual([...EXPECTED].sort());
    for (const name of EXPECTED)
      expect(typeof bridge[name]).toBe(name === 'sync' ? 'object' : 'function');
  });

  it('never exposes ipcRenderer or a generic send/invoke', () => {
    for (const value of Object.values(bridge)) expect(value).not.toBe(ipcRenderer);
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('send');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it.each<[string, unknown[], string, unknown]>([
    [
      'setReminders',
      [{ generatedAt: 1, reminders: [], todayPlannedMin: 0, dailyCapMin: 0 }],
      'reminders:set',
      { generatedAt: 1, reminders: [], todayPlannedMin: 0, dailyCapMin: 0 },
    ],
    [
      'saveFile',
      [{ kind: 'ics', suggestedName: 'a.ics', content: '' }],
      'file:save',
      { kind: 'ics', suggestedName: 'a.ics', content: '' },
    ],
    ['openFile', [{ kind: 'json' }], 'file:open', { kind: 'json' }],
    ['getAppInfo', [], 'app:info', null],
    [
      'writeDailyBackup',
      [{ day: '2026-03-02', content: '{}' }],
      'backup:daily',
      { day: '2026-03-02', content: '{}' },
    ],
    ['setOpenAtLogin', [true], 'login-item:set', { openAtLogin: true }],
  ])('%s invokes %s', async (name, args, channel, arg) => {
    ipcRenderer.invoke.mockResolvedValueOnce('result');
    await expect(fn(name)(...args)).resolves.toBe('result');
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(channel, arg);
  });

  it('covers every invoke channel of the contract', async () => {
    const used = new Set<string>();
    ipcRenderer.invoke.mockImplementation(async (channel: string) => {
      used.add(channel);
      return undefined;
    });
    await fn('setReminders')({});
    await fn('saveFile')({});
    await fn('openFile')({});
    await fn('getAppInfo')();
    await fn('writeDailyBackup')({});
    await fn('setOpenAtLogin')(false);
    const sync = bridge['sync'];
    if (typeof sync !== 'object' || sync === null) throw new Error('no sync bridge');
    for (const [name, method] of Object.entries(sync)) {
      if (typeof method === 'function' && !name.startsWith('on')) await method({});
    }
    expect([...used].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it.each<[string, string, unknown]>([
    ['onShowTime', 'reminder:show', 1_772_413_200_000],
    ['onMenuCommand', 'menu:command', 'go-today'],
  ])('%s passes only the payload (never the event) and unsubscribes', (name, channel, payload) => {
    const listener = vi.fn();
    const unsubscribe = fn(name)(listener);
    expect(ipcRenderer.listenerCount(channel)).toBe(1);
    ipcRenderer.emit(channel, { sender: ipcRenderer }, payload);
    expect(listener).toHaveBeenCalledWith(payload);
    expect(listener.mock.calls[0]).toHaveLength(1);
    if (typeof unsubscribe !== 'function') throw new Error('no unsubscribe');
    unsubscribe();
    expect(ipcRenderer.listenerCount(channel)).toBe(0);
    ipcRenderer.emit(channel, {}, payload);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('rejects a listener that is not a function', () => {
    expect(() => fn('onShowTime')('not a function')).toThrow(TypeError);
  });
});
