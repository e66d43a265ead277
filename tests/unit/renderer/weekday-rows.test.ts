import { describe, expect, it } from 'vitest';
import type { WeekdayWindow } from '../../../src/core/types';
import {
  patchRow,
  rowErrors,
  rowsFromWindows,
  rowsToWindows,
} from '../../../src/renderer/src/components/weekday-rows';

const FALLBACK = { start: '09:00', end: '17:00' };
// Monday split around lunch, Wednesday until midnight.
const SPLIT: WeekdayWindow[] = [
  { weekday: 1, start: '09:00', end: '12:00' },
  { weekday: 1, start: '14:00', end: '17:00' },
  { weekday: 3, start: '18:00', end: '24:00' },
];

describe('weekday rows', () => {
  it('keep a day’s second window through an edit of its first', () => {
    const rows = rowsFromWindows(SPLIT, FALLBACK);
    expect(rows[1]).toEqual({
      on: true,
      start: '09:00',
      end: '12:00',
      more: [{ start: '14:00', end: '17:00' }],
    });
    expect(rowsToWindows(rows)).toEqual(SPLIT);
    const edited = rowsToWindows(patchRow(rows, 1, { start: '08:30' }));
    expect(edited).toEqual([{ ...SPLIT[0], start: '08:30' }, SPLIT[1], SPLIT[2]]);
  });

  it('drop every window of a day switched off', () => {
    const rows = patchRow(rowsFromWindows(SPLIT, FALLBACK), 1, { on: false });
    expect(rowsToWindows(rows)).toEqual([SPLIT[2]]);
  });

  it('put an error on a kept window on its day’s row', () => {
    const rows = rowsFromWindows(SPLIT, FALLBACK);
    // Windows as written: 0 and 1 are Monday's, 2 is Wednesday's.
    expect(
      rowErrors({ 'availability.1.end': 'Ends before it starts.' }, 'availability', rows),
    ).toEqual({
      1: 'Ends before it starts.',
    });
    expect(rowErrors({ 'availability.2.start': 'Not a time.' }, 'availability', rows)).toEqual({
      3: 'Not a time.',
    });
  });
});
