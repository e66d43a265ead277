import { describe, expect, it } from 'vitest';
import { BURNOUT_RULES } from '../../../src/core/burnout';
import {
  DEFAULT_BURNOUT,
  PLATFORM_PRESETS,
  defaultSettings,
  platformFromPreset,
} from '../../../src/core/defaults';
import { sampleWeek } from '../../../src/core/sample-week';
import { isValidZone } from '../../../src/core/time';

describe('defaults', () => {
  it('uses the thresholds of DOMAIN.md', () => {
    expect(DEFAULT_BURNOUT.dailyWarnMin).toBe(480);
    expect(DEFAULT_BURNOUT.dailyStrongMin).toBe(600);
    expect(DEFAULT_BURNOUT.weeklyWarnMin).toBe(2400);
    expect(DEFAULT_BURNOUT.weeklyStrongMin).toBe(2880);
    expect(DEFAULT_BURNOUT.weeklyCriticalMin).toBe(3300);
    expect(DEFAULT_BURNOUT.dailyRestMin).toBe(660);
    expect(DEFAULT_BURNOUT.weeklyRestMin).toBe(1440);
    expect(DEFAULT_BURNOUT.continuousMaxMin).toBe(90);
    expect(DEFAULT_BURNOUT.nightStart).toBe('22:00');
    expect(DEFAULT_BURNOUT.microtaskDailyMaxMin).toBe(240);
  });

  it('builds settings for the given home zone with fresh threshold objects', () => {
    const a = defaultSettings('Asia/Manila');
    const b = defaultSettings('Europe/London');
    expect(a.homeZone).toBe('Asia/Manila');
    expect(a.workingHours.map((w) => w.weekday)).toEqual([1, 2, 3, 4, 5]);
    expect(a.bufferMin).toBe(10);
    expect(a.burnout.continuousMaxMin).toBe(90);
    expect(a.burnout.continuousBreakMin).toBe(10);
    expect('breakRule' in a).toBe(false);
    expect(a.dailyCapMin).toBe(480);
    expect(a.weeklyCapMin).toBe(2400);
    a.burnout.dailyWarnMin = 1;
    expect(b.burnout.dailyWarnMin).toBe(480);
  });

  it('has valid platform presets', () => {
    for (const spec of Object.values(PLATFORM_PRESETS)) {
      expect(isValidZone(spec.peakZone)).toBe(true);
      expect(spec.minSessionMin).toBeGreaterThanOrEqual(30);
      expect(spec.maxSessionMin).toBeLessThanOrEqual(90);
      expect(spec.minSessionMin).toBeLessThanOrEqual(spec.maxSessionMin);
      expect(spec.hourlyRate).toBeGreaterThan(0);
    }
    expect(PLATFORM_PRESETS.mturk.peakZone).toBe('America/New_York');
    const p = platformFromPreset('mturk', { id: 'p1', now: 5 });
    expect(p).toMatchObject({ id: 'p1', enabled: true, createdAt: 5, name: 'MTurk' });
    expect('peakNote' in p).toBe(false);
  });

  it('catalogues every burnout rule once, with a source', () => {
    const ids = BURNOUT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(11);
    for (const r of BURNOUT_RULES) expect(r.source.length).toBeGreaterThan(5);
    expect(BURNOUT_RULES.find((r) => r.id === 'very-long-week')?.source).toMatch(/WHO\/ILO/);
  });
});

describe('sample week', () => {
  it('has the three clients of DOMAIN.md and a Manila home', () => {
    const s = sampleWeek({ weekStart: '2026-03-02', now: Date.UTC(2026, 2, 1) });
    expect(s.settings.homeZone).toBe('Asia/Manila');
    expect(s.clients.map((c) => c.zone)).toEqual([
      'America/New_York',
      'Europe/London',
      'Australia/Sydney',
    ]);
    expect(s.platforms.map((p) => p.preset)).toEqual(['mturk', 'prolific', 'clickworker', 'appen']);
    const clientIds = new Set(s.clients.map((c) => c.id));
    for (const c of s.commitments) expect(clientIds.has(c.clientId)).toBe(true);
    expect(s.sessions[0]?.locked).toBe(true);
  });
});
