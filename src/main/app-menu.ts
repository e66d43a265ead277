/**
 * The native application menu. Planner commands are sent to the window as 'menu:command'; the
 * renderer decides what they do.
 *
 * Accelerators carry a modifier on purpose: bare ←/→/T/N as menu accelerators would be taken
 * before the page sees them and break typing in every text field. The renderer may still
 * handle the bare keys itself when focus is outside a field.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../core/bridge/contract';

/** Accelerator of each planner command (none for restore: it replaces data, no shortcut). */
export const ACCELERATORS: Readonly<Record<MenuCommand, string | null>> = {
  'new-commitment': 'CmdOrCtrl+N',
  'new-client': 'CmdOrCtrl+Shift+N',
  'go-today': 'CmdOrCtrl+T',
  'prev-week': 'CmdOrCtrl+[',
  'next-week': 'CmdOrCtrl+]',
  'export-ics': 'CmdOrCtrl+E',
  'import-ics': 'CmdOrCtrl+O',
  backup: 'CmdOrCtrl+Shift+B',
  restore: null,
  'calendar-sync': null,
  settings: 'CmdOrCtrl+,',
};

const LABELS: Readonly<Record<MenuCommand, string>> = {
  'new-commitment': 'New Commitment…',
  'new-client': 'New Client…',
  'go-today': 'Today',
  'prev-week': 'Previous Week',
  'next-week': 'Next Week',
  'export-ics': 'Export Calendar (ICS)…',
  'import-ics': 'Import Calendar (ICS)…',
  backup: 'Back Up Data…',
  restore: 'Restore From Backup…',
  'calendar-sync': 'Calendar Sync…',
  settings: 'Settings…',
};

/** Options for the menu template. */
export type AppMenuOptions = { appName: string; platform: NodeJS.Platform; devTools: boolean };

/** The application menu template; `send` delivers a command to the window. */
export function appMenuTemplate(
  options: AppMenuOptions,
  send: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  const item = (command: MenuCommand): MenuItemConstructorOptions => {
    const accelerator = ACCELERATORS[command];
    return {
      id: command,
      label: LABELS[command],
      ...(accelerator ? { accelerator } : {}),
      click: () => send(command),
    };
  };
  const mac = options.platform === 'darwin';
  const settings = item('settings');
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const quit: MenuItemConstructorOptions = { role: 'quit' };
  const devTools: MenuItemConstructorOptions[] = options.devTools
    ? [{ role: 'toggleDevTools' }]
    : [];
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: options.appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        settings,
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: 'File',
      submenu: [
        item('new-commitment'),
        item('new-client'),
        { type: 'separator' },
        item('export-ics'),
        item('import-ics'),
        item('calendar-sync'),
        { type: 'separator' },
        item('backup'),
        item('restore'),
        ...(mac ? [] : [separator, settings, separator, quit]),
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        item('go-today'),
        item('prev-week'),
        item('next-week'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...devTools,
      ],
    },
    { role: 'windowMenu' },
  );
  return template;
}

/** Installs the application menu; returns a cleanup. */
export function createAppMenu(
  options: AppMenuOptions,
  send: (command: MenuCommand) => void,
): () => void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options, send)));
  return () => Menu.setApplicationMenu(null);
}
