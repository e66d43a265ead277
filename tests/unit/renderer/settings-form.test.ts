import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/core/defaults';
import type { Settings } from '../../../src/core/types';
import {
  checkSettingsForm,
  minutesToHoursText,
  parseHours,
  settingsToForm,
  type SettingsForm,
} from '../../../src/renderer/src/features/settings/settings-form';

const base: Settings = { ...defaultSettings('Asia/Manila'), onboarded: true };
/** What the form is checked against: the stored settings, and today in Manila. */
const against = { ...base, today: '2026-03-02' };

function edit(patch: Partial<SettingsForm>): SettingsForm {
  return { ...settingsToForm(base), ...patch };
}

function errorsOf(form: SettingsForm): Record<string, string> {
  const checked = checkSettingsForm(form, against);
  if (checked.ok) throw new Error('expected the form to be refused');
  return checked.errors;
}

describe('settings form ↔ settings', () => {
  it('round-trips the defaults unchanged', () => {
    const checked = checkSettingsForm(settingsToForm(base), against);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const { id: _id, updatedAt: _at, ...draft } = base;
    expect(checked.value).toEqual(draft);
  });

  it('shows caps and hour thresholds in hours and stores minutes', () => {
    const form = settingsToForm(base);
    expect(form.dailyCapHours).toBe('8');
    expect(form.weeklyCapHours).toBe('40');
    expect(form.burnout.weeklyCriticalMin).toBe('55');
    expect(form.burnout.continuousMaxMin).toBe('90');
    expect(form.burnout.nightStart).toBe('22:00');

    const checked = checkSettingsForm(
      edit({
        dailyCapHours: '7.5',
        weeklyCapHours: '37.25',
        burnout: { ...form.burnout, dailyWarnMin: '6', dailyStrongMin: '9.5' },
      }),
      against,
    );
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.dailyCapMin).toBe(450);
    expect(checked.value.weeklyCapMin).toBe(2235);
    expect(checked.value.burnout.dailyWarnMin).toBe(360);
    expect(checked.value.burnout.dailyStrongMin).toBe(570);
  });

  it('formats minutes as short hour numbers', () => {
    expect(minutesToHoursText(480)).toBe('8');
    expect(minutesToHoursText(450)).toBe('7.5');
    expect(minutesToHoursText(440)).toBe('7.33');
  });

  it('reads hours: blank is not zero, negatives and too many hours are refused', () => {
    expect(parseHours('0', 'Daily cap', 24)).toEqual({ ok: true, minutes: 0 });
    expect(parseHours(' ', 'Daily cap', 24)).toEqual({
      ok: false,
      error: 'Daily cap must be a number of hours.',
    });
    expect(parseHours('-1', 'Daily cap', 24)).toEqual({
      ok: false,
      error: 'Daily cap cannot be negative.',
    });
    expect(parseHours('25', 'Daily cap', 24)).toEqual({
      ok: false,
      error: 'Daily cap cannot be more than 24 h.',
    });
  });

  it('turns working-hour rows into windows, midnight as 24:00, and off days into none', () => {
    const form = settingsToForm(base);
    const rows = form.workingRows.map((row, weekday) =>
      weekday === 6
        ? { on: true, start: '18:00', end: '00:00' }
        : weekday === 5
          ? { ...row, on: false }
          : row,
    );
    const checked = checkSettingsForm(edit({ workingRows: rows }), against);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.workingHours.map((w) => w.weekday)).toEqual([1, 2, 3, 4, 6]);
    expect(checked.value.workingHours.at(-1)).toEqual({ weekday: 6, start: '18:00', end: '24:00' });
  });

  it('allows quiet hours across midnight, or none, but not an empty window', () => {
    const across = checkSettingsForm(edit({ quietStart: '23:00', quietEnd: '06:30' }), against);
    expect(across.ok && across.value.quietHours).toEqual({ start: '23:00', end: '06:30' });
    const none = checkSettingsForm(edit({ quietOn: false }), against);
    expect(none.ok && none.value.quietHours).toBeNull();
    expect(errorsOf(edit({ quietStart: '22:00', quietEnd: '22:00' }))['quietHours.end']).toMatch(
      /same time/,
    );
  });

  it('collects every error at once under the validator paths, the form’s own messages first', () => {
    const form = settingsToForm(base);
    const errors = errorsOf(
      edit({
        homeZone: 'Mars/Olympus_Mons',
        dailyCapHours: '-2',
        weeklyCapHours: '',
        bufferMin: '-5',
        incomeTarget: '-100',
        workingRows: form.workingRows.map((row, weekday) =>
          weekday === 3 ? { on: true, start: '17:00', end: '09:00' } : row,
        ),
        burnout: {
          ...form.burnout,
          dailyWarnMin: '11',
          dailyStrongMin: '10',
          continuousMaxMin: '30',
          continuousBreakMin: '2',
        },
      }),
    );
    expect(errors.homeZone).toMatch(/not a time zone/);
    expect(errors.dailyCapMin).toBe('Daily cap cannot be negative.');
    expect(errors.weeklyCapMin).toBe('Weekly cap must be a number of hours.');
    expect(errors.bufferMin).toBe('Buffer cannot be negative.');
    expect(errors['burnout.continuousMaxMin']).toBe('Work before a break must be at least 50.');
    expect(errors['burnout.continuousBreakMin']).toBe('Break length must be at least 5.');
    expect(errors.weeklyIncomeTarget).toBe('Weekly income target cannot be negative.');
    // Wednesday is the third enabled day (Mon, Tue, Wed…): window index 2.
    expect(errors['workingHours.2.end']).toBe('End must be after start.');
    expect(errors['burnout.dailyWarnMin']).toMatch(/above the strong warning/);
  });

  it('refuses weekly warning levels out of order and a night that starts when it ends', () => {
    const form = settingsToForm(base);
    const errors = errorsOf(
      edit({
        burnout: {
          ...form.burnout,
          weeklyStrongMin: '60',
          weeklyCriticalMin: '55',
          nightStart: '06:00',
          nightEnd: '06:00',
        },
      }),
    );
    expect(errors['burnout.weeklyStrongMin']).toMatch(/above the critical level/);
    expect(errors['burnout.nightEnd']).toMatch(/same time/);
  });

  it('keeps an empty income target as no target', () => {
    const checked = checkSettingsForm(edit({ incomeTarget: '  ' }), against);
    expect(checked.ok && checked.value.weeklyIncomeTarget).toBeNull();
    const set = checkSettingsForm(edit({ incomeTarget: '450' }), against);
    expect(set.ok && set.value.weeklyIncomeTarget).toBe(450);
  });
});
