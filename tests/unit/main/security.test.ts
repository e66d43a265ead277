import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  mimeType,
  registerAppScheme,
  resolveAppRequest,
  serveAppRequest,
  handleAppProtocol,
} from '../../../src/main/protocol';
import { CSP, devCsp, guardAllWebContents, hardenSession } from '../../../src/main/security';
import {
  app,
  FakeEvent,
  FakeWebContents,
  protocol,
  resetFakeElectron,
  session,
} from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('hardenSession', () => {
  beforeEach(() => resetFakeElectron());

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'hid',
    'midi',
  ])('denies the %s permission request and check', (permission) => {
    const s = session.defaultSession;
    hardenSession({ devUrl: null });
    const callback = vi.fn();
    s.permissionRequest?.({}, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(s.permissionCheck?.({}, permission)).toBe(false);
    expect(s.devicePermission?.({})).toBe(false);
  });

  it.each([
    ['select-hid-device', (cb: () => void) => [{}, cb], undefined],
    ['select-serial-port', (cb: () => void) => [[], {}, cb], ''],
    ['select-usb-device', (cb: () => void) => [{}, cb], undefined],
  ] as const)('answers the %s chooser with no device', (name, args, expected) => {
    hardenSession({ devUrl: null });
    const event = new FakeEvent();
    const callback = vi.fn();
    session.defaultSession.emit(name, event, ...args(callback));
    expect(event.defaultPrevented).toBe(true);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback.mock.calls[0]).toEqual(expected === undefined ? [] : [expected]);
  });

  it('replaces any CSP header with the strict policy', () => {
    const s = session.defaultSession;
    hardenSession({ devUrl: null });
    const callback = vi.fn();
    s.headersListener?.(
      { url: 'http://x/', responseHeaders: { 'content-security-policy': ['*'], 'x-a': ['1'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'x-a': ['1'], 'Content-Security-Policy': [CSP] },
    });
  });

  it('has a strict production policy and a dev policy that only adds what Vite needs', () => {
    expect(CSP).toContain("default-src 'none'");
    expect(CSP).toContain("script-src 'self';");
    expect(CSP).not.toContain('unsafe-eval');
    expect(CSP).toContain("frame-ancestors 'none'");
    expect(devCsp('http://localhost:5173')).toContain('ws://localhost:5173');
  });

  it('guards every web contents created later: no webview, no navigation, no windows', () => {
    const cleanup = guardAllWebContents();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    const event = new FakeEvent();
    contents.emit('will-attach-webview', event);
    expect(event.defaultPrevented).toBe(true);
    const navigation = new FakeEvent();
    contents.emit('will-navigate', navigation, 'https://x.example');
    expect(navigation.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://x.example' })).toEqual({ action: 'deny' });
    cleanup();
    expect(app.listenerCount('web-contents-created')).toBe(0);
  });
});

describe('the app:// protocol', () => {
  const root = '/srv/out/renderer';

  it.each<[string, string | null]>([
    ['app://planner/index.html', '/srv/out/renderer/index.html'],
    ['app://planner/', '/srv/out/renderer/index.html'],
    ['app://planner/assets/index-abc.js?v=1#x', '/srv/out/renderer/assets/index-abc.js'],
    // The URL parser removes dot segments first: these stay inside the root.
    ['app://planner/../main/index.js', '/srv/out/renderer/main/index.js'],
    ['app://planner/%2e%2e/main/index.js', '/srv/out/renderer/main/index.js'],
    ['app://planner/assets/%2e%2e%2f%2e%2e%2fmain%2findex.js', null],
    ['app://planner/..%5cmain', null],
    ['app://planner/a%00b', null],
    ['app://planner/%E0%A4%A', null],
    ['app://other/index.html', null],
    ['file:///srv/out/renderer/index.html', null],
    ['not a url', null],
  ])('%s → %s', (url, expected) => {
    expect(resolveAppRequest(url, root)).toBe(expected);
  });

  it('serves files with their type and the CSP header, 404 otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planner-renderer-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'assets', 'a.js'), 'export {}');
    const page = await serveAppRequest('app://planner/index.html', dir, CSP);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(await page.text()).toBe('<!doctype html>');
    expect(
      (await serveAppRequest('app://planner/assets/a.js', dir, CSP)).headers.get('content-type'),
    ).toContain('javascript');
    expect((await serveAppRequest('app://planner/missing.js', dir, CSP)).status).toBe(404);
    expect((await serveAppRequest('app://planner/../../etc/passwd', dir, CSP)).status).toBe(404);
    expect(mimeType('x.unknown')).toBe('application/octet-stream');
  });

  it('registers a privileged standard scheme and a handler it can remove', async () => {
    resetFakeElectron();
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
    const cleanup = handleAppProtocol('/nonexistent', CSP);
    const response = await protocol.handlers.get('app')?.({ url: 'app://planner/index.html' });
    expect(response?.status).toBe(404);
    cleanup();
    expect(protocol.handlers.has('app')).toBe(false);
  });
});
