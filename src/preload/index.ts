/**
 * The preload: exposes exactly the bridge contract as `window.planner`, as intent-level
 * functions. ipcRenderer itself never reaches the page, and listeners never see the
 * IpcRendererEvent (it would hand the page `event.sender`, i.e. ipcRenderer).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  EventChannel,
  EventChannels,
  InvokeChannel,
  InvokeChannels,
  PlannerBridge,
  Unsubscribe,
} from '../core/bridge/contract';

function invoke<C extends InvokeChannel>(
  channel: C,
  arg: InvokeChannels[C]['arg'],
): Promise<InvokeChannels[C]['result']> {
  return ipcRenderer.invoke(channel, arg);
}

function subscribe<C extends EventChannel>(
  channel: C,
  listener: (payload: EventChannels[C]) => void,
): Unsubscribe {
  if (typeof listener !== 'function')
    throw new TypeError(`${channel}: listener must be a function`);
  const wrapped = (_event: IpcRendererEvent, payload: EventChannels[C]): void => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

const bridge = {
  setReminders: (schedule) => invoke('reminders:set', schedule),
  saveFile: (request) => invoke('file:save', request),
  openFile: (request) => invoke('file:open', request),
  getAppInfo: () => invoke('app:info', null),
  writeDailyBackup: (request) => invoke('backup:daily', request),
  setOpenAtLogin: (openAtLogin) => invoke('login-item:set', { openAtLogin }),
  onShowTime: (listener) => subscribe('reminder:show', listener),
  onMenuCommand: (listener) => subscribe('menu:command', listener),
  sync: {
    status: () => invoke('sync:status', null),
    connect: (input) => invoke('sync:connect', input),
    disconnect: () => invoke('sync:disconnect', null),
    configure: (config) => invoke('sync:configure', config),
    publish: (request) => invoke('sync:publish', request),
    syncNow: () => invoke('sync:now', null),
    resolve: (choice) => invoke('sync:resolve', choice),
    busy: (request) => invoke('sync:busy', request),
    applied: (uids) => invoke('sync:applied', { uids }),
    onStatus: (listener) => subscribe('sync:status', listener),
    onIncoming: (listener) => subscribe('sync:incoming', listener),
    onBusyChanged: (listener) => subscribe('sync:busy-changed', listener),
  },
} satisfies PlannerBridge;

contextBridge.exposeInMainWorld('planner', bridge);
