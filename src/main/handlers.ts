/**
 * The invoke handler map: one function per contract channel, each a thin call into the module
 * that owns the work. Arguments arrive already validated (ipc.ts).
 */
import { app } from 'electron';
import type { FileDeps } from './files';
import { openFile, saveFile, writeDailyBackup } from './files';
import type { InvokeHandlers } from './ipc';
import { setOpenAtLogin } from './lifecycle';
import type { ReminderService } from './reminder-service';
import type { SyncEngine } from './sync/engine';

/** Builds the handler map from the services it delegates to. */
export function createInvokeHandlers(deps: {
  files: FileDeps;
  reminders: ReminderService;
  sync: SyncEngine;
}): InvokeHandlers {
  const { sync } = deps;
  return {
    'reminders:set': (schedule) => deps.reminders.setSchedule(schedule),
    'file:save': (request) => saveFile(request, deps.files),
    'file:open': (request) => openFile(request, deps.files),
    'app:info': async () => ({
      version: app.getVersion(),
      platform: process.platform,
      desktop: true,
      openAtLogin: app.getLoginItemSettings().openAtLogin,
    }),
    'backup:daily': (request) => writeDailyBackup(request, deps.files),
    'login-item:set': (request) => setOpenAtLogin(request),
    'sync:status': async () => sync.status(),
    'sync:connect': (input) => sync.connect(input),
    'sync:disconnect': () => sync.disconnect(),
    'sync:configure': (config) => sync.configure(config),
    'sync:publish': (request) => sync.publish(request),
    'sync:now': () => sync.syncNow(),
    'sync:resolve': (choice) => sync.resolve(choice),
    'sync:busy': (request) => sync.busy(request),
    'sync:applied': (request) => sync.applied(request.uids),
  };
}
