import { describe, expect, it } from 'vitest';
import { sampleWeek } from '../../../../src/core/sample-week';
import { busyNotInPlan } from '../../../../src/core/sync/busy-in-plan';
import type { Commitment, TimeOff } from '../../../../src/core/types';

const sample = sampleWeek({ weekStart: '2026-11-23', now: Date.UTC(2026, 10, 22) });
const commitment: Commitment = { ...(sample.commitments[0] as Commitment), icsUid: 'call@x' };
const dayOff: TimeOff = {
  id: 'off',
  owner: { kind: 'worker' },
  startDate: '2026-11-26',
  endDate: '2026-11-26',
  label: 'Thanksgiving',
  icsUid: 'holiday@x',
  createdAt: 0,
  updatedAt: 0,
};

describe('busyNotInPlan', () => {
  it('leaves out the events a commitment or time off was imported from, only those', () => {
    const busy = ['call@x', 'holiday@x', 'dentist@x'].map((uid) => ({ uid }));
    expect(busyNotInPlan(busy, [commitment], [dayOff])).toEqual([{ uid: 'dentist@x' }]);
  });

  it('gives the same list back when nothing is in the plan, so the week is not planned again', () => {
    const busy = [{ uid: 'dentist@x' }];
    expect(busyNotInPlan(busy, sample.commitments, [])).toBe(busy);
  });
});
