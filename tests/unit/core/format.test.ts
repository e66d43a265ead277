import { describe, expect, it } from 'vitest';
import {
  formatClockAt,
  formatDayLong,
  formatDayShort,
  formatDuration,
  formatMoney,
  weekdayName,
  zoneCity,
} from '../../../src/core/format';

describe('format', () => {
  it('formats days without the host locale or zone', () => {
    expect(formatDayLong('2026-03-02')).toBe('2 Mar 2026');
    expect(formatDayShort('2026-03-30')).toBe('Mon 30 Mar');
    expect(formatDayShort('2026-12-31')).toBe('Thu 31 Dec');
    expect(weekdayName(0)).toBe('Sun');
  });

  it('formats a clock time in the given zone, including quarter-hour offsets', () => {
    const t = Date.parse('2026-03-08T07:30:00Z');
    expect(formatClockAt(t, 'America/New_York')).toBe('03:30');
    expect(formatClockAt(t, 'Asia/Kathmandu')).toBe('13:15');
    expect(formatClockAt(t, 'America/St_Johns')).toBe('05:00');
  });

  it('names zones by their city', () => {
    expect(zoneCity('America/New_York')).toBe('New York');
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('UTC')).toBe('UTC');
  });

  it.each([
    [0, '0 min'],
    [45, '45 min'],
    [60, '1 h'],
    [390, '6 h 30 min'],
    [-5, '0 min'],
    // Rounded before it is split: never '1 h 60 min'.
    [119.6, '2 h'],
    [90.4, '1 h 30 min'],
  ])('formatDuration(%d) = %s', (min, text) => expect(formatDuration(min)).toBe(text));

  it.each([
    [9, 'USD', '$9'],
    [22.5, 'GBP', '£22.50'],
    // A code, not a symbol, is kept apart from the number by a no-break space.
    [12.345, 'CHF', 'CHF\u00a012.35'],
    [1000, 'JPY', '¥1,000'],
    [1.2345, 'KWD', 'KWD\u00a01.235'],
    [34, 'AUD', 'A$34'],
    [-0.001, 'USD', '$0'],
    [1234, 'USD', '$1,234'],
    [1234567.891, 'EUR', '€1,234,567.89'],
    [999.999, 'USD', '$1,000'],
    [-40, 'USD', '-$40'],
  ])('formatMoney(%d, %s) = %s, on every machine', (amount, currency, text) =>
    expect(formatMoney(amount, currency)).toBe(text),
  );
});
