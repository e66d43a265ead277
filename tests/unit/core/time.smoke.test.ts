import { describe, expect, it } from 'vitest';
import { resolveWallTime, toWall, offsetMinutes, daySpan, HOUR } from '../../../src/core/time';

describe('time smoke', () => {
  it('NY spring gap and fall overlap', () => {
    const gap = resolveWallTime({ date: '2026-03-08', time: '02:30', zone: 'America/New_York' });
    expect(gap.resolution).toBe('gap');
    expect(new Date(gap.instant).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(toWall(gap.instant, 'America/New_York').time).toBe('03:30');
    const amb = resolveWallTime({ date: '2026-11-01', time: '01:30', zone: 'America/New_York' });
    expect(amb.resolution).toBe('ambiguous');
    expect(new Date(amb.instant).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(offsetMinutes('Asia/Kathmandu', Date.UTC(2026, 0, 1))).toBe(345);
    const lh = resolveWallTime({ date: '2026-10-04', time: '02:15', zone: 'Australia/Lord_Howe' });
    expect(lh.resolution).toBe('gap');
    expect(lh.shiftMin).toBe(30);
    const d = daySpan('2026-03-29', 'Europe/Berlin');
    expect(d.end - d.start).toBe(23 * HOUR);
  });
});
