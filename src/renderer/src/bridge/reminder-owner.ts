/**
 * Which tab shows reminders: every open tab computes the same plan, so without an owner two tabs
 * show every reminder twice. The owner holds a Web Lock for as long as it lives; the browser
 * hands the lock to the next tab when it closes. Where Web Locks are missing, tabs announce
 * themselves on a BroadcastChannel and the oldest one owns; with neither, the tab owns.
 */

/** This tab's claim on reminders. */
export type ReminderOwner = { isOwner: () => boolean; dispose: () => void };

const NAME = 'hybrid-planner-reminders';

type Hello = { type: 'hello' | 'here' | 'bye'; tab: string; since: number };

function readHello(data: unknown): Hello | null {
  if (typeof data !== 'object' || data === null) return null;
  const type: unknown = Reflect.get(data, 'type');
  const tab: unknown = Reflect.get(data, 'tab');
  const since: unknown = Reflect.get(data, 'since');
  if (type !== 'hello' && type !== 'here' && type !== 'bye') return null;
  if (typeof tab !== 'string' || typeof since !== 'number') return null;
  return { type, tab, since };
}

/** The one Web Locks call ownership makes. */
type Locks = {
  request(name: string, callback: () => Promise<void> | undefined): Promise<unknown>;
};

/** What ownership reads of the window: its Web Locks, and the pagehide event. */
export type OwnerHost = {
  navigator: { locks?: Locks };
  addEventListener(type: 'pagehide', listener: () => void, options: { once: boolean }): void;
};

function byLock(locks: Locks, onOwner: () => void): ReminderOwner {
  let owner = false;
  let release: (() => void) | null = null;
  let disposed = false;
  void locks
    .request(NAME, () => {
      if (disposed) return undefined;
      owner = true;
      onOwner();
      // Held until this tab goes away (or is disposed): the promise is the lock's lifetime.
      return new Promise<void>((resolve) => (release = resolve));
    })
    .catch(() => undefined);
  return {
    isOwner: () => owner,
    dispose() {
      disposed = true;
      owner = false;
      release?.();
    },
  };
}

function byChannel(channel: BroadcastChannel, tab: string, since: number): ReminderOwner {
  const peers = new Map<string, number>();
  const older = (peerSince: number, peer: string): boolean =>
    peerSince < since || (peerSince === since && peer < tab);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const hello = readHello(event.data);
    if (!hello || hello.tab === tab) return;
    if (hello.type === 'bye') peers.delete(hello.tab);
    else peers.set(hello.tab, hello.since);
    if (hello.type === 'hello') channel.postMessage({ type: 'here', tab, since });
  };
  channel.postMessage({ type: 'hello', tab, since });
  return {
    isOwner: () => ![...peers].some(([peer, peerSince]) => older(peerSince, peer)),
    dispose() {
      channel.postMessage({ type: 'bye', tab, since });
      channel.close();
    },
  };
}

/** Claims reminders for this tab; `onOwner` runs when it becomes the owner. */
export function claimReminderOwnership(
  win: OwnerHost,
  onOwner: () => void,
  now: () => number = Date.now,
): ReminderOwner {
  const locks = win.navigator.locks;
  if (locks) return byLock(locks, onOwner);
  if (typeof BroadcastChannel === 'function') {
    const tab = `${now()}-${Math.random().toString(36).slice(2)}`;
    const owner = byChannel(new BroadcastChannel(NAME), tab, now());
    win.addEventListener('pagehide', () => owner.dispose(), { once: true });
    return owner;
  }
  return { isOwner: () => true, dispose: () => undefined };
}
