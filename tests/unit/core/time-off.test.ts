import { describe, expect, it } from 'vitest';
import { planWeek } from '../../../src/core/plan-week';
import { expandCommitments } from '../../../src/core/recurrence';
import { upcomingReminders } from '../../../src/core/reminders';
import { sampleWeek } from '../../../src/core/sample-week';
import { HOUR, dayOf, toInstant } from '../../../src/core/time';
import type { TimeOff, TimeOffOwner } from '../../../src/core/types';
import { validateTimeOff } from '../../../src/core/validate/time-off';

const sample = sampleWeek({ weekStart: '2026-03-02', now: Date.UTC(2026, 2, 1) });
const HOME = sample.settings.homeZone;

function away(id: string, owner: TimeOffOwner, startDate: string, endDate = startDate): TimeOff {
  return {
    id,
    owner,
    startDate,
    endDate,
    label: 'Holiday',
    icsUid: null,
    createdAt: 0,
    updatedAt: 0,
  };
}
const harbour: TimeOffOwner = { kind: 'client', clientId: 'sample-harbour' };
const acme: TimeOffOwner = { kind: 'client', clientId: 'sample-acme' };

describe('a client’s time off', () => {
  it('removes that client’s band on their away day, in their zone, and only then', () => {
    const before = planWeek(sample).availability.filter((b) => b.clientId === 'sample-harbour');
    const after = planWeek({
      ...sample,
      timeOff: [away('t1', harbour, '2026-03-03')],
    }).availability.filter((b) => b.clientId === 'sample-harbour');
    expect(before.some((b) => b.clientDay === '2026-03-03')).toBe(true);
    expect(after.some((b) => b.clientDay === '2026-03-03')).toBe(false);
    expect(after).toEqual(before.filter((b) => b.clientDay !== '2026-03-03'));
  });

  it('reads the day in the client’s zone: a New York Monday is Manila Monday night and Tuesday', () => {
    const plan = planWeek({ ...sample, timeOff: [away('t1', acme, '2026-03-02')] });
    const bands = plan.availability.filter((b) => b.clientId === 'sample-acme');
    expect(bands.some((b) => b.clientDay === '2026-03-02')).toBe(false);
    // Tuesday morning in Manila is still New York's Monday: no band there either.
    const tuesdayMorning = toInstant('2026-03-03', '03:00', HOME);
    expect(bands.some((b) => b.start <= tuesdayMorning && b.end > tuesdayMorning)).toBe(false);
    // New York's Tuesday (Manila Tuesday night) is a working day again.
    expect(bands.some((b) => b.clientDay === '2026-03-03')).toBe(true);
  });

  it('flags commitments with the client on their away day, and keeps them planned', () => {
    const plan = planWeek({ ...sample, timeOff: [away('t1', harbour, '2026-03-03')] });
    const call = plan.occurrences.find((o) => o.id === 'sample-harbour-call@2026-03-03');
    expect(call).toBeDefined();
    expect(plan.timeOffFlags).toEqual([
      {
        occurrenceId: 'sample-harbour-call@2026-03-03',
        kind: 'client-away',
        timeOffId: 't1',
        message:
          'Harbour planning call: Harbour Coaching (Sydney) is away on Tue 3 Mar (Sydney time, Holiday). Check that it still happens.',
      },
    ]);
  });

  it('leaves other clients and the plan alone when nobody is away', () => {
    expect(planWeek({ ...sample, timeOff: [] })).toEqual(planWeek(sample));
    expect(planWeek(sample).timeOffFlags).toEqual([]);
  });

  it('silences the client’s availability reminders on their away day only', () => {
    const now = toInstant('2026-03-03', '00:00', HOME);
    const occurrences = expandCommitments(sample.commitments, {
      start: now - 2 * HOUR,
      end: now + 40 * HOUR,
    });
    const base = { ...sample, occurrences };
    const ids = (timeOff: TimeOff[]) =>
      upcomingReminders({ ...base, timeOff }, now, 36 * HOUR).map((r) => r.id);
    const without = ids([]);
    const withHoliday = ids([away('t1', harbour, '2026-03-03')]);
    expect(without).toContain('availability-open:sample-harbour@2026-03-03:08:00');
    expect(withHoliday).not.toContain('availability-open:sample-harbour@2026-03-03:08:00');
    expect(withHoliday).not.toContain('availability-close:sample-harbour@2026-03-03:08:00');
    expect(withHoliday).toContain('availability-open:sample-harbour@2026-03-04:08:00');
    // The commitment itself is still reminded: it is flagged, not cancelled.
    expect(withHoliday).toContain('commitment:sample-harbour-call@2026-03-03');
  });
});

describe('the worker’s days off', () => {
  const off = away('me', { kind: 'worker' }, '2026-03-04', '2026-03-05');

  it('keeps proposals off those home days and leaves the other days’ proposals', () => {
    const before = planWeek(sample).proposals;
    const after = planWeek({ ...sample, timeOff: [off] }).proposals;
    const onDaysOff = (list: typeof before) =>
      list.filter((p) => ['2026-03-04', '2026-03-05'].includes(dayOf(p.start, HOME)));
    expect(onDaysOff(before).length).toBeGreaterThan(0);
    expect(onDaysOff(after)).toEqual([]);
    const monday = (list: typeof before) =>
      list.filter((p) => dayOf(p.start, HOME) === '2026-03-02');
    expect(monday(after).length).toBeGreaterThan(0);
  });

  it('flags every commitment on a day off, in the home zone', () => {
    const plan = planWeek({ ...sample, timeOff: [off] });
    const flagged = plan.timeOffFlags.filter((f) => f.kind === 'worker-off');
    const expected = plan.occurrences
      // Work that runs past midnight into a day off is on it too (Acme's Tuesday orders).
      .filter((o) =>
        [o.start, o.end - 1].some((t) => ['2026-03-04', '2026-03-05'].includes(dayOf(t, HOME))),
      )
      .map((o) => o.id);
    expect(expected).toContain('sample-acme-orders@2026-03-03');
    expect(flagged.map((f) => f.occurrenceId).sort()).toEqual([...expected].sort());
    expect(flagged[0]?.message).toMatch(/is on your day off \(Wed 4 Mar, Holiday\)/);
  });

  it('does not take away a client’s band', () => {
    expect(planWeek({ ...sample, timeOff: [off] }).availability).toEqual(
      planWeek(sample).availability,
    );
  });
});

describe('validateTimeOff', () => {
  const clientIds = new Set(['c1']);
  const draft = {
    owner: { kind: 'client', clientId: 'c1' },
    startDate: '2026-12-24',
    endDate: '2026-12-26',
    label: ' Christmas ',
    icsUid: null,
  };

  it('accepts a range of days for a known client, trimmed', () => {
    expect(validateTimeOff(draft, { clientIds })).toEqual({
      ok: true,
      value: { ...draft, label: 'Christmas' },
    });
  });

  it('reports every bad field at once, with clear messages', () => {
    const result = validateTimeOff(
      {
        ...draft,
        owner: { kind: 'client', clientId: 'gone' },
        startDate: '2026-02-30',
        endDate: 'soon',
      },
      { clientIds },
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        startDate: 'First day must be a real date (yyyy-mm-dd).',
        endDate: 'Last day must be a real date (yyyy-mm-dd).',
        'owner.clientId': 'This client is not in the planner (it may have been deleted).',
      },
    });
  });

  it('refuses an end before the start and a range over two years', () => {
    expect(validateTimeOff({ ...draft, endDate: '2026-12-23' })).toEqual({
      ok: false,
      errors: { endDate: 'Last day cannot be before the first day.' },
    });
    expect(validateTimeOff({ ...draft, endDate: '2028-12-26' })).toMatchObject({ ok: false });
  });

  it('refuses an owner that is neither a client nor the worker', () => {
    expect(validateTimeOff({ ...draft, owner: { kind: 'boss' } })).toMatchObject({
      ok: false,
      errors: { 'owner.kind': 'Whose time off must be one of: client, worker.' },
    });
    expect(validateTimeOff({ ...draft, owner: { kind: 'worker' } })).toMatchObject({ ok: true });
  });
});
