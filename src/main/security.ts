/**
 * Session-wide security: a strict Content-Security-Policy header, every permission request and
 * device chooser denied, no <webview>, no navigation or new window, and the single definition of
 * "our renderer" used to check IPC senders.
 */
import { app, session as electronSession, type Event, type WebContents } from 'electron';
import { APP_INDEX_URL } from './protocol';

/**
 * The production policy: only the app's own files; no inline script or style, no eval, no
 * network. (React's style props go through the CSSOM, which style-src does not govern.)
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The dev-server policy: Vite's HMR needs its inline preamble and a websocket. */
export function devCsp(devUrl: string): string {
  const origin = new URL(devUrl);
  const ws = `ws://${origin.host}`;
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${ws}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** True when `url` is the app's own page: app://planner/index.html, or the dev server's origin. */
export function isTrustedRendererUrl(url: string, devUrl: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const index = new URL(APP_INDEX_URL);
  if (parsed.protocol === index.protocol && parsed.host === index.host) {
    return parsed.pathname === index.pathname;
  }
  if (devUrl === null) return false;
  const dev = new URL(devUrl);
  return (
    (dev.protocol === 'http:' || dev.protocol === 'https:') &&
    parsed.protocol === dev.protocol &&
    parsed.host === dev.host
  );
}

/** Denies every permission request and check on the default session, adds the CSP header; returns a cleanup. */
export function hardenSession(options: { devUrl: string | null }): () => void {
  const session = electronSession.defaultSession;
  const policy = options.devUrl === null ? CSP : devCsp(options.devUrl);
  // The planner needs no camera, microphone, geolocation, notifications (main shows them),
  // MIDI, HID or clipboard-read: deny by default, allow nothing.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // The device choosers are answered "none" explicitly: permission denial alone leaves the
  // request to Chromium's defaults, which differ by platform and version.
  const noHid = (event: Event, _details: unknown, callback: (id?: string | null) => void) => {
    event.preventDefault();
    callback();
  };
  const noSerial = (
    event: Event,
    _ports: unknown,
    _contents: unknown,
    callback: (id: string) => void,
  ) => {
    event.preventDefault();
    callback('');
  };
  const noUsb = (event: Event, _details: unknown, callback: (id?: string) => void) => {
    event.preventDefault();
    callback();
  };
  session.on('select-hid-device', noHid);
  session.on('select-serial-port', noSerial);
  session.on('select-usb-device', noUsb);
  // Covers http(s) (the dev server); app:// responses carry the header themselves (protocol.ts).
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string | string[]> = { ...details.responseHeaders };
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  });
  return () => {
    session.setPermissionRequestHandler(null);
    session.setPermissionCheckHandler(null);
    session.setDevicePermissionHandler(null);
    session.removeListener('select-hid-device', noHid);
    session.removeListener('select-serial-port', noSerial);
    session.removeListener('select-usb-device', noUsb);
    session.webRequest.onHeadersReceived(null);
  };
}

/**
 * Locks down any web contents the app creates: no <webview>, no navigation, no new windows, no
 * device chooser. Nothing is opened outside either: the UI shows no links, and passing every
 * http(s) navigation to the system browser let a page open 50 browser tabs with 50 calls. A link
 * added one day must be opened from a user gesture through its own IPC call, not from here.
 */
export function guardWebContents(contents: WebContents): void {
  // Guarded once: the window guards its own contents and the app guards every new one.
  if (guarded.has(contents)) return;
  guarded.add(contents);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // Chromium asks the app to pick a Bluetooth device; an empty id cancels the request.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
}

const guarded = new WeakSet<WebContents>();

/** Applies guardWebContents to every web contents created from now on; returns a cleanup. */
export function guardAllWebContents(): () => void {
  const listener = (_event: unknown, contents: WebContents): void => guardWebContents(contents);
  app.on('web-contents-created', listener);
  return () => app.removeListener('web-contents-created', listener);
}
