import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup, type BackupData } from '../../../src/core/backup';
import { defaultSettings } from '../../../src/core/defaults';
import { sampleWeek } from '../../../src/core/sample-week';
import { SCHEMA_VERSION } from '../../../src/renderer/src/db/schema';
import { toInstant } from '../../../src/core/time';
import { isPlainRecord, type Validation } from '../../../src/core/validate/fields';
import {
  validateClient,
  validateCommitment,
  validatePlatform,
  validateSession,
  validateSettings,
} from '../../../src/core/validate/records';
import { clientArb, commitmentArb, platformArb, sessionArb, settingsArb } from '../arbitraries';

/** What an editor sends: plain JSON, as the bridge and the backup file deliver it. */
type Json = Record<string, unknown>;

function clientDraft(patch: Json = {}): Json {
  return {
    name: 'Acme Goods',
    color: '#d9480f',
    zone: 'America/New_York',
    availability: [
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 1, start: '13:00', end: '17:00' },
      { weekday: 2, start: '09:00', end: '24:00' },
    ],
    billing: { kind: 'hourly', rate: 40 },
    currency: 'USD',
    notes: 'Inbox and orders.',
    archived: false,
    ...patch,
  };
}

function weeklyRecurrence(patch: Json = {}): Json {
  return {
    kind: 'weekly',
    weekdays: [1, 3, 5],
    interval: 1,
    startDate: '2026-03-01',
    endDate: '2026-06-30',
    count: null,
    ...patch,
  };
}

function commitmentDraft(patch: Json = {}): Json {
  return {
    clientId: 'acme',
    title: 'Check-in call',
    kind: 'call',
    zone: 'America/New_York',
    start: '09:00',
    durationMin: 30,
    recurrence: weeklyRecurrence(),
    skippedDates: ['2026-04-03'],
    moved: [
      {
        date: '2026-04-06',
        to: { date: '2026-04-07', time: '10:00', zone: 'America/New_York' },
        durationMin: 45,
      },
    ],
    reminderLeadMin: 10,
    notes: '',
    icsUid: null,
    ...patch,
  };
}

function platformDraft(patch: Json = {}): Json {
  return {
    name: 'Prolific',
    preset: 'prolific',
    color: '#1971c2',
    hourlyRate: 9,
    currency: 'GBP',
    peakZone: 'Europe/London',
    peakWindows: [{ weekday: 1, start: '09:00', end: '18:00' }],
    minSessionMin: 30,
    maxSessionMin: 90,
    enabled: true,
    ...patch,
  };
}

const SESSION_START = toInstant('2026-03-05', '13:00', 'Asia/Manila');

function sessionDraft(patch: Json = {}): Json {
  return {
    platformId: 'prolific',
    start: SESSION_START,
    end: SESSION_START + 60 * 60_000,
    locked: true,
    status: 'planned',
    actualEarnings: null,
    actualMin: null,
    note: 'Study part 2',
    ...patch,
  };
}

function settingsDraft(patch: Json = {}): Json {
  const { id: _id, updatedAt: _updatedAt, ...draft } = defaultSettings('Asia/Manila');
  return { ...draft, ...patch };
}

/** The errors of a refused draft (fails the test if it was accepted). */
function errorsOf<T>(result: Validation<T>): Record<string, string> {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.errors;
}

function valueOf<T>(result: Validation<T>): T {
  if (!result.ok) throw new Error(`expected a valid draft, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** Stored record → draft (what the editors send back on save). */
function withoutStamps(record: { id: string; updatedAt: number; createdAt?: number }): Json {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...draft } = record;
  return draft;
}

describe('valid drafts', () => {
  const cases: [string, (input: unknown) => Validation<unknown>, () => Json][] = [
    ['client', validateClient, clientDraft],
    ['commitment', validateCommitment, commitmentDraft],
    ['platform', validatePlatform, platformDraft],
    ['session', validateSession, sessionDraft],
    ['settings', validateSettings, settingsDraft],
  ];

  it.each(cases)('a valid %s draft comes back equal, as a fresh value', (_name, validate, make) => {
    const input = make();
    const value = valueOf(validate(input));
    expect(value).toEqual(input);
    expect(value).not.toBe(input);
    // Editing the saved value must never reach back into the editor's draft (and vice versa).
    for (const [key, field] of Object.entries(input)) {
      if (typeof field === 'object' && field !== null) {
        expect((value as Json)[key], key).not.toBe(field);
      }
    }
  });

  it('trims names and notes and lowercases the colour', () => {
    const value = valueOf(
      validateClient(
        clientDraft({ name: '  Acme Goods \n', notes: '\tcall first ', color: '#D9480F' }),
      ),
    );
    expect(value.name).toBe('Acme Goods');
    expect(value.notes).toBe('call first');
    expect(value.color).toBe('#d9480f');

    const platform = valueOf(
      validatePlatform(platformDraft({ name: ' MTurk ', color: '#ABCDEF' })),
    );
    expect(platform.name).toBe('MTurk');
    expect(platform.color).toBe('#abcdef');

    const commitment = valueOf(validateCommitment(commitmentDraft({ title: '  Weekly sync  ' })));
    expect(commitment.title).toBe('Weekly sync');
  });

  it('drops fields it does not know instead of storing them', () => {
    const value = valueOf(validateClient(clientDraft({ isAdmin: true, id: 'forged' })));
    expect(value).not.toHaveProperty('isAdmin');
    expect(value).not.toHaveProperty('id');
  });

  it('sorts and de-duplicates the weekdays of a weekly commitment', () => {
    const value = valueOf(
      validateCommitment(
        commitmentDraft({ recurrence: weeklyRecurrence({ weekdays: [5, 1, 5, 3] }) }),
      ),
    );
    expect(value.recurrence).toMatchObject({ weekdays: [1, 3, 5] });
  });

  it('accepts windows that touch (12:00–13:00 then 13:00–17:00) and the same hours on other days', () => {
    const availability = [
      { weekday: 3, start: '12:00', end: '13:00' },
      { weekday: 3, start: '13:00', end: '17:00' },
      { weekday: 4, start: '12:00', end: '17:00' },
    ];
    expect(valueOf(validateClient(clientDraft({ availability }))).availability).toEqual(
      availability,
    );
  });

  it('accepts every stored record the arbitraries make, unchanged (round trip of a save)', () => {
    fc.assert(
      fc.property(
        clientArb,
        commitmentArb(['c1']),
        platformArb,
        sessionArb(['p1']),
        settingsArb,
        (client, commitment, platform, session, settings) => {
          const drafts: [(input: unknown) => Validation<unknown>, Json][] = [
            [validateClient, withoutStamps(client)],
            [validateCommitment, withoutStamps(commitment)],
            [validatePlatform, withoutStamps(platform)],
            [validateSession, withoutStamps(session)],
            [validateSettings, withoutStamps(settings)],
          ];
          for (const [validate, draft] of drafts) {
            expect(valueOf(validate(draft))).toEqual(draft);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('client errors', () => {
  it('refuses an empty name (after trimming)', () => {
    expect(errorsOf(validateClient(clientDraft({ name: '   ' })))).toEqual({
      name: 'Name cannot be empty.',
    });
  });

  it.each([
    ['america/new_york', 'America/New_York'],
    ['AMERICA/NEW_YORK', 'America/New_York'],
    ['asia/calcutta', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['US/Pacific', 'America/Los_Angeles'],
    ['utc', 'UTC'],
    ['etc/gmt-11', 'Etc/GMT-11'],
  ])('stores the zone %s under its canonical IANA name %s', (zone, canonical) => {
    const result = validateClient(clientDraft({ zone }));
    expect(result.ok && result.value.zone).toBe(canonical);
  });

  it('refuses a retired link such as US/Pacific-New with a clear message', () => {
    const errors = errorsOf(validateClient(clientDraft({ zone: 'US/Pacific-New' })));
    expect(errors.zone).toBe(
      '“US/Pacific-New” is a retired time-zone name that IANA no longer lists. Pick the zone from the list.',
    );
    expect(errorsOf(validateClient(clientDraft({ zone: 'us/pacific-new' }))).zone).toContain(
      'retired',
    );
  });

  it('refuses a time zone the computer does not know and names it', () => {
    const errors = errorsOf(validateClient(clientDraft({ zone: 'Mars/Base' })));
    expect(Object.keys(errors)).toEqual(['zone']);
    expect(errors.zone).toContain('Mars/Base');
    expect(errors.zone).toContain('not a time zone');
  });

  it('refuses an availability window that ends before it starts, at its own path', () => {
    const availability = [
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 2, start: '17:00', end: '09:00' },
    ];
    expect(errorsOf(validateClient(clientDraft({ availability })))).toEqual({
      'availability.1.end': 'End must be after start.',
    });
  });

  it('refuses an empty window (end equal to start)', () => {
    const availability = [{ weekday: 2, start: '09:00', end: '09:00' }];
    expect(errorsOf(validateClient(clientDraft({ availability })))).toHaveProperty(
      'availability.0.end',
      'End must be after start.',
    );
  });

  it('refuses two windows that overlap on one day, whatever their order in the list', () => {
    const availability = [
      { weekday: 4, start: '13:00', end: '17:00' },
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 4, start: '09:00', end: '13:30' },
    ];
    expect(errorsOf(validateClient(clientDraft({ availability })))).toEqual({
      availability: 'Two windows on the same day overlap.',
    });
  });

  it('refuses a negative hourly rate or retainer fee under billing', () => {
    expect(
      errorsOf(validateClient(clientDraft({ billing: { kind: 'hourly', rate: -5 } }))),
    ).toEqual({
      'billing.rate': 'Hourly rate cannot be negative.',
    });
    const retainer = { kind: 'retainer', monthlyFee: -1, includedHours: 20, overageRate: 40 };
    expect(errorsOf(validateClient(clientDraft({ billing: retainer })))).toEqual({
      'billing.monthlyFee': 'Monthly fee cannot be negative.',
    });
  });

  it('collects every error of one draft in one pass', () => {
    const errors = errorsOf(
      validateClient(clientDraft({ name: '', zone: 'Mars/Base', color: 'red', currency: 'usd' })),
    );
    expect(Object.keys(errors).sort()).toEqual(['color', 'currency', 'name', 'zone']);
  });
});

describe('commitment errors', () => {
  it('refuses a zero duration with a clear message', () => {
    expect(errorsOf(validateCommitment(commitmentDraft({ durationMin: 0 })))).toEqual({
      durationMin: 'Duration must be more than zero.',
    });
  });

  it('refuses a negative or fractional duration', () => {
    expect(errorsOf(validateCommitment(commitmentDraft({ durationMin: -30 })))).toHaveProperty(
      'durationMin',
    );
    expect(errorsOf(validateCommitment(commitmentDraft({ durationMin: 12.5 })))).toEqual({
      durationMin: 'Duration must be a whole number.',
    });
  });

  it('refuses an end date before the start date', () => {
    const recurrence = weeklyRecurrence({ startDate: '2026-03-10', endDate: '2026-03-09' });
    expect(errorsOf(validateCommitment(commitmentDraft({ recurrence })))).toEqual({
      'recurrence.endDate': 'The end date is before the start date.',
    });
  });

  it('accepts an end date equal to the start date (a single-week series)', () => {
    const recurrence = weeklyRecurrence({ startDate: '2026-03-10', endDate: '2026-03-10' });
    expect(validateCommitment(commitmentDraft({ recurrence })).ok).toBe(true);
  });

  it('refuses a weekly commitment with no weekdays', () => {
    const recurrence = weeklyRecurrence({ weekdays: [] });
    expect(errorsOf(validateCommitment(commitmentDraft({ recurrence })))).toEqual({
      'recurrence.weekdays': 'Pick at least one weekday.',
    });
  });

  it('refuses a weekday outside 0–6 at its index', () => {
    const recurrence = weeklyRecurrence({ weekdays: [1, 7] });
    expect(errorsOf(validateCommitment(commitmentDraft({ recurrence })))).toEqual({
      'recurrence.weekdays.1': 'Weekday must be 0 (Sunday) to 6 (Saturday).',
    });
  });

  it('refuses a repeat interval of 0', () => {
    const recurrence = weeklyRecurrence({ interval: 0 });
    expect(errorsOf(validateCommitment(commitmentDraft({ recurrence })))).toEqual({
      'recurrence.interval': 'Repeat every must be at least 1.',
    });
  });

  it('refuses an impossible date and an unknown zone in a moved occurrence, at their paths', () => {
    const moved = [
      {
        date: '2026-02-30',
        to: { date: '2026-03-02', time: '10:00', zone: 'Mars/Base' },
        durationMin: 30,
      },
    ];
    const errors = errorsOf(validateCommitment(commitmentDraft({ moved })));
    expect(Object.keys(errors).sort()).toEqual(['moved.0.date', 'moved.0.to.zone']);
  });

  it('refuses an impossible skipped date at its index', () => {
    const errors = errorsOf(
      validateCommitment(commitmentDraft({ skippedDates: ['2026-03-02', '2026-13-01'] })),
    );
    expect(errors).toEqual({
      'skippedDates.1': 'Skipped date must be a real date (yyyy-mm-dd).',
    });
  });
});

describe('platform errors', () => {
  it('refuses a negative expected hourly pay', () => {
    expect(errorsOf(validatePlatform(platformDraft({ hourlyRate: -1 })))).toEqual({
      hourlyRate: 'Expected hourly pay cannot be negative.',
    });
  });

  it('refuses a longest session shorter than the shortest, but not an equal one', () => {
    expect(
      errorsOf(validatePlatform(platformDraft({ minSessionMin: 60, maxSessionMin: 45 }))),
    ).toEqual({ maxSessionMin: 'The longest session is shorter than the shortest.' });
    expect(validatePlatform(platformDraft({ minSessionMin: 60, maxSessionMin: 60 })).ok).toBe(true);
  });

  it('refuses overlapping peak windows', () => {
    const peakWindows = [
      { weekday: 1, start: '09:00', end: '18:00' },
      { weekday: 1, start: '17:00', end: '20:00' },
    ];
    expect(errorsOf(validatePlatform(platformDraft({ peakWindows })))).toEqual({
      peakWindows: 'Two windows on the same day overlap.',
    });
  });
});

describe('session errors', () => {
  it('refuses a session that ends before (or when) it starts', () => {
    const before = sessionDraft({ end: SESSION_START - 60_000 });
    expect(errorsOf(validateSession(before))).toEqual({
      end: 'The session ends before it starts.',
    });
    expect(errorsOf(validateSession(sessionDraft({ end: SESSION_START })))).toHaveProperty('end');
  });

  it('refuses a session longer than a day', () => {
    const end = SESSION_START + 24 * 60 * 60_000 + 60_000;
    expect(errorsOf(validateSession(sessionDraft({ end })))).toEqual({
      end: 'A session cannot be longer than a day.',
    });
  });

  it('refuses negative actual earnings', () => {
    const done = sessionDraft({ status: 'done', actualEarnings: -3 });
    expect(errorsOf(validateSession(done))).toEqual({
      actualEarnings: 'Actual earnings cannot be negative.',
    });
  });

  it('refuses actual minutes below zero, above a day or not whole, all at once', () => {
    const bad = (actualMin: unknown) =>
      errorsOf(validateSession(sessionDraft({ status: 'done', actualMin })))['actualMin'];
    expect(bad(-1)).toMatch(/negative/);
    expect(bad(24 * 60 + 1)).toMatch(/1440/);
    expect(bad(12.5)).toMatch(/whole/);
    expect(bad('90')).toBeDefined();
    expect(
      valueOf(validateSession(sessionDraft({ status: 'done', actualMin: 1440 }))).actualMin,
    ).toBe(1440);
  });
});

describe('settings errors', () => {
  it('refuses daily and weekly caps below zero', () => {
    expect(
      errorsOf(validateSettings(settingsDraft({ dailyCapMin: -1, weeklyCapMin: -60 }))),
    ).toEqual({
      dailyCapMin: 'Daily cap cannot be negative.',
      weeklyCapMin: 'Weekly cap cannot be negative.',
    });
  });

  it('refuses an unknown home zone', () => {
    expect(errorsOf(validateSettings(settingsDraft({ homeZone: 'Mars/Base' })))).toHaveProperty(
      'homeZone',
    );
  });

  it('refuses overlapping working hours', () => {
    const workingHours = [
      { weekday: 1, start: '08:00', end: '12:00' },
      { weekday: 1, start: '11:00', end: '18:00' },
    ];
    expect(errorsOf(validateSettings(settingsDraft({ workingHours })))).toEqual({
      workingHours: 'Two windows on the same day overlap.',
    });
  });

  it('refuses warning levels out of order under burnout', () => {
    const burnout = { ...defaultSettings('UTC').burnout, dailyWarnMin: 700, dailyStrongMin: 600 };
    expect(errorsOf(validateSettings(settingsDraft({ burnout })))).toEqual({
      'burnout.dailyWarnMin': 'The warning is above the strong warning for a long day.',
    });
  });
});

describe('exchange rate errors', () => {
  const rate = (currency: unknown, perUnit: unknown, setOn: unknown = '2026-01-05') => ({
    currency,
    perUnit,
    setOn,
  });

  it('keeps good rates into the worker currency', () => {
    const exchangeRates = [rate('USD', 58.2), rate('JPY', 0.3712)];
    const value = valueOf(validateSettings(settingsDraft({ currency: 'PHP', exchangeRates })));
    expect(value.exchangeRates).toEqual(exchangeRates);
  });

  it('names every bad rate at once: zero, negative, not a number, unknown code, own, twice, no date', () => {
    const exchangeRates = [
      rate('USD', 0),
      rate('GBP', -72),
      rate('AUD', '38'),
      rate('XYZ', 1),
      rate('PHP', 1),
      rate('EUR', 63),
      rate('EUR', 64),
      rate('CAD', 41, '2026-02-30'),
    ];
    expect(errorsOf(validateSettings(settingsDraft({ currency: 'PHP', exchangeRates })))).toEqual({
      'exchangeRates.0.perUnit': 'Rate must be above zero.',
      'exchangeRates.1.perUnit': 'Rate cannot be negative.',
      'exchangeRates.2.perUnit': 'Rate must be a number.',
      'exchangeRates.3.currency': 'Currency must be a known three-letter code such as USD.',
      'exchangeRates.4.currency': 'PHP is your own currency: it needs no rate.',
      'exchangeRates.6.currency': 'EUR has a rate already.',
      'exchangeRates.7.setOn': 'Set on must be a real date (yyyy-mm-dd).',
    });
  });
});

describe('hostile input', () => {
  const validators: ((input: unknown) => Validation<unknown>)[] = [
    validateClient,
    validateCommitment,
    validatePlatform,
    validateSession,
    validateSettings,
  ];

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'client'],
    ['a boolean', true],
    ['an array holding a valid draft', [clientDraft()]],
    ['a Date', new Date(0)],
    ['a function', () => 1],
    ['a Map', new Map([['name', 'Acme']])],
  ])('refuses %s at the root', (_label, input) => {
    for (const validate of validators) {
      expect(Object.keys(errorsOf(validate(input)))).toEqual(['']);
    }
  });

  it('refuses a record with a __proto__ key (JSON.parse makes it an own key)', () => {
    const input: unknown = JSON.parse(
      `{"__proto__": {"isAdmin": true}, "name": "Acme", "color": "#d9480f", "zone": "UTC",
        "billing": {"kind": "hourly", "rate": 1}, "currency": "USD"}`,
    );
    expect(isPlainRecord(input)).toBe(false);
    expect(errorsOf(validateClient(input))).toEqual({ '': 'Client is not a valid record.' });
    expect(({} as Json).isAdmin).toBeUndefined();
  });

  it('refuses __proto__ and constructor keys inside nested records and list entries', () => {
    const billing: unknown = JSON.parse('{"kind": "hourly", "rate": 1, "__proto__": {"x": 1}}');
    expect(errorsOf(validateClient(clientDraft({ billing })))).toHaveProperty('billing');

    const window: unknown = JSON.parse(
      '{"weekday": 1, "start": "09:00", "end": "10:00", "constructor": {"prototype": {}}}',
    );
    expect(errorsOf(validateClient(clientDraft({ availability: [window] })))).toEqual({
      'availability.0': 'Availability is not a valid entry.',
    });
  });

  it('refuses extra nesting where a plain value belongs', () => {
    expect(errorsOf(validateClient(clientDraft({ name: { name: 'Acme' } })))).toHaveProperty(
      'name',
    );
    expect(
      errorsOf(validateClient(clientDraft({ availability: [[{ weekday: 1 }]] }))),
    ).toHaveProperty('availability.0');
    expect(
      errorsOf(validateClient(clientDraft({ billing: { billing: { kind: 'hourly', rate: 1 } } }))),
    ).toHaveProperty('billing.kind');
    const deep = { recurrence: { recurrence: weeklyRecurrence() } };
    expect(errorsOf(validateCommitment(commitmentDraft(deep)))).toHaveProperty('recurrence.kind');
  });

  it('never throws on anything, and either validates or explains with messages', () => {
    const anything = fc.anything({
      withNullPrototype: true,
      withObjectString: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withBigInt: true,
    });
    // Also valid drafts with one field replaced by anything: deeper paths get exercised.
    const drafts = [
      clientDraft(),
      commitmentDraft(),
      platformDraft(),
      sessionDraft(),
      settingsDraft(),
    ];
    const poked = fc
      .tuple(fc.nat({ max: drafts.length - 1 }), fc.nat(), anything)
      .map(([i, k, junk]) => {
        const draft = drafts[i] ?? {};
        const keys = Object.keys(draft);
        return { ...draft, [keys[k % keys.length] ?? 'name']: junk };
      });
    fc.assert(
      fc.property(fc.oneof(anything, poked), (input) => {
        for (const validate of validators) {
          const result = validate(input);
          if (result.ok) {
            expect(isPlainRecord(result.value)).toBe(true);
          } else {
            const messages = Object.values(result.errors);
            expect(messages.length).toBeGreaterThan(0);
            for (const message of messages) expect(message).toMatch(/\S.*\.$/);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('backup text and stored ids', () => {
  const NOW = Date.UTC(2026, 10, 23, 2);
  const sample = sampleWeek({ weekStart: '2026-11-23', now: NOW });
  const text = (data: BackupData): string =>
    createBackup(data, { appVersion: '0.1.0', now: NOW, schemaVersion: SCHEMA_VERSION });
  const data: BackupData = {
    settings: sample.settings,
    clients: sample.clients,
    commitments: sample.commitments,
    platforms: sample.platforms,
    sessions: sample.sessions,
    timeOff: [],
    workRecords: [],
  };

  it('accepts a backup that starts with a UTF-8 byte-order mark, as a desktop read keeps it', () => {
    // Regression: the desktop's file:open keeps the BOM and JSON.parse refused the file.
    const parsed = parseBackup(`\uFEFF${text(data)}`, { schemaVersion: SCHEMA_VERSION });
    expect(parsed.ok).toBe(true);
  });

  it.each([
    ['a zero-width space', 'acme\u200B'],
    ['a right-to-left override', 'ac\u202Eme'],
    ['a word joiner', '\u2060acme'],
  ])('refuses a stored record id with %s', (_name, id) => {
    const [first, ...rest] = data.clients;
    if (!first) throw new Error('the sample week has clients');
    const hostile = { ...data, clients: [{ ...first, id }, ...rest] };
    const parsed = parseBackup(text(hostile), { schemaVersion: SCHEMA_VERSION });
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.details.join(' ')).toContain('invisible');
  });
});
