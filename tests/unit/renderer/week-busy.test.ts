import { describe, expect, it } from 'vitest';
import { sampleWeek } from '../../../src/core/sample-week';
import { MINUTE, toInstant } from '../../../src/core/time';
import type { Commitment } from '../../../src/core/types';
import type { ShownBusy } from '../../../src/renderer/src/features/week/busy-blocks';
import { buildWeekModel, type WeekModelInput } from '../../../src/renderer/src/features/week/model';

const HOME = 'Asia/Manila';
const WEEK = '2026-11-23';
const sample = sampleWeek({ weekStart: WEEK, now: toInstant('2026-11-22', '10:00', HOME) });

function input(busy: readonly ShownBusy[]): WeekModelInput {
  return {
    ...sample,
    timeOff: [],
    hiddenBands: new Set(),
    dismissed: new Set(),
    busy,
  };
}

function event(id: string, day: string, time: string, minutes: number): ShownBusy {
  const start = toInstant(day, time, HOME);
  return {
    id,
    start,
    end: start + minutes * MINUTE,
    title: 'Dentist',
    countsAsWork: false,
    calendar: 'Personal',
    allDay: false,
    uid: `${id}@calendar.example`,
    ics: null,
  };
}

describe('busy time in the week model', () => {
  it('draws the week’s busy events with title, calendar and times, and nothing of other weeks', () => {
    const shown = event('b1', '2026-11-24', '13:00', 90);
    const model = buildWeekModel(input([shown, event('b2', '2026-12-08', '13:00', 60)]));
    expect(model.busy).toHaveLength(1);
    expect(model.busy[0]).toMatchObject({ id: 'b1', title: 'Dentist', calendar: 'Personal' });
    expect(model.busy[0]?.when.replace(/\D/g, '')).toBe('13001430');
    expect(model.busy[0]?.description).toMatch(/^Busy: Dentist \(Personal\), /);
  });

  it('plans no proposal over a busy event', () => {
    const free = buildWeekModel(input([])).proposals[0];
    expect(free).toBeDefined();
    if (!free) return;
    const over = { ...event('b', '2026-11-23', '00:00', 1), start: free.start, end: free.end };
    const model = buildWeekModel(input([over]));
    expect(model.proposals.some((p) => p.start < over.end && over.start < p.end)).toBe(false);
  });

  it('draws, plans around and counts an invitation made a commitment once, as the commitment', () => {
    // A four-hour client workshop in the Manila night, read as work from the client's calendar.
    const invitation = {
      ...event('workshop', '2026-11-25', '22:00', 240),
      title: 'Acme workshop',
      countsAsWork: true,
    };
    const imported: Commitment = {
      ...(sample.commitments[0] as Commitment),
      id: 'ics-workshop',
      clientId: 'sample-acme',
      title: 'Acme workshop',
      zone: HOME,
      start: '22:00',
      durationMin: 240,
      recurrence: { kind: 'once', date: '2026-11-25' },
      skippedDates: [],
      moved: [],
      icsUid: invitation.uid,
    };
    const withCommitment = { ...input([]), commitments: [...sample.commitments, imported] };
    const alone = buildWeekModel(withCommitment);
    const both = buildWeekModel({ ...withCommitment, busy: [invitation] });
    expect(both.busy).toEqual([]);
    expect(both.plan.warnings).toEqual(alone.plan.warnings);
    expect(both.proposals).toEqual(alone.proposals);
    // Not imported, the event is drawn and counts as work on its own (a night-work warning).
    const notImported = buildWeekModel(input([invitation]));
    expect(notImported.busy.map((b) => b.title)).toEqual(['Acme workshop']);
    expect(notImported.plan.warnings).not.toEqual(buildWeekModel(input([])).plan.warnings);
    // A commitment of an archived client is out of the plan: its invitation is busy time again.
    const archived = buildWeekModel({
      ...withCommitment,
      clients: sample.clients.map((c) => (c.id === 'sample-acme' ? { ...c, archived: true } : c)),
      busy: [invitation],
    });
    expect(archived.busy.map((b) => b.title)).toEqual(['Acme workshop']);
  });
});
