import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  claimReminderOwnership,
  type OwnerHost,
} from '../../../src/renderer/src/bridge/reminder-owner';

/** A window with only what the ownership module reads; no Web Locks unless given. */
function fakeWindow(locks?: OwnerHost['navigator']['locks']): OwnerHost {
  const target = new EventTarget();
  return Object.assign(target, { navigator: locks ? { locks } : {} });
}

/** A one-lock LockManager: the next waiter gets the lock when the holder's promise settles. */
function fakeLocks(): NonNullable<OwnerHost['navigator']['locks']> {
  let held: Promise<unknown> | null = null;
  const request = (_name: string, callback: () => Promise<unknown> | undefined) => {
    const run = async () => {
      while (held) await held.catch(() => undefined);
      const lifetime = Promise.resolve(callback());
      held = lifetime;
      await lifetime.finally(() => (held = null));
    };
    return run();
  };
  return { request };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.unstubAllGlobals());

describe('which tab owns reminders', () => {
  it('with Web Locks, one tab owns them and the next takes over when it goes away', async () => {
    const locks = fakeLocks();
    const onFirst = vi.fn();
    const onSecond = vi.fn();
    const first = claimReminderOwnership(fakeWindow(locks), onFirst);
    const second = claimReminderOwnership(fakeWindow(locks), onSecond);
    await flush();
    expect([first.isOwner(), second.isOwner()]).toEqual([true, false]);
    expect(onSecond).not.toHaveBeenCalled();
    first.dispose();
    await flush();
    await flush();
    expect([first.isOwner(), second.isOwner()]).toEqual([false, true]);
    expect(onSecond).toHaveBeenCalledOnce();
    second.dispose();
  });

  it('without Web Locks, the oldest tab on the BroadcastChannel owns them', () => {
    vi.stubGlobal('BroadcastChannel', FakeChannel);
    let clock = 1000;
    const older = claimReminderOwnership(
      fakeWindow(),
      () => undefined,
      () => clock,
    );
    clock = 2000;
    const newer = claimReminderOwnership(
      fakeWindow(),
      () => undefined,
      () => clock,
    );
    expect([older.isOwner(), newer.isOwner()]).toEqual([true, false]);
    older.dispose(); // its tab closed
    expect(newer.isOwner()).toBe(true);
    newer.dispose();
  });
});

/** An in-memory BroadcastChannel delivering at once, so the test needs no waiting. */
class FakeChannel {
  static open = new Set<FakeChannel>();
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  constructor(readonly name: string) {
    FakeChannel.open.add(this);
  }
  postMessage(data: unknown): void {
    for (const other of [...FakeChannel.open]) {
      if (other !== this && other.name === this.name)
        other.onmessage?.(new MessageEvent('message', { data }));
    }
  }
  close(): void {
    FakeChannel.open.delete(this);
  }
}
