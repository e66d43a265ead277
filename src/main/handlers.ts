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
import { unavailableSyncStatus } from '../core/bridge/sync-contract';

/** Builds the handler map from the services it delegates to. */
export function createInvokeHandlers(deps: {
  files: FileDeps;
  reminders: ReminderService;
}): InvokeHandlers {
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
    // Calendar sync: placeholders until the sync engine lands.
    'sync:status': async () => unavailableSyncStatus(),
    'sync:connect': async () => ({ ok: false, error: 'Calendar sync is not available yet.' }),
    'sync:disconnect': async () => unavailableSyncStatus(),
    'sync:configure': async () => unavailableSyncStatus(),
    'sync:publish': async () => ({ pending: 0 }),
    'sync:now': async () => unavailableSyncStatus(),
    'sync:resolve': async () => unavailableSyncStatus(),
    'sync:busy': async () => [],
    'sync:applied': async () => undefined,
  };
}
