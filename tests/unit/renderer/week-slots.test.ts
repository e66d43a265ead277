import { describe, expect, it } from 'vitest';
import { daySpan } from '../../../src/core/time';
import { instantsOf, slotLabel, slotOf } from '../../../src/renderer/src/features/week/slots';

const MIN = 60_000;

/** Seven grid days from `first` in `zone`. */
function week(first: string, zone: string) {
  const [y, m, d] = first.split('-').map(Number);
  return Array.from({ length: 7 }, (_, i) => {
    const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + i)).toISOString().slice(0, 10);
    return { date, ...daySpan(date, zone) };
  });
}

describe('slots of the week grid', () => {
  const manila = week('2026-03-02', 'Asia/Manila');
  const block = { start: Date.parse('2026-03-03T14:20:00+08:00'), end: 0 };
  block.end = block.start + 30 * MIN;

  it('places a block by its start day and wall minutes', () => {
    expect(slotOf(block, manila, 'Asia/Manila')).toEqual({
      dayIndex: 1,
      startMin: 860,
      endMin: 890,
    });
    expect(slotOf({ start: 0, end: MIN }, manila, 'Asia/Manila')).toBeNull();
  });

  it('keeps a moved block’s real length and a resized block’s other edge', () => {
    const from = { dayIndex: 1, startMin: 860, endMin: 890 };
    const moved = instantsOf(
      block,
      from,
      { dayIndex: 2, startMin: 915, endMin: 945 },
      manila,
      'Asia/Manila',
    );
    expect(moved).toEqual({
      start: Date.parse('2026-03-04T15:15:00+08:00'),
      end: Date.parse('2026-03-04T15:45:00+08:00'),
    });
    const longer = instantsOf(block, from, { ...from, endMin: 960 }, manila, 'Asia/Manila');
    expect(longer).toEqual({ start: block.start, end: Date.parse('2026-03-03T16:00:00+08:00') });
    const earlier = instantsOf(block, from, { ...from, startMin: 810 }, manila, 'Asia/Manila');
    expect(earlier).toEqual({ start: Date.parse('2026-03-03T13:30:00+08:00'), end: block.end });
  });

  it('resizes past midnight onto the next day', () => {
    const late = { start: Date.parse('2026-03-03T23:00:00+08:00'), end: 0 };
    late.end = late.start + 30 * MIN;
    const from = { dayIndex: 1, startMin: 1380, endMin: 1410 };
    const over = instantsOf(late, from, { ...from, endMin: 1470 }, manila, 'Asia/Manila');
    expect(over?.end).toBe(Date.parse('2026-03-04T00:30:00+08:00'));
  });

  it('resolves wall times on a spring-forward day with the core’s policy (gap → later)', () => {
    // New York, Sunday 8 March 2026: 02:00–03:00 does not exist.
    const ny = week('2026-03-02', 'America/New_York');
    const sunday = { start: Date.parse('2026-03-08T01:00:00-05:00'), end: 0 };
    sunday.end = sunday.start + 30 * MIN;
    const from = { dayIndex: 6, startMin: 60, endMin: 90 };
    const moved = instantsOf(
      sunday,
      from,
      { dayIndex: 6, startMin: 150, endMin: 180 },
      ny,
      'America/New_York',
    );
    expect(moved?.start).toBe(Date.parse('2026-03-08T03:30:00-04:00'));
    expect(moved && (moved.end - moved.start) / MIN).toBe(30);
  });

  it('labels a slot in either clock', () => {
    expect(slotLabel({ dayIndex: 0, startMin: 915, endMin: 945 }, '24h')).toBe('15:15–15:45');
    expect(slotLabel({ dayIndex: 0, startMin: 1410, endMin: 1470 }, '12h')).toBe(
      '11:30 PM–12:30 AM',
    );
  });
});
