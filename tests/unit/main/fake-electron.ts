/**
 * A small in-memory stand-in for the `electron` module, used with
 * `vi.mock('electron', () => import('./fake-electron'))`. It records what the shell asks of
 * Electron so tests can assert on it; it never loads the real electron package.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

/** An event object with preventDefault, as Electron passes to cancellable events. */
export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  id = nextContentsId++;
  sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  reloads = 0;
  crashes = 0;
  reload(): void {
    this.reloads++;
  }
  forcefullyCrashRenderer(): void {
    this.crashes++;
    this.emit('render-process-gone', new FakeEvent(), { reason: 'killed', exitCode: 9 });
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  options: Record<string, unknown>;
  webContents = new FakeWebContents();
  visible = false;
  focused = false;
  destroyed = false;
  maximized = false;
  loaded: string | null = null;
  bounds = { x: 10, y: 20, width: 1200, height: 800 };
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    BrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return this.bounds;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  destroy(): void {
    this.destroyed = true;
  }
  /** Simulates the user closing the window: emits 'close', destroys unless prevented. */
  close(): FakeEvent {
    const event = new FakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroyed = true;
    return event;
  }
}

class FakeApp extends EventEmitter {
  paths = new Map<string, string>();
  lock = true;
  isPackaged = false;
  loginItem = { openAtLogin: false, wasOpenedAtLogin: false };
  quit = vi.fn();
  requestSingleInstanceLock = vi.fn(() => this.lock);
  setLoginItemSettings = vi.fn((settings: { openAtLogin: boolean }) => {
    this.loginItem = { ...this.loginItem, openAtLogin: settings.openAtLogin };
  });
  getLoginItemSettings(): { openAtLogin: boolean; wasOpenedAtLogin: boolean } {
    return this.loginItem;
  }
  getPath(name: string): string {
    return this.paths.get(name) ?? `/tmp/fake-${name}`;
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  getVersion(): string {
    return '0.1.0';
  }
  getName(): string {
    return 'Hybrid Planner';
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
}
export const app = new FakeApp();

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, listener: Listener): void {
    // Electron refuses a second handler for the same channel; so does the fake.
    if (this.handlers.has(channel)) throw new Error(`second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
};

type PermissionRequest = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;
type HeadersListener = (
  details: { url: string; responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void;

export class FakeSession extends EventEmitter {
  permissionRequest: PermissionRequest | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  devicePermission: ((...args: unknown[]) => boolean) | null = null;
  headersListener: HeadersListener | null = null;
  setPermissionRequestHandler(handler: PermissionRequest | null): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: ((...args: unknown[]) => boolean) | null): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: ((...args: unknown[]) => boolean) | null): void {
    this.devicePermission = handler;
  }
  webRequest = {
    onHeadersReceived: (listener: HeadersListener | null): void => {
      this.headersListener = listener;
    },
  };
}
export const session = { defaultSession: new FakeSession() };

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response>): void {
    this.handlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  },
};

export type FakeMenu = { template: MenuTemplateItem[] };
export type MenuTemplateItem = {
  label?: string;
  type?: string;
  role?: string;
  id?: string;
  accelerator?: string;
  checked?: boolean;
  enabled?: boolean;
  click?: () => void;
  submenu?: MenuTemplateItem[];
};
export const Menu: {
  applicationMenu: FakeMenu | null;
  buildFromTemplate(template: MenuTemplateItem[]): FakeMenu;
  setApplicationMenu(menu: FakeMenu | null): void;
} = {
  applicationMenu: null,
  buildFromTemplate(template: MenuTemplateItem[]): FakeMenu {
    return { template };
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    this.applicationMenu = menu;
  },
};

export class Tray extends EventEmitter {
  static instances: Tray[] = [];
  tooltip = '';
  menu: FakeMenu | null = null;
  menuUpdates = 0;
  destroyed = false;
  constructor(readonly image: unknown) {
    super();
    Tray.instances.push(this);
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setContextMenu(menu: FakeMenu): void {
    this.menu = menu;
    this.menuUpdates++;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

export class Notification extends EventEmitter {
  static instances: Notification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return Notification.supported;
  }
  shown = false;
  constructor(readonly options: { title: string; body: string }) {
    super();
    Notification.instances.push(this);
  }
  show(): void {
    this.shown = true;
  }
}

export const shell = { openExternal: vi.fn(() => Promise.resolve()) };

export const dialog = {
  showSaveDialog: vi.fn((): Promise<{ canceled: boolean; filePath?: string }> =>
    Promise.resolve({ canceled: true }),
  ),
  showOpenDialog: vi.fn((): Promise<{ canceled: boolean; filePaths: string[] }> =>
    Promise.resolve({ canceled: true, filePaths: [] }),
  ),
};

export const powerMonitor = new EventEmitter();

export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
};

export const nativeImage = {
  createEmpty: () => ({
    representations: [] as { scaleFactor: number; buffer: Buffer }[],
    template: false,
    addRepresentation(rep: { scaleFactor: number; buffer: Buffer }): void {
      this.representations.push(rep);
    },
    setTemplateImage(value: boolean): void {
      this.template = value;
    },
  }),
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

class FakeIpcRenderer extends EventEmitter {
  invoke = vi.fn((_channel: string, _arg?: unknown): Promise<unknown> =>
    Promise.resolve(undefined),
  );
}
export const ipcRenderer = new FakeIpcRenderer();

/** Clears all recorded state between tests. */
export function resetFakeElectron(): void {
  BrowserWindow.instances = [];
  Tray.instances = [];
  Notification.instances = [];
  Notification.supported = true;
  ipcMain.handlers.clear();
  protocol.handlers.clear();
  session.defaultSession = new FakeSession();
  Menu.applicationMenu = null;
  contextBridge.exposed.clear();
  app.removeAllListeners();
  app.lock = true;
  app.isPackaged = false;
  app.loginItem = { openAtLogin: false, wasOpenedAtLogin: false };
  app.paths.clear();
  powerMonitor.removeAllListeners();
  ipcRenderer.removeAllListeners();
  safeStorage.available = true;
  vi.clearAllMocks();
}

/**
 * safeStorage: a reversible stand-in "encryption" (a marker plus reversed base64) so tests can
 * see that the file never holds the password in clear; `available` switches the keyring off.
 */
export const safeStorage = {
  available: true,
  isEncryptionAvailable(): boolean {
    return this.available;
  },
  encryptString(text: string): Buffer {
    if (!this.available) throw new Error('Encryption is not available.');
    return Buffer.from(`enc:${[...Buffer.from(text).toString('base64')].reverse().join('')}`);
  },
  decryptString(buffer: Buffer): string {
    const text = buffer.toString();
    if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext.');
    return Buffer.from([...text.slice(4)].reverse().join(''), 'base64').toString();
  },
};
