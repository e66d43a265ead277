/**
 * A scripted stand-in for the preload's `window.planner`, the whole PlannerBridge with its sync
 * part, keeping its state in the page, so the renderer runs its desktop path in Chromium. The
 * test drives it through `window.__desktop`: what the window asked (connects, configs,
 * publishes, busy requests) and what the shell tells it (status, incoming changes, busy time).
 */
import { expect, type Page } from '@playwright/test';
import { PlannerPage } from './planner';

/** What the fake records and what the test sets. */
export type FakeDesktop = {
  connects: { serverUrl: string; username: string; passwordLength: number }[];
  configs: unknown[];
  publishes: { uid: string; kind: string }[][];
  /** The horizon sent with each publish. */
  sinces: (number | undefined)[];
  busyAsked: { from: number; to: number }[];
  resolved: { uid: string; keep: string }[];
  applied: string[][];
  busyEvents: unknown[];
  status: Record<string, unknown>;
  /** Sends a status event with these fields changed. */
  emit: (patch: Record<string, unknown>) => void;
  /** Tells the window that busy time changed. */
  busyChanged: () => void;
  incoming: (changes: unknown[]) => void;
};

declare global {
  interface Window {
    __desktop: FakeDesktop;
  }
}

/** The init script: runs before the app's code in every page. */
export const FAKE_DESKTOP = `(() => {
  const listeners = { status: new Set(), incoming: new Set(), busy: new Set() };
  const on = (set) => (l) => { set.add(l); return () => set.delete(l); };
  const calendars = [
    { url: 'https://dav.example.com/cal/ana/personal/', displayName: 'Personal', color: '#16a34a', writable: true },
    { url: 'https://dav.example.com/cal/ana/clients/', displayName: 'Client invitations', color: '#9333ea', writable: true },
    { url: 'https://dav.example.com/cal/ana/holidays/', displayName: 'Holidays', color: null, writable: false },
  ];
  const d = {
    connects: [], configs: [], publishes: [], sinces: [], busyAsked: [], resolved: [], applied: [],
    busyEvents: [],
    status: {
      state: 'disconnected', account: null, calendars: [],
      config: { publishTo: null, busyCalendars: [], subscriptions: [] },
      lastSync: null, progress: null, error: null, pending: 0, conflicts: [], nextRetryAt: null,
      busyProblems: [],
    },
  };
  const copy = () => JSON.parse(JSON.stringify(d.status));
  d.emit = (patch) => {
    d.status = { ...d.status, ...patch };
    for (const l of listeners.status) l(copy());
  };
  d.busyChanged = () => { for (const l of listeners.busy) l(Date.now()); };
  d.incoming = (changes) => { for (const l of listeners.incoming) l(changes); };
  window.__desktop = d;
  window.planner = {
    setReminders: async () => undefined,
    saveFile: async (r) => ({ saved: true, name: r.suggestedName }),
    openFile: async () => null,
    getAppInfo: async () => ({ version: 'test', platform: 'linux', desktop: true, openAtLogin: false }),
    writeDailyBackup: async () => ({ written: true }),
    setOpenAtLogin: async (v) => ({ openAtLogin: v }),
    onShowTime: () => () => undefined,
    onMenuCommand: () => () => undefined,
    sync: {
      status: async () => copy(),
      connect: async (input) => {
        d.connects.push({ serverUrl: input.serverUrl, username: input.username, passwordLength: input.password.length });
        if (input.password !== 'app-password') {
          return { ok: false, error: 'The server refused the user name or password (401).' };
        }
        d.status = { ...d.status, state: 'idle', account: { serverUrl: input.serverUrl, username: input.username }, calendars };
        return { ok: true, status: copy() };
      },
      disconnect: async () => {
        d.status = { ...d.status, state: 'disconnected', account: null, calendars: [], lastSync: null,
          config: { publishTo: null, busyCalendars: [], subscriptions: [] } };
        return copy();
      },
      configure: async (config) => {
        d.configs.push(config);
        const publishTo = config.publishTo === null ? null
          : 'url' in config.publishTo ? config.publishTo.url : 'https://dav.example.com/cal/ana/hybrid-planner/';
        d.status = { ...d.status, config: { publishTo, busyCalendars: config.busyCalendars, subscriptions: config.subscriptions } };
        return copy();
      },
      publish: async (request) => {
        d.publishes.push(request.items.map((i) => ({ uid: i.uid, kind: i.kind })));
        d.sinces.push(request.since);
        return { pending: request.items.length };
      },
      syncNow: async () => {
        d.status = { ...d.status, state: 'idle', pending: 0,
          lastSync: { at: Date.now(), created: 3, updated: 1, deleted: 0, received: 2 } };
        return copy();
      },
      resolve: async (choice) => {
        d.resolved.push(choice);
        d.status = { ...d.status, conflicts: d.status.conflicts.filter((c) => c.uid !== choice.uid) };
        return copy();
      },
      busy: async (request) => {
        d.busyAsked.push(request);
        return d.busyEvents.filter((e) => e.end > request.from && e.start < request.to);
      },
      applied: async (uids) => { d.applied.push(uids); },
      onStatus: on(listeners.status),
      onIncoming: on(listeners.incoming),
      onBusyChanged: on(listeners.busy),
    },
  };
})();`;

/**
 * Runs after FAKE_DESKTOP: the shell starts connected, publishing to a created calendar and
 * reading two calendars as busy time (the invitations one counts as work), with these events.
 */
export function connectedDesktop(busyEvents: unknown[]): string {
  return `(() => {
    const d = window.__desktop;
    d.busyEvents = ${JSON.stringify(busyEvents)};
    d.status = { ...d.status, state: 'idle',
      account: { serverUrl: 'https://dav.example.com/', username: 'ana' },
      calendars: [
        { url: 'https://dav.example.com/cal/ana/personal/', displayName: 'Personal', color: '#16a34a', writable: true },
        { url: 'https://dav.example.com/cal/ana/clients/', displayName: 'Client invitations', color: '#9333ea', writable: true },
        { url: 'https://dav.example.com/cal/ana/hybrid-planner/', displayName: 'Hybrid Planner', color: null, writable: true },
      ],
      config: {
        publishTo: 'https://dav.example.com/cal/ana/hybrid-planner/',
        busyCalendars: [
          { url: 'https://dav.example.com/cal/ana/personal/', countsAsWork: false },
          { url: 'https://dav.example.com/cal/ana/clients/', countsAsWork: true },
        ],
        subscriptions: [],
      },
    };
  })();`;
}

/** The sample week at `now`, on a desktop already connected that sends these busy events. */
export async function openConnected(
  page: Page,
  now: string,
  busy: unknown[] = [],
): Promise<PlannerPage> {
  await page.addInitScript(FAKE_DESKTOP);
  await page.addInitScript(connectedDesktop(busy));
  const planner = new PlannerPage(page);
  await planner.open(now);
  await page.getByRole('button', { name: 'Load a sample week' }).click();
  await expect(planner.grid).toHaveAttribute('aria-busy', 'false');
  return planner;
}
