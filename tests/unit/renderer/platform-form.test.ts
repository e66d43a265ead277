import { describe, expect, it } from 'vitest';
import { PLATFORM_PRESETS, platformFromPreset } from '../../../src/core/defaults';
import { validatePlatform } from '../../../src/core/validate/records';
import {
  applyPreset,
  formToPlatformDraft,
  homeEquivalent,
  peakSummary,
  platformToForm,
  presetNote,
} from '../../../src/renderer/src/features/platforms/platform-form';
import { rowErrors } from '../../../src/renderer/src/components/weekday-rows';

// Monday 23 Nov 2026, 10:00 in Manila: New York is on EST (UTC−5), Manila UTC+8.
const NOW = Date.parse('2026-11-23T02:00:00Z');
const options = { defaultCurrency: 'PHP', homeZone: 'Asia/Manila' };

function errorsOf(draft: Record<string, unknown>): Record<string, string> {
  const checked = validatePlatform(draft);
  if (checked.ok) throw new Error('expected the draft to be refused');
  return checked.errors;
}

describe('platform form', () => {
  it('fills every field from a preset and validates to the preset platform', () => {
    const form = applyPreset(platformToForm(null, options), 'mturk');
    expect(form.name).toBe('MTurk');
    expect(form.peakZone).toBe('America/New_York');
    expect(presetNote(form.preset)).toBe(PLATFORM_PRESETS.mturk.peakNote);
    const checked = validatePlatform(formToPlatformDraft(form));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      ...expected
    } = platformFromPreset('mturk', {
      id: 'x',
      now: 0,
    });
    expect(checked.value).toEqual(expected);
  });

  it('switching to Custom keeps what was filled in', () => {
    const prolific = applyPreset(platformToForm(null, options), 'prolific');
    const custom = applyPreset({ ...prolific, rate: '12' }, 'custom');
    expect(custom).toEqual({ ...prolific, rate: '12', preset: 'custom' });
    expect(presetNote('custom')).toBeNull();
  });

  it('starts a new platform as custom in the home zone and the default currency', () => {
    const form = platformToForm(null, options);
    expect(form).toMatchObject({ preset: 'custom', peakZone: 'Asia/Manila', currency: 'PHP' });
    expect(form.rows.every((r) => !r.on)).toBe(true);
  });

  it('round-trips a stored platform', () => {
    const stored = { ...platformFromPreset('appen', { id: 'a', now: 1 }), enabled: false };
    const checked = validatePlatform(formToPlatformDraft(platformToForm(stored, options)));
    const { id: _id, createdAt: _c, updatedAt: _u, ...expected } = stored;
    expect(checked.ok && checked.value).toEqual(expected);
  });

  it('refuses negative pay, blank pay, max below min and an unknown zone, each on its field', () => {
    const form = applyPreset(platformToForm(null, options), 'mturk');
    const rows = form.rows.map((row, weekday) =>
      weekday === 2 ? { ...row, start: '17:00', end: '09:00' } : row,
    );
    const errors = errorsOf(
      formToPlatformDraft({
        ...form,
        rate: '-3',
        minSession: '60',
        maxSession: '30',
        peakZone: 'Atlantis/Capital',
        rows,
      }),
    );
    expect(errors.hourlyRate).toBe('Expected hourly pay cannot be negative.');
    expect(errors.peakZone).toMatch(/“Atlantis\/Capital” is not a time zone/);
    // Tuesday is the second enabled day: window index 1, shown on Tuesday's row.
    expect(errors['peakWindows.1.end']).toBe('End must be after start.');
    expect(rowErrors(errors, 'peakWindows', rows)).toEqual({ 2: 'End must be after start.' });

    const swapped = errorsOf(formToPlatformDraft({ ...form, minSession: '60', maxSession: '30' }));
    expect(swapped.maxSessionMin).toBe('The longest session is shorter than the shortest.');
    expect(errorsOf(formToPlatformDraft({ ...form, rate: '' })).hourlyRate).toMatch(/number/);
  });

  it('summarises peak hours with weekdays grouped', () => {
    expect(peakSummary(PLATFORM_PRESETS.mturk.peakWindows, '24h')).toBe('Mon–Fri 09:00–17:00');
    expect(peakSummary(PLATFORM_PRESETS.mturk.peakWindows, '12h')).toBe('Mon–Fri 9:00 AM–5:00 PM');
    expect(
      peakSummary(
        [
          { weekday: 6, start: '10:00', end: '14:00' },
          { weekday: 0, start: '10:00', end: '14:00' },
          { weekday: 3, start: '08:00', end: '12:00' },
        ],
        '24h',
      ),
    ).toBe('Wed 08:00–12:00; Sat, Sun 10:00–14:00');
    expect(peakSummary([], '24h')).toBe('No peak hours');
  });

  it('shows peak hours in the home zone, across midnight and across a DST change', () => {
    const base = {
      zone: 'America/New_York',
      homeZone: 'Asia/Manila',
      now: NOW,
      clock: '24h' as const,
    };
    // 09:00–17:00 New York (EST) = 22:00 Monday – 06:00 Tuesday in Manila.
    expect(homeEquivalent({ ...base, weekday: 1, start: '09:00', end: '17:00' })).toBe(
      'Mon 22:00 – Tue 06:00 in Manila',
    );
    expect(
      homeEquivalent({ ...base, weekday: 1, start: '09:00', end: '10:00', clock: '12h' }),
    ).toBe('Mon 10:00 PM–11:00 PM in Manila');
    // In July New York is on EDT (UTC−4): one hour earlier in Manila.
    const july = Date.parse('2026-07-06T02:00:00Z');
    expect(homeEquivalent({ ...base, now: july, weekday: 1, start: '09:00', end: '17:00' })).toBe(
      'Mon 21:00 – Tue 05:00 in Manila',
    );
    // Kathmandu is +5:45: London 09:00–18:00 (GMT) = 14:45–23:45.
    expect(
      homeEquivalent({
        ...base,
        zone: 'Europe/London',
        homeZone: 'Asia/Kathmandu',
        weekday: 2,
        start: '09:00',
        end: '18:00',
      }),
    ).toBe('Tue 14:45–23:45 in Kathmandu');
    expect(
      homeEquivalent({
        ...base,
        homeZone: 'America/New_York',
        weekday: 1,
        start: '09:00',
        end: '17:00',
      }),
    ).toBeNull();
    expect(homeEquivalent({ ...base, weekday: 1, start: '17:00', end: '09:00' })).toBeNull();
  });
});
