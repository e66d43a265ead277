import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../src/core/bridge/contract';
import {
  HANDLED_RETAIN_MS,
  REMINDER_GRACE_MS,
  forgetHandled,
  normalizePlan,
  recordHandled,
  triageReminders,
} from '../../../src/core/reminder-policy';

const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 2, 9, 0);

function r(id: string, eventAt: number, leadMin = 10): Reminder {
  return { id, kind: 'commitment', fireAt: eventAt - leadMin * MIN, eventAt, title: id, body: '' };
}

const ids = (list: readonly Reminder[]): string[] => list.map((x) => x.id);

describe('triageReminders', () => {
  it('sorts a plan into due, pending (with the next due time) and too late', () => {
    const plan = normalizePlan([
      r('soon', T0 + 30 * MIN),
      r('now', T0 + 10 * MIN),
      r('missed-a-little', T0 + 10 * MIN - REMINDER_GRACE_MS),
      r('missed-long-ago', T0 + 9 * MIN - REMINDER_GRACE_MS),
    ]);
    const triage = triageReminders(plan, [], T0);
    expect(ids(triage.due)).toEqual(['missed-a-little', 'now']);
    expect(ids(triage.tooLate)).toEqual(['missed-long-ago']);
    expect(ids(triage.pending)).toEqual(['soon']);
    expect(triage.nextDueAt).toBe(T0 + 20 * MIN);
    expect(triage.alreadyShown).toEqual([]);
  });

  it('keys what was shown by id and event time: the same event never again, a moved one again', () => {
    const shown = recordHandled([], [r('call', T0 + 10 * MIN)]);
    const same = triageReminders([r('call', T0 + 10 * MIN)], shown, T0);
    expect(ids(same.alreadyShown)).toEqual(['call']);
    expect(same.due).toEqual([]);
    // The call moved 2 minutes later: its reminder is due again, for the new time.
    const moved = triageReminders([r('call', T0 + 12 * MIN)], shown, T0 + 2 * MIN);
    expect(ids(moved.due)).toEqual(['call']);
    expect(moved.alreadyShown).toEqual([]);
  });

  it('takes the grace from the options', () => {
    const plan = [r('a', T0 + 10 * MIN)];
    expect(ids(triageReminders(plan, [], T0 + 30 * MIN, { graceMs: 30 * MIN }).due)).toEqual(['a']);
    expect(ids(triageReminders(plan, [], T0 + 30 * MIN, { graceMs: 5 * MIN }).tooLate)).toEqual([
      'a',
    ]);
  });

  it('defers to a snooze end, and drops what the snooze deferred past its event', () => {
    const plan = normalizePlan([r('before-end', T0 + 15 * MIN), r('after-end', T0 + 60 * MIN)]);
    const snoozed = { deferUntil: T0 + 20 * MIN };
    const during = triageReminders(plan, [], T0 + 10 * MIN, snoozed);
    expect(during.due).toEqual([]);
    expect(during.nextDueAt).toBe(T0 + 20 * MIN);
    const atEnd = triageReminders(plan, [], T0 + 20 * MIN, snoozed);
    expect(ids(atEnd.tooLate)).toEqual(['before-end']);
    expect(atEnd.due).toEqual([]);
    expect(atEnd.nextDueAt).toBe(T0 + 50 * MIN);
  });
});

describe('the plan and the record', () => {
  it('keeps the first reminder of each id, sorted by fire time then id', () => {
    const first = r('b', T0 + 30 * MIN);
    const plan = normalizePlan([first, r('a', T0 + 30 * MIN), r('b', T0 + 5 * MIN)]);
    expect(plan.map((x) => [x.id, x.fireAt])).toEqual([
      ['a', T0 + 20 * MIN],
      ['b', T0 + 20 * MIN],
    ]);
    expect(plan[1]).not.toBe(first);
  });

  it('remembers one event per id and forgets events older than the retention', () => {
    let handled = recordHandled([], [r('a', T0), r('b', T0)]);
    handled = recordHandled(handled, [r('a', T0 + 60 * MIN)]);
    expect(handled).toEqual([
      { id: 'a', eventAt: T0 + 60 * MIN },
      { id: 'b', eventAt: T0 },
    ]);
    expect(forgetHandled(handled, T0 + HANDLED_RETAIN_MS + 30 * MIN)).toEqual([
      { id: 'a', eventAt: T0 + 60 * MIN },
    ]);
  });
});
