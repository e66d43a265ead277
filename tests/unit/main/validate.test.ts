import { describe, expect, it } from 'vitest';
import type { Reminder, ReminderSchedule } from '../../../src/core/bridge/contract';
import {
  INVOKE_CHANNELS,
  INVOKE_VALIDATORS,
  LIMITS,
  validateDailyBackupRequest,
  validateLoginItemRequest,
  validateNoArgument,
  validateOpenFileRequest,
  validateReminderSchedule,
  validateSaveFileRequest,
} from '../../../src/core/bridge/validate';

const T0 = Date.UTC(2026, 2, 2, 9, 0);

function reminder(overrides: Partial<Reminder> = {}): Reminder {
  return {
    id: 'c1@2026-03-02',
    kind: 'commitment',
    fireAt: T0 - 10 * 60_000,
    eventAt: T0,
    title: 'Call with Acme',
    body: '09:00 Manila · 20:00 New York',
    ...overrides,
  };
}

function schedule(overrides: Partial<ReminderSchedule> = {}): ReminderSchedule {
  return {
    generatedAt: T0 - 3_600_000,
    reminders: [reminder()],
    todayPlannedMin: 360,
    dailyCapMin: 480,
    ...overrides,
  };
}

function errorOf(result: { ok: boolean; error?: string }): string {
  return result.ok ? '' : (result.error ?? '');
}

describe('validateReminderSchedule', () => {
  it.each([
    ['a zero-width joiner', 'commitment:a\u200Db'],
    ['a left-to-right mark', '\u200Ecommitment:a'],
    ['a soft hyphen', 'commit\u00ADment:a'],
  ])('rejects a reminder id with %s', (_name, id) => {
    const result = validateReminderSchedule(schedule({ reminders: [reminder({ id })] }));
    expect(errorOf(result)).toContain('invisible');
  });

  it('accepts an optional subject and refuses an empty one', () => {
    const withSubject = schedule({ reminders: [reminder({ subject: 'Call' })] });
    expect(validateReminderSchedule(withSubject).ok).toBe(true);
    const empty = schedule({ reminders: [reminder({ subject: '' })] });
    expect(validateReminderSchedule(empty).ok).toBe(false);
  });

  it('accepts a valid schedule and returns fresh objects', () => {
    const input = schedule({
      homeZone: 'Asia/Manila',
      reminders: [reminder({ zone: 'America/New_York' })],
    });
    const result = validateReminderSchedule(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(input);
    expect(result.value).not.toBe(input);
    expect(result.value.reminders).not.toBe(input.reminders);
    expect(result.value.reminders[0]).not.toBe(input.reminders[0]);
  });

  it.each([
    ['not an object', 'schedule', 'must be an object'],
    ['an array', [], 'must be an object'],
    ['a missing field', { ...schedule(), dailyCapMin: undefined }, 'dailyCapMin'],
    ['an extra key', { ...schedule(), admin: true }, "unexpected key 'admin'"],
    ['NaN minutes', schedule({ todayPlannedMin: Number.NaN }), 'finite number'],
    ['Infinity', schedule({ generatedAt: Number.POSITIVE_INFINITY }), 'finite number'],
    ['negative cap', schedule({ dailyCapMin: -1 }), 'between'],
    ['fractional instant', schedule({ generatedAt: 1.5 }), 'whole milliseconds'],
    ['a string instant', schedule({ reminders: [reminder({ fireAt: Number('x') })] }), 'fireAt'],
    [
      'an unknown kind',
      { ...schedule(), reminders: [{ ...reminder(), kind: 'party' }] },
      'kind must be one of',
    ],
    ['an empty id', schedule({ reminders: [reminder({ id: '' })] }), 'must not be empty'],
    [
      'a control character in the id',
      schedule({ reminders: [reminder({ id: 'a\u0000b' })] }),
      'control characters',
    ],
    [
      'a huge title',
      schedule({ reminders: [reminder({ title: 'x'.repeat(10_000) })] }),
      'longer than',
    ],
    ['an unknown zone', schedule({ homeZone: 'Mars/Olympus' }), 'IANA'],
    [
      'a reminder zone that is not a zone',
      schedule({ reminders: [reminder({ zone: '../etc' })] }),
      'IANA',
    ],
  ])('rejects %s', (_name, input, message) => {
    const result = validateReminderSchedule(input);
    expect(result.ok).toBe(false);
    expect(errorOf(result)).toContain(message);
  });

  it(`rejects more than ${LIMITS.maxReminders} reminders`, () => {
    const many = Array.from({ length: LIMITS.maxReminders + 1 }, (_, i) =>
      reminder({ id: `r${i}` }),
    );
    expect(errorOf(validateReminderSchedule(schedule({ reminders: many })))).toContain('more than');
  });

  it('accepts exactly the maximum number of reminders', () => {
    const many = Array.from({ length: LIMITS.maxReminders }, (_, i) => reminder({ id: `r${i}` }));
    expect(validateReminderSchedule(schedule({ reminders: many })).ok).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects the pollution key %s', (key) => {
    const hostile: unknown = JSON.parse(
      `{"generatedAt":1,"reminders":[],"todayPlannedMin":0,"dailyCapMin":0,"${key}":{"polluted":true}}`,
    );
    expect(errorOf(validateReminderSchedule(hostile))).toContain('forbidden key');
    const nested: unknown = JSON.parse(
      `{"generatedAt":1,"todayPlannedMin":0,"dailyCapMin":0,"reminders":[{"id":"a","kind":"session","fireAt":1,"eventAt":2,"title":"t","body":"","${key}":{"x":1}}]}`,
    );
    expect(errorOf(validateReminderSchedule(nested))).toContain('forbidden key');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('rejects accessors without calling them, class instances, holes and symbol keys', () => {
    let called = false;
    const withGetter = {
      ...schedule(),
      get todayPlannedMin(): number {
        called = true;
        return 1;
      },
    };
    expect(errorOf(validateReminderSchedule(withGetter))).toContain('data property');
    expect(called).toBe(false);
    class Sneaky {
      generatedAt = 1;
    }
    expect(errorOf(validateReminderSchedule(new Sneaky()))).toContain('plain object');
    const holes: unknown[] = [];
    holes.length = 1;
    expect(errorOf(validateReminderSchedule({ ...schedule(), reminders: holes }))).toContain(
      'missing',
    );
    expect(errorOf(validateReminderSchedule({ ...schedule(), [Symbol('x')]: 1 }))).toContain(
      'symbol',
    );
  });

  it('turns a throwing proxy into an error instead of throwing', () => {
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(validateReminderSchedule(proxy)).toEqual({
      ok: false,
      error: 'payload could not be read',
    });
  });
});

describe('validateSaveFileRequest', () => {
  const ok = { kind: 'ics', suggestedName: 'week-2026-03-02.ics', content: 'BEGIN:VCALENDAR' };

  it('accepts a plain file name', () => {
    expect(validateSaveFileRequest(ok)).toEqual({ ok: true, value: ok });
  });

  it('accepts a timesheet and refuses a kind it does not know', () => {
    const csv = { kind: 'csv', suggestedName: 'timesheet-2026-03.csv', content: 'Date\r\n' };
    expect(validateSaveFileRequest(csv)).toEqual({ ok: true, value: csv });
    expect(validateSaveFileRequest({ ...csv, kind: 'exe' }).ok).toBe(false);
  });

  it.each([
    ['a path separator', '../../.bashrc'],
    ['a slash', 'dir/file.ics'],
    ['a backslash', 'dir\\file.ics'],
    ['a Windows drive', 'C:evil.ics'],
    ['a NUL byte', 'a\u0000.ics'],
    ['an empty name', ''],
    ['a dot file', '.profile'],
    ['surrounding spaces', ' a.ics'],
    ['a 256-character name', `${'a'.repeat(252)}.ics`],
    ['the Windows device CON', 'CON'],
    ['the Windows device nul with an extension', 'nul.ics'],
    ['the Windows device COM1 before a second extension', 'com1.tar.gz'],
    ['the Windows device LPT9 with a space before the dot', 'LPT9 .json'],
    ['the Windows device COM¹', 'COM¹.ics'],
    ['a trailing dot', 'week.ics.'],
    ['a trailing space after the extension', 'week.ics '],
    ['a right-to-left override', 'invoice\u202Escl.ics'],
    ['a right-to-left isolate', 'week\u2067.ics'],
    ['a zero-width space', 'week\u200B.ics'],
    ['a byte-order mark', '\uFEFFweek.ics'],
    ['a C1 control', 'week\u0085.ics'],
    ['a tag character', 'week\u{E0041}.ics'],
  ])('rejects a suggested name with %s', (_name, suggestedName) => {
    expect(validateSaveFileRequest({ ...ok, suggestedName }).ok).toBe(false);
  });

  it.each(['CONSOLE.ics', 'console.ics', 'com10.ics', 'nullable.json', 'Ünïcode wéek.ics'])(
    'accepts %s, which only looks like a device name or is plain Unicode',
    (suggestedName) => {
      expect(validateSaveFileRequest({ ...ok, suggestedName }).ok).toBe(true);
    },
  );

  it('counts a lone surrogate as the 3 bytes of U+FFFD it is written as', () => {
    // Regression: a lone high surrogate swallowed the next unit as its pair, so 25 M of them
    // counted 50 MB and passed the cap though writing them takes 75 MB.
    const lone = '\uD800'.repeat(25 * 1024 * 1024);
    expect(errorOf(validateSaveFileRequest({ ...ok, content: lone }))).toContain('50 MB');
    const justUnder = '\uDC00'.repeat(Math.floor(LIMITS.maxFileBytes / 3));
    expect(validateSaveFileRequest({ ...ok, content: justUnder }).ok).toBe(true);
    // A real pair stays 4 bytes for 2 units.
    const pairs = '😀'.repeat(LIMITS.maxFileBytes / 4);
    expect(validateSaveFileRequest({ ...ok, content: pairs }).ok).toBe(true);
  });

  it('rejects content over 50 MB, counted in UTF-8 bytes', () => {
    const big = 'a'.repeat(LIMITS.maxFileBytes + 1);
    expect(errorOf(validateSaveFileRequest({ ...ok, content: big }))).toContain('50 MB');
    // 20 M three-byte characters: 20 M UTF-16 units but 60 MB of UTF-8.
    const wide = '€'.repeat(20 * 1024 * 1024);
    expect(errorOf(validateSaveFileRequest({ ...ok, content: wide }))).toContain('50 MB');
  });

  it('rejects an unknown kind and a non-string content', () => {
    expect(validateSaveFileRequest({ ...ok, kind: 'exe' }).ok).toBe(false);
    expect(validateSaveFileRequest({ ...ok, content: 42 }).ok).toBe(false);
  });
});

describe('the other channels', () => {
  it('validates file:open, app:info, backup:daily and login-item:set', () => {
    expect(validateOpenFileRequest({ kind: 'json' })).toEqual({
      ok: true,
      value: { kind: 'json' },
    });
    expect(validateOpenFileRequest({ kind: 'json', path: '/etc/passwd' }).ok).toBe(false);
    expect(validateNoArgument(undefined)).toEqual({ ok: true, value: null });
    expect(validateNoArgument(null)).toEqual({ ok: true, value: null });
    expect(validateNoArgument({}).ok).toBe(false);
    expect(validateDailyBackupRequest({ day: '2026-03-02', content: '{}' }).ok).toBe(true);
    expect(validateDailyBackupRequest({ day: '2026-02-30', content: '{}' }).ok).toBe(false);
    expect(validateDailyBackupRequest({ day: '../../x', content: '{}' }).ok).toBe(false);
    expect(validateLoginItemRequest({ openAtLogin: true })).toEqual({
      ok: true,
      value: { openAtLogin: true },
    });
    expect(validateLoginItemRequest({ openAtLogin: 'yes' }).ok).toBe(false);
  });

  it('lists every validated channel once, each named domain:verb with a validator', () => {
    expect(new Set(INVOKE_CHANNELS).size).toBe(Object.keys(INVOKE_VALIDATORS).length);
    for (const channel of INVOKE_CHANNELS) {
      expect(channel).toMatch(/^[a-z-]+:[a-z-]+$/);
      expect(typeof INVOKE_VALIDATORS[channel]).toBe('function');
    }
  });
});
