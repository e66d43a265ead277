import { describe, expect, it } from 'vitest';
import { homeDays, spanOf } from '../../../src/core/availability';
import { dstNotices, groupDstNotices, type DstNotice } from '../../../src/core/dst-notices';
import type { Commitment, Recurrence, Weekday } from '../../../src/core/types';
import { commitmentFixture } from './planner-fixtures';

/** Notices over `weeks` home-zone weeks from `firstDay`, through the range the app passes. */
function dstNoticesForWeeks(
  commitments: readonly Commitment[],
  homeZone: string,
  firstDay: string,
  weeks: number,
): DstNotice[] {
  const span = spanOf(homeDays(firstDay, homeZone, 7 * weeks));
  if (!span) throw new Error('weeks have days');
  return dstNotices(commitments, homeZone, span);
}

function weekly(over: Partial<Extract<Recurrence, { kind: 'weekly' }>> = {}): Recurrence {
  return {
    kind: 'weekly',
    weekdays: [1, 2, 3, 4, 5],
    interval: 1,
    startDate: '2026-01-05',
    endDate: null,
    count: null,
    ...over,
  };
}

function commitment(over: Partial<Commitment> = {}): Commitment {
  return commitmentFixture({
    id: 'standup',
    clientId: 'acme',
    title: 'Standup',
    kind: 'call',
    zone: 'America/New_York',
    start: '09:00',
    durationMin: 30,
    recurrence: weekly(),
    ...over,
  });
}

const brief = (n: { effectiveDate: string; beforeHome: string; afterHome: string }) =>
  `${n.effectiveDate} ${n.beforeHome}→${n.afterHome}`;

describe('dstNotices: the US/EU gap of 2026', () => {
  it('seen from London: an hour earlier from 9 Mar, back from 30 Mar', () => {
    const notices = dstNoticesForWeeks([commitment()], 'Europe/London', '2026-03-02', 5);
    expect(notices.map(brief)).toEqual(['2026-03-09 14:00→13:00', '2026-03-30 13:00→14:00']);
    expect(notices[0]).toMatchObject({
      commitmentId: 'standup',
      clientId: 'acme',
      occurrenceId: 'standup@2026-03-09',
      clientTime: '09:00',
      clientZone: 'America/New_York',
      dayShift: 0,
      changedZones: ['America/New_York'],
      effectiveAt: Date.parse('2026-03-09T13:00:00Z'),
    });
    expect(notices[1]!.changedZones).toEqual(['Europe/London']);
    expect(notices[1]!.message).toBe(
      'From Mon 30 Mar your 09:00 New York call "Standup" moves from 13:00 to 14:00 your time (clocks change in London).',
    );
  });

  it('seen from Manila: only the US change matters', () => {
    const notices = dstNoticesForWeeks([commitment()], 'Asia/Manila', '2026-03-02', 5);
    expect(notices.map((n) => n.message)).toEqual([
      'From Mon 9 Mar your 09:00 New York call "Standup" moves from 22:00 to 21:00 your time (clocks change in New York).',
    ]);
  });

  it('says when the call changes day on the home calendar', () => {
    const late = commitment({ start: '11:30', title: 'Review' });
    const [n] = dstNoticesForWeeks([late], 'Asia/Manila', '2026-03-02', 2);
    // 11:30 EST = 00:30 Manila the next day; 11:30 EDT = 23:30 Manila the same day.
    expect(n).toMatchObject({
      effectiveDate: '2026-03-09',
      beforeHome: '00:30',
      afterHome: '23:30',
      dayShift: -1,
    });
    expect(n!.message).toContain(
      'moves from 00:30 to 23:30 your time, a day earlier on your calendar',
    );
  });

  it('takes effect on the first occurrence that happens (skipped and moved ones are passed over)', () => {
    const c = commitment({
      skippedDates: ['2026-03-09'],
      moved: [
        {
          date: '2026-03-10',
          to: { date: '2026-03-10', time: '15:00', zone: 'UTC' },
          durationMin: 30,
        },
      ],
    });
    const [n] = dstNoticesForWeeks([c], 'Europe/London', '2026-03-02', 2);
    expect(n).toMatchObject({ effectiveDate: '2026-03-11', occurrenceId: 'standup@2026-03-11' });
  });
});

describe('dstNotices: southern hemisphere and quiet pairs', () => {
  it('Sydney leaves summer time on 5 Apr 2026: the Manila-side time moves an hour later', () => {
    const coach = commitment({
      id: 'coach',
      zone: 'Australia/Sydney',
      start: '08:00',
      title: 'Coaching',
      recurrence: weekly({ weekdays: [2] }),
    });
    const notices = dstNoticesForWeeks([coach], 'Asia/Manila', '2026-03-30', 3);
    expect(notices.map(brief)).toEqual(['2026-04-07 05:00→06:00']);
    expect(notices[0]!.changedZones).toEqual(['Australia/Sydney']);
  });

  it('gives nothing for a zone pair without changes, or for a one-off, or a same-zone commitment', () => {
    const year = {
      start: Date.parse('2026-01-01T00:00:00Z'),
      end: Date.parse('2027-01-01T00:00:00Z'),
    };
    const kolkata = commitment({ zone: 'Asia/Kolkata' });
    const once = commitment({ recurrence: { kind: 'once', date: '2026-03-10' } });
    const local = commitment({ zone: 'Europe/London' });
    expect(dstNotices([kolkata], 'Asia/Manila', year)).toEqual([]);
    expect(dstNotices([once], 'Europe/London', year)).toEqual([]);
    expect(dstNotices([local], 'Europe/London', year)).toEqual([]);
  });

  it('orders notices of several commitments by when they take effect', () => {
    const ny = commitment();
    const coach = commitment({
      id: 'coach',
      zone: 'Australia/Sydney',
      start: '08:00',
      recurrence: weekly({ weekdays: [2] }),
    });
    const year = {
      start: Date.parse('2026-01-01T00:00:00Z'),
      end: Date.parse('2027-01-01T00:00:00Z'),
    };
    const got = dstNotices([coach, ny], 'Europe/London', year).map(
      (n) => `${n.commitmentId} ${n.effectiveDate}`,
    );
    // Sydney's Tuesday 08:00 is Monday evening in London, so its home day is a Monday and it
    // comes after the same Monday's New York call (13:00/14:00 London).
    expect(got).toEqual([
      'standup 2026-03-09', // US change
      'standup 2026-03-30', // UK change, 13:00Z
      'coach 2026-03-30', // UK change, 21:00Z
      'coach 2026-04-06', // Sydney leaves summer time
      'coach 2026-10-05', // Sydney enters summer time
      'standup 2026-10-26', // UK change, 13:00Z
      'coach 2026-10-26', // UK change, 21:00Z
      'standup 2026-11-02', // US change
    ]);
  });
});

describe('groupDstNotices: one line per change of clocks', () => {
  const ny = (id: string, start: string, weekdays: Weekday[]) =>
    commitment({ id, title: id, start, recurrence: weekly({ weekdays }) });
  const sydney = commitment({
    id: 'coach',
    zone: 'Australia/Sydney',
    start: '08:00',
    recurrence: weekly({ weekdays: [2] }),
  });

  it('counts the commitments one change moves, from the first day it moves one', () => {
    // Thursday's call moves first in the range only from its own day; Monday's from the 9th.
    const notices = dstNoticesForWeeks(
      [ny('thu', '10:00', [4]), ny('mon', '09:00', [1]), ny('late', '11:30', [1])],
      'Asia/Manila',
      '2026-03-02',
      2,
    );
    expect(notices).toHaveLength(3);
    const groups = groupDstNotices(notices);
    expect(groups).toHaveLength(1);
    // 11:30 moves from 00:30 the next day to 23:30: one hour, not 23.
    expect(groups[0]).toMatchObject({
      changedZones: ['America/New_York'],
      shiftMin: -60,
      from: '2026-03-09',
      count: 3,
    });
    expect(groups[0]!.message).toBe(
      'Clocks change in New York: 3 commitments move 1 h earlier on your clock, from Mon 9 Mar.',
    );
  });

  it('keeps changes of different places, or of opposite ways, apart, first change first', () => {
    const year = {
      start: Date.parse('2026-01-01T00:00:00Z'),
      end: Date.parse('2027-01-01T00:00:00Z'),
    };
    const groups = groupDstNotices(
      dstNotices([ny('mon', '09:00', [1]), sydney], 'Asia/Manila', year),
    );
    expect(groups.map((g) => g.message)).toEqual([
      'Clocks change in New York: 1 commitment moves 1 h earlier on your clock, from Mon 9 Mar.',
      'Clocks change in Sydney: 1 commitment moves 1 h later on your clock, from Tue 7 Apr.',
      'Clocks change in Sydney: 1 commitment moves 1 h earlier on your clock, from Tue 6 Oct.',
      'Clocks change in New York: 1 commitment moves 1 h later on your clock, from Mon 2 Nov.',
    ]);
  });

  it('names both places when both clocks change on the same day', () => {
    // London and Berlin move together; a Berlin call seen from London does not move at all.
    const berlin = commitment({ zone: 'Europe/Berlin', start: '09:00' });
    expect(dstNoticesForWeeks([berlin], 'Europe/London', '2026-03-23', 2)).toEqual([]);
    // New York seen from Sydney in early April: only Sydney changes.
    const groups = groupDstNotices(
      dstNoticesForWeeks([ny('mon', '17:00', [1])], 'Australia/Sydney', '2026-03-30', 2),
    );
    expect(groups.map((g) => [g.changedZones, g.shiftMin])).toEqual([[['Australia/Sydney'], -60]]);
  });

  it('gives nothing for no notices', () => {
    expect(groupDstNotices([])).toEqual([]);
  });
});
