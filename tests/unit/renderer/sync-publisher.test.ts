import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PublishedItem, PublishRequest } from '../../../src/core/bridge/sync-contract';
import { createPublisher, itemsDigest } from '../../../src/renderer/src/features/sync/publisher';

const item = (uid: string, ics = `ics of ${uid}`): PublishedItem => ({
  uid,
  kind: 'commitment',
  ics,
  end: null,
});

function setup(send = vi.fn(async (_request: PublishRequest) => ({ pending: 0 }))) {
  const onError = vi.fn();
  const publisher = createPublisher({
    delayMs: 1500,
    maxWaitMs: 5000,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    now: () => Date.now(),
    send,
    onError,
  });
  return { publisher, send, onError };
}

describe('sync publisher', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('coalesces a burst of changes into one publish of the latest items, computed once', async () => {
    const { publisher, send } = setup();
    const compute = vi.fn(() => ({ items: [item('a')] }));
    for (let i = 0; i < 10; i++) {
      publisher.update(compute);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(send).not.toHaveBeenCalled();
    expect(compute).not.toHaveBeenCalled();
    publisher.update(() => ({ items: [item('a'), item('b')] }));
    await vi.advanceTimersByTimeAsync(1500);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]?.[0].items.map((i) => i.uid)).toEqual(['a', 'b']);
    expect(compute).not.toHaveBeenCalled();
  });

  it('still publishes during a steady stream of changes, every maxWait', async () => {
    const { publisher, send } = setup();
    for (let i = 0; i < 30; i++) {
      publisher.update(() => ({ items: [item('a', `v${i}`)] }));
      await vi.advanceTimersByTimeAsync(400);
    }
    // 12 s of typing: out at 5 s and 10 s, not once at the end only.
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('skips a publish whose items equal the last one sent, and sends again after a reset', async () => {
    const { publisher, send } = setup();
    publisher.update(() => ({ items: [item('a')] }));
    await vi.advanceTimersByTimeAsync(1500);
    publisher.update(() => ({ items: [item('a')] }));
    await vi.advanceTimersByTimeAsync(1500);
    expect(send).toHaveBeenCalledTimes(1);
    publisher.reset();
    publisher.update(() => ({ items: [item('a')] }));
    await vi.advanceTimersByTimeAsync(1500);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('sends one at a time, the latest data after the one in flight', async () => {
    let finish: () => void = () => undefined;
    const send = vi.fn(
      (_request: PublishRequest) =>
        new Promise<{ pending: number }>((resolve) => (finish = () => resolve({ pending: 0 }))),
    );
    const { publisher } = setup(send);
    publisher.update(() => ({ items: [item('a', 'v1')] }));
    await vi.advanceTimersByTimeAsync(1500);
    publisher.update(() => ({ items: [item('a', 'v2')] }));
    await vi.advanceTimersByTimeAsync(1500);
    publisher.update(() => ({ items: [item('a', 'v3')] }));
    await vi.advanceTimersByTimeAsync(1500);
    expect(send).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]?.[0].items[0]?.ics).toBe('v3');
  });

  it('retries a failed publish on the next change, and says why it failed', async () => {
    const send = vi.fn(async (_request: PublishRequest) => {
      if (send.mock.calls.length === 1) throw new Error('shell gone');
      return { pending: 1 };
    });
    const { publisher, onError } = setup(send);
    publisher.update(() => ({ items: [item('a')] }));
    await vi.advanceTimersByTimeAsync(1500);
    expect(onError).toHaveBeenCalledTimes(1);
    publisher.update(() => ({ items: [item('a')] }));
    await vi.advanceTimersByTimeAsync(1500);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('sends nothing once disposed', async () => {
    const { publisher, send } = setup();
    publisher.update(() => ({ items: [item('a')] }));
    publisher.dispose();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(send).not.toHaveBeenCalled();
  });

  it('digests differ when any UID, kind or text differs', () => {
    const base = itemsDigest([item('a'), item('b')]);
    expect(itemsDigest([item('a'), item('b')])).toBe(base);
    expect(itemsDigest([item('a'), item('b', 'other')])).not.toBe(base);
    expect(itemsDigest([item('a'), { ...item('b'), kind: 'session' }])).not.toBe(base);
    expect(itemsDigest([item('a')])).not.toBe(base);
    expect(itemsDigest([item('ab', ''), item('', 'ics of a')])).not.toBe(
      itemsDigest([item('a'), item('b')]),
    );
  });
});
