/**
 * The tray icon: builds the native menu from the pure view in tray-menu.ts and turns its action
 * ids into calls on the reminder service and the window. Rebuilt only when the view changes.
 */
import { Menu, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import type { Instant } from '../core/types';
import type { ReminderService, ReminderSnapshot } from './reminder-service';
import { buildTrayView, type TrayAction, type TrayItem, type TrayView } from './tray-menu';

/** What the tray needs from its surroundings. */
export type TrayDeps = {
  appName: string;
  icon: NativeImage;
  reminders: ReminderService;
  showWindow: () => void;
  showEvent: (eventAt: Instant) => void;
  quit: () => void;
};

/** Carries out one tray action. */
export function runTrayAction(action: TrayAction, deps: TrayDeps): void {
  switch (action.type) {
    case 'open':
      return deps.showWindow();
    case 'show-event':
      return deps.showEvent(action.eventAt);
    case 'snooze':
      return deps.reminders.snooze(action.option);
    case 'cancel-snooze':
      return deps.reminders.cancelSnooze();
    case 'toggle-pause':
      return deps.reminders.togglePause();
    case 'quit':
      return deps.quit();
  }
}

/** Native menu template for a tray view. */
export function toMenuTemplate(
  items: readonly TrayItem[],
  onAction: (action: TrayAction) => void,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'info':
        return { label: item.label, enabled: false };
      case 'submenu':
        return { label: item.label, submenu: toMenuTemplate(item.items, onAction) };
      case 'checkbox':
        return {
          label: item.label,
          type: 'checkbox',
          checked: item.checked,
          click: () => onAction(item.action),
        };
      case 'action':
        return { label: item.label, click: () => onAction(item.action) };
    }
  });
}

/** Creates the tray and keeps it in step with the reminder service; returns a cleanup. */
export function createTray(deps: TrayDeps): () => void {
  const tray = new Tray(deps.icon);
  const onAction = (action: TrayAction): void => runTrayAction(action, deps);
  let last = '';

  const update = (snapshot: ReminderSnapshot): void => {
    const view: TrayView = buildTrayView({
      appName: deps.appName,
      state: snapshot.state,
      now: snapshot.now,
      zone: snapshot.zone,
      todayPlannedMin: snapshot.schedule?.todayPlannedMin ?? 0,
      dailyCapMin: snapshot.schedule?.dailyCapMin ?? 0,
      plannedAt: snapshot.schedule?.generatedAt ?? null,
    });
    const key = JSON.stringify(view);
    if (key === last) return;
    last = key;
    tray.setToolTip(view.tooltip);
    // Linux needs setContextMenu again after every change for the menu to update.
    tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(view.items, onAction)));
  };

  // On Windows and Linux a left click opens the planner; macOS shows the menu instead.
  tray.on('click', () => deps.showWindow());
  const unsubscribe = deps.reminders.subscribe(update);
  return () => {
    unsubscribe();
    tray.destroy();
  };
}
