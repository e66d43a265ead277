import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeChannel } from '../../../src/core/bridge/contract';
import { unavailableSyncStatus } from '../../../src/core/bridge/sync-contract';
import { INVOKE_CHANNELS, INVOKE_VALIDATORS, LIMITS } from '../../../src/core/bridge/validate';
import {
  invokeListener,
  registerIpc,
  trustedSender,
  type InvokeHandlers,
  type SenderInfo,
} from '../../../src/main/ipc';
import { createInvokeHandlers } from '../../../src/main/handlers';
import type { ReminderService } from '../../../src/main/reminder-service';
import { isTrustedRendererUrl } from '../../../src/main/security';
import { ipcMain, resetFakeElectron } from './fake-electron';
import { stubSyncEngine } from './sync-stub';

vi.mock('electron', () => import('./fake-electron'));

const WINDOW_ID = 7;
const ownEvent: SenderInfo = {
  sender: { id: WINDOW_ID },
  senderFrame: { url: 'app://planner/index.html', parent: null },
};

function handlers(): InvokeHandlers {
  return {
    'reminders:set': vi.fn(async () => undefined),
    'file:save': vi.fn(async () => ({ saved: true, name: 'a.ics' })),
    'file:open': vi.fn(async () => null),
    'app:info': vi.fn(async () => ({ version: '0.1.0', platform: 'linux', desktop: true })),
    'backup:daily': vi.fn(async () => ({ written: true })),
    'login-item:set': vi.fn(async () => ({ openAtLogin: true })),
    'sync:status': vi.fn(async () => unavailableSyncStatus()),
    'sync:connect': vi.fn(async () => ({ ok: false as const, error: 'no' })),
    'sync:disconnect': vi.fn(async () => unavailableSyncStatus()),
    'sync:configure': vi.fn(async () => unavailableSyncStatus()),
    'sync:publish': vi.fn(async () => ({ pending: 0 })),
    'sync:now': vi.fn(async () => unavailableSyncStatus()),
    'sync:resolve': vi.fn(async () => unavailableSyncStatus()),
    'sync:busy': vi.fn(async () => []),
    'sync:applied': vi.fn(async () => undefined),
  };
}

const isTrustedSender = trustedSender(
  () => WINDOW_ID,
  (url) => isTrustedRendererUrl(url, null),
);

const VALID: { [C in InvokeChannel]: unknown } = {
  'reminders:set': { generatedAt: 1, reminders: [], todayPlannedMin: 0, dailyCapMin: 480 },
  'file:save': { kind: 'ics', suggestedName: 'week.ics', content: 'BEGIN:VCALENDAR' },
  'file:open': { kind: 'json' },
  'app:info': null,
  'backup:daily': { day: '2026-03-02', content: '{}' },
  'login-item:set': { openAtLogin: true },
  'sync:status': null,
  'sync:connect': { serverUrl: 'http://127.0.0.1:5232/', username: 'ana', password: 'secret' },
  'sync:disconnect': null,
  'sync:configure': {
    publishTo: { create: 'Hybrid Planner' },
    busyCalendars: [],
    subscriptions: [],
  },
  'sync:publish': { items: [] },
  'sync:now': null,
  'sync:resolve': { uid: 'a@hybrid-planner', keep: 'app' },
  'sync:busy': { from: 0, to: 1 },
  'sync:applied': { uids: [] },
};

/** Calls the registered listener the way Electron would. */
function call(channel: string, event: SenderInfo, raw: unknown): Promise<unknown> {
  const listener = ipcMain.handlers.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => Reflect.apply(listener, undefined, [event, raw]));
}

describe('registerIpc', () => {
  beforeEach(() => resetFakeElectron());

  it('registers exactly one handler per contract channel, and removes them all', () => {
    const cleanup = registerIpc({ handlers: handlers(), isTrustedSender });
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    // Registering twice would throw in Electron: one handler per channel.
    expect(() => registerIpc({ handlers: handlers(), isTrustedSender })).toThrow(/second handler/);
    cleanup();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('has a validator and a real handler for every channel, and refuses a map with a gap', () => {
    const reminders: ReminderService = {
      setSchedule: vi.fn(async () => undefined),
      snooze: vi.fn(),
      cancelSnooze: vi.fn(),
      togglePause: vi.fn(),
      snapshot: vi.fn(),
      flush: vi.fn(async () => undefined),
      subscribe: vi.fn(() => () => undefined),
      dispose: vi.fn(),
    };
    const real = createInvokeHandlers({
      files: {
        getWindow: () => null,
        defaultDir: '/tmp',
        backupDir: '/tmp/backups',
        now: Date.now,
      },
      reminders,
      sync: stubSyncEngine(),
    });
    expect(Object.keys(real).sort()).toEqual([...INVOKE_CHANNELS].sort());
    for (const channel of INVOKE_CHANNELS) {
      expect(typeof INVOKE_VALIDATORS[channel]).toBe('function');
      expect(typeof real[channel]).toBe('function');
    }
    // A map built around the types (e.g. spread from a partial object) is refused before any
    // channel goes live.
    const gap: Partial<InvokeHandlers> = { ...handlers() };
    delete gap['file:open'];
    expect(() =>
      Reflect.apply(registerIpc, undefined, [{ handlers: gap, isTrustedSender }]),
    ).toThrow('no handler for file:open');
    expect(ipcMain.handlers.size).toBe(0);
  });

  it.each(INVOKE_CHANNELS)(
    '%s: a valid request from our window reaches its handler',
    async (channel) => {
      const map = handlers();
      registerIpc({ handlers: map, isTrustedSender });
      await expect(call(channel, ownEvent, VALID[channel])).resolves.not.toBeInstanceOf(Error);
      expect(map[channel]).toHaveBeenCalledTimes(1);
    },
  );

  it('hands the handler a fresh copy, never the payload object itself', async () => {
    const map = handlers();
    registerIpc({ handlers: map, isTrustedSender });
    const payload = { kind: 'json' };
    await call('file:open', ownEvent, payload);
    const received: unknown = vi.mocked(map['file:open']).mock.calls[0]?.[0];
    expect(received).toEqual(payload);
    expect(received).not.toBe(payload);
  });

  it.each<[string, SenderInfo]>([
    ['another window', { ...ownEvent, sender: { id: 99 } }],
    ['a sub-frame', { ...ownEvent, senderFrame: { url: 'app://planner/index.html', parent: {} } }],
    ['a destroyed frame', { ...ownEvent, senderFrame: null }],
    ['a remote page', { ...ownEvent, senderFrame: { url: 'https://evil.example/', parent: null } }],
    [
      'a file:// page',
      { ...ownEvent, senderFrame: { url: 'file:///tmp/index.html', parent: null } },
    ],
    [
      'another app:// page',
      { ...ownEvent, senderFrame: { url: 'app://planner/blank.html', parent: null } },
    ],
  ])('rejects a request from %s without calling the handler', async (_name, event) => {
    const map = handlers();
    registerIpc({ handlers: map, isTrustedSender });
    for (const channel of INVOKE_CHANNELS) {
      await expect(call(channel, event, VALID[channel])).rejects.toThrow(
        `${channel}: request rejected: unknown sender`,
      );
      expect(map[channel]).not.toHaveBeenCalled();
    }
  });

  it('accepts the dev server only when one is configured', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', null)).toBe(false);
    expect(isTrustedRendererUrl('app://planner/index.html#/week', null)).toBe(true);
    expect(isTrustedRendererUrl('app://evil/index.html', null)).toBe(false);
  });

  it('wraps a failing handler in a clear error', async () => {
    const map = handlers();
    map['file:open'] = vi.fn(async () => {
      throw new Error('disk on fire');
    });
    const log = vi.fn();
    registerIpc({ handlers: map, isTrustedSender, log });
    await expect(call('file:open', ownEvent, { kind: 'ics' })).rejects.toThrow(
      'file:open: failed: disk on fire',
    );
    expect(log).toHaveBeenCalledWith('file:open: failed: disk on fire');
  });

  it('treats a throwing sender check as untrusted', async () => {
    const listener = invokeListener('app:info', {
      handlers: handlers(),
      isTrustedSender: () => {
        throw new Error('no frame');
      },
    });
    await expect(listener(ownEvent, null)).rejects.toThrow('unknown sender');
  });
});

/** Hostile values: anything fast-check can build, plus the shapes attackers try. */
const hostile = fc.oneof(
  fc.anything({
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withMap: true,
    withSet: true,
    withBigInt: true,
    withDate: true,
  }),
  fc.string({ maxLength: 64 }).map((key) => ({ [key]: 'x' })),
  fc
    .constantFrom('__proto__', 'constructor', 'prototype')
    .map((key): unknown => JSON.parse(`{"kind":"ics","${key}":{"isAdmin":true}}`)),
  fc
    .string({ maxLength: 300 })
    .map((suggestedName) => ({ kind: 'ics', suggestedName, content: '' })),
  fc.constant({
    kind: 'ics',
    suggestedName: 'a.ics',
    content: 'x'.repeat(LIMITS.maxFileBytes + 1),
  }),
  fc.constant({ day: '2026-03-02', content: 'x'.repeat(LIMITS.maxFileBytes + 1) }),
);

describe('fuzzing every channel with hostile payloads', () => {
  it.each(INVOKE_CHANNELS)(
    '%s: rejects with a clear error or validates; never throws uncaught',
    async (channel) => {
      resetFakeElectron();
      const map = handlers();
      registerIpc({ handlers: map, isTrustedSender });
      await fc.assert(
        fc.asyncProperty(hostile, async (raw) => {
          const outcome = await call(channel, ownEvent, raw).then(
            () => 'resolved',
            (error: unknown) => error,
          );
          if (outcome === 'resolved') {
            // Only a payload that really is valid for this channel may get through.
            expect(INVOKE_VALIDATORS[channel](raw).ok).toBe(true);
            return;
          }
          expect(outcome).toBeInstanceOf(Error);
          expect(outcome instanceof Error ? outcome.message : '').toMatch(
            new RegExp(`^${channel}: invalid request: .+`),
          );
        }),
        { numRuns: 300 },
      );
      expect(Object.prototype).not.toHaveProperty('isAdmin');
    },
  );
});
