import { describe, expect, it } from 'vitest';
import { sampleWeek } from '../../../src/core/sample-week';
import { MINUTE, toInstant } from '../../../src/core/time';
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
});
