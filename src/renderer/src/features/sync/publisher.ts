/**
 * When the plan goes to the server: after the data has been still for `delayMs` (coalescing a
 * burst of edits into one publish; a steady stream still goes out every `maxWaitMs`), one
 * publish at a time and in order, and never when the items equal what was last sent (a cheap
 * hash of every UID and text). The items are computed only when a publish is due, never on every
 * keystroke. Timers and the clock are given, so tests drive it with fake timers.
 */
import type { PublishedItem, PublishRequest } from '../../../../core/bridge/sync-contract';

export type PublisherDeps = {
  delayMs: number;
  maxWaitMs: number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  now: () => number;
  send: (request: PublishRequest) => Promise<unknown>;
  onError: (error: unknown) => void;
};

export type Publisher = {
  /** The plan changed: `compute` gives its items (and horizon) when the publish is due. */
  update: (compute: () => PublishRequest) => void;
  /** Forget what was sent (a new account or target needs everything again). */
  reset: () => void;
  dispose: () => void;
};

/** Two FNV-1a hashes over every UID and text: a cheap, order-sensitive digest of the items. */
export function itemsDigest(items: readonly PublishedItem[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ items.length;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
  };
  for (const item of items) {
    feed(item.uid);
    feed('\u0000');
    feed(item.kind);
    feed('\u0000');
    feed(item.ics);
    feed('\u0001');
  }
  return `${(a >>> 0).toString(16)}-${(b >>> 0).toString(16)}-${items.length}`;
}

/** A debounced, coalescing, in-order publisher. */
export function createPublisher(deps: PublisherDeps): Publisher {
  let compute: (() => PublishRequest) | null = null;
  let timer: unknown = null;
  let firstChange: number | null = null;
  let sending = false;
  let again = false;
  let lastSent: string | null = null;
  let disposed = false;

  function arm() {
    if (timer !== null) deps.clearTimer(timer);
    const now = deps.now();
    firstChange ??= now;
    const due = Math.min(now + deps.delayMs, firstChange + deps.maxWaitMs);
    timer = deps.setTimer(fire, Math.max(0, due - now));
  }

  function fire() {
    timer = null;
    firstChange = null;
    if (disposed || !compute) return;
    // One publish at a time: a change during a send goes out after it, with the latest data.
    if (sending) {
      again = true;
      return;
    }
    let request: PublishRequest;
    try {
      request = compute();
    } catch (error) {
      deps.onError(error);
      return;
    }
    // The horizon alone moving changes nothing on the server: only the items decide.
    const digest = itemsDigest(request.items);
    if (digest === lastSent) return;
    sending = true;
    deps.send(request).then(
      () => {
        lastSent = digest;
        done();
      },
      (error: unknown) => {
        deps.onError(error);
        done();
      },
    );
  }

  function done() {
    sending = false;
    if (again && !disposed) {
      again = false;
      fire();
    }
  }

  return {
    update(next) {
      compute = next;
      if (!disposed) arm();
    },
    reset() {
      lastSent = null;
    },
    dispose() {
      disposed = true;
      if (timer !== null) deps.clearTimer(timer);
      timer = null;
    },
  };
}
