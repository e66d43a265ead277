import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HANG_MS, MAX_RELOADS, watchRenderer } from '../../../src/main/renderer-recovery';
import { FakeEvent, FakeWebContents } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let contents: FakeWebContents;
let log: string[];
let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 2, 2, 9) });
  contents = new FakeWebContents();
  log = [];
  stop = watchRenderer(contents, { now: () => Date.now(), log: (m) => log.push(m) });
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

const gone = (reason: string) =>
  contents.emit('render-process-gone', new FakeEvent(), { reason, exitCode: 1 });

describe('watchRenderer', () => {
  it('reloads a renderer that crashed, was killed or ran out of memory', () => {
    for (const reason of ['crashed', 'killed', 'oom']) {
      gone(reason);
      vi.advanceTimersByTime(60_000);
    }
    expect(contents.reloads).toBe(3);
    gone('clean-exit');
    expect(contents.reloads).toBe(3);
  });

  it(`ends and reloads a renderer hung for ${HANG_MS / 1000} s, once`, () => {
    contents.emit('unresponsive');
    contents.emit('unresponsive');
    vi.advanceTimersByTime(HANG_MS - 1);
    expect(contents.crashes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(contents.crashes).toBe(1);
    // Its own 'gone' event (reason 'killed') does not reload it a second time.
    expect(contents.reloads).toBe(1);
  });

  it('leaves a renderer alone that becomes responsive again', () => {
    contents.emit('unresponsive');
    vi.advanceTimersByTime(HANG_MS / 2);
    contents.emit('responsive');
    vi.advanceTimersByTime(HANG_MS);
    expect(contents.crashes).toBe(0);
    expect(contents.reloads).toBe(0);
  });

  it(`stops after ${MAX_RELOADS} reloads in a minute, and reloads again later`, () => {
    for (let i = 0; i < 10; i++) gone('crashed');
    expect(contents.reloads).toBe(MAX_RELOADS);
    expect(log.at(-1)).toContain('not reloading');
    vi.advanceTimersByTime(60_000);
    gone('crashed');
    expect(contents.reloads).toBe(MAX_RELOADS + 1);
  });

  it('listens to nothing after its cleanup', () => {
    stop();
    gone('crashed');
    contents.emit('unresponsive');
    vi.advanceTimersByTime(HANG_MS);
    expect(contents.reloads).toBe(0);
    expect(contents.crashes).toBe(0);
  });
});
