import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../../src/core/bridge/contract';
import {
  HANDLED_RETAIN_MS,
  MAX_HANDLED,
  MOMENT_GRACE_MS,
  advanceLedger,
  forgetHandled,
  latestSeen,
  normalizePlan,
  recordHandled,
  triageReminders,
} from '../../../src/core/reminder-policy';

const MIN = 60_000;
const DAY_MS = 24 * 60 * MIN;
const T0 = Date.UTC(2026, 2, 2, 9, 0);

function r(id: string, eventAt: number, leadMin = 10): Reminder {
  return { id, kind: 'commitment', fireAt: eventAt - leadMin * MIN, eventAt, title: id, body: '' };
}

const ids = (list: readonly Reminder[]): string[] => list.map((x) => x.id);

describe('triageReminders', () => {
  it('sorts a plan into due, pending (with the next due time) and too late by the event', () => {
    const plan = normalizePlan([
      r('soon', T0 + 30 * MIN),
      r('now', T0 + 10 * MIN),
      r('late-but-ahead', T0 + 1 * MIN, 60),
      r('begun', T0 - 1, 5),
      r('moment-a-little-late', T0 + 1 - MOMENT_GRACE_MS, 0),
      r('moment-long-gone', T0 - 1 - MOMENT_GRACE_MS, 0),
    ]);
    const triage = triageReminders(plan, [], T0);
    expect(ids(triage.due)).toEqual(['late-but-ahead', 'moment-a-little-late', 'now']);
    expect(ids(triage.tooLate)).toEqual(['moment-long-gone', 'begun']);
    expect(ids(triage.pending)).toEqual(['soon']);
    expect(triage.nextDueAt).toBe(T0 + 20 * MIN);
    expect(triage.alreadyShown).toEqual([]);
  });

  it('rewords a late reminder to say how soon its event starts, rounding up', () => {
    const call = { ...r('call', T0 + 60 * MIN, 60), subject: 'Call', body: '09:00 · Acme' };
    const [late] = triageReminders([call], [], T0 + 15 * MIN - 30_000).due;
    expect(late).toMatchObject({ title: 'Call in 46 min', body: 'Starts in 46 min. 09:00 · Acme' });
    // On time (within a minute), the plan's own words stand.
    expect(triageReminders([call], [], T0 + 30_000).due[0]).toEqual(call);
    // Without a subject the title stays; the body still says it.
    const [plain] = triageReminders([r('x', T0 + 60 * MIN, 60)], [], T0 + 15 * MIN).due;
    expect(plain).toMatchObject({ title: 'x', body: 'Starts in 45 min.' });
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

  it('remembers each event of an id once and forgets events older than the retention', () => {
    let handled = recordHandled([], [r('a', T0), r('b', T0)]);
    handled = recordHandled(handled, [r('a', T0 + 60 * MIN), r('a', T0)]);
    expect(handled).toEqual([
      { id: 'a', eventAt: T0 },
      { id: 'b', eventAt: T0 },
      { id: 'a', eventAt: T0 + 60 * MIN },
    ]);
    const later = T0 + HANDLED_RETAIN_MS + 30 * MIN;
    expect(forgetHandled(handled, later, later)).toEqual([{ id: 'a', eventAt: T0 + 60 * MIN }]);
  });

  it('prunes by the latest time seen, not the clock, and a far-future clock cannot empty it', () => {
    const handled = recordHandled([], [r('a', T0)]);
    const latest = latestSeen(latestSeen(null, T0 + HANDLED_RETAIN_MS + DAY_MS), T0);
    expect(latest).toBe(T0 + HANDLED_RETAIN_MS + DAY_MS);
    // The clock is back at T0 but was once a week and a day ahead: the event is old by then.
    expect(forgetHandled(handled, latest, T0 + HANDLED_RETAIN_MS + DAY_MS)).toEqual([]);
    // A clock once set to the year 2200 keeps what is still ahead of the real clock.
    const year2200 = Date.UTC(2200, 0, 1);
    expect(forgetHandled(handled, year2200, T0 - MIN)).toEqual(handled);
  });

  it('caps the record by count, keeping the newest events', () => {
    const many = Array.from({ length: MAX_HANDLED + 5 }, (_, i) => ({
      id: `r${i}`,
      eventAt: T0 + i,
    }));
    const kept = forgetHandled(many, T0, T0);
    expect(kept).toHaveLength(MAX_HANDLED);
    expect(kept.some((h) => h.id === 'r0')).toBe(false);
    expect(kept.some((h) => h.id === `r${MAX_HANDLED + 4}`)).toBe(true);
  });
});

describe('advanceLedger', () => {
  it('moves the latest time seen on, never back, and forgets what can no longer matter', () => {
    const old = { id: 'old', eventAt: T0 - HANDLED_RETAIN_MS - MIN };
    const recent = { id: 'recent', eventAt: T0 - MIN };
    const ledger = advanceLedger({ handled: [old, recent], latestSeen: null }, T0);
    expect(ledger).toEqual({ handled: [recent], latestSeen: T0 });
    // A clock set back an hour keeps the latest time seen, so the record is pruned by it.
    expect(advanceLedger(ledger, T0 - 60 * MIN).latestSeen).toBe(T0);
    expect(advanceLedger(ledger, T0, { retainMs: 0 }).handled).toEqual([]);
  });
});
