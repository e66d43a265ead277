/**
 * Validation at the edge of the desktop shell: every invoke payload arrives in main as `unknown`
 * and passes through one of these pure functions before any handler sees it. Each validator
 * returns a fresh, plain object (never the input), rejects extra keys, accessor properties and
 * prototype-pollution keys, and never throws: hostile input becomes `{ ok: false, error }`.
 */
import { isValidDay, isValidZone } from '../time';
import type { Instant } from '../types';
import { hasInvisible, windowsNameProblem } from '../validate/fields';
import { utf8Length } from '../validate/json-text';
import {
  FILE_KINDS,
  REMINDER_KINDS,
  type DailyBackupRequest,
  type InvokeChannel,
  type InvokeChannels,
  type OpenFileRequest,
  type Reminder,
  type ReminderSchedule,
  type SaveFileRequest,
} from './contract';
import { SYNC_VALIDATORS } from './validate-sync';

/** The outcome of a validation: a typed, fresh value or a human-readable reason. */
export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

/** Size limits enforced on every payload. */
export const LIMITS = {
  /** File content (ICS, backups): 50 MB of UTF-8. */
  maxFileBytes: 50 * 1024 * 1024,
  maxNameLength: 255,
  maxReminders: 5000,
  maxIdLength: 200,
  maxTitleLength: 300,
  maxBodyLength: 2000,
  /** A week has 10,080 minutes; anything above is nonsense. */
  maxMinutes: 7 * 24 * 60,
} as const;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
// Latest instant a JS Date can hold.
const MAX_INSTANT = 8.64e15;
// Control characters (C0, DEL) never belong in names or ids.
// eslint-disable-next-line no-control-regex -- detecting control characters in names is the point
const CONTROL_RE = /[\u0000-\u001f\u007f]/;
// Path separators and characters Windows forbids in file names.
const UNSAFE_NAME_RE = /[/\\<>:"|?*]/;

class Invalid extends Error {}

function fail(message: string): never {
  throw new Invalid(message);
}

/** Own data properties of a plain object; rejects accessors, symbols, pollution and unknown keys. */
function readRecord(
  value: unknown,
  where: string,
  required: readonly string[],
  optional: readonly string[] = [],
): Map<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(`${where} must be an object`);
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) fail(`${where} must be a plain object`);
  const out = new Map<string, unknown>();
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'symbol') fail(`${where} has a symbol key`);
    if (FORBIDDEN_KEYS.has(key)) fail(`${where} has a forbidden key '${key}'`);
    if (!required.includes(key) && !optional.includes(key)) {
      fail(`${where} has an unexpected key '${key.slice(0, 40)}'`);
    }
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (!descriptor || !('value' in descriptor)) fail(`${where}.${key} must be a data property`);
    out.set(key, descriptor.value);
  }
  for (const key of required) {
    if (!out.has(key)) fail(`${where}.${key} is missing`);
  }
  return out;
}

function readString(
  value: unknown,
  where: string,
  options: { min?: number; max: number; noControl?: boolean },
): string {
  if (typeof value !== 'string') fail(`${where} must be a string`);
  const min = options.min ?? 0;
  if (value.length < min) fail(`${where} must not be empty`);
  if (value.length > options.max) fail(`${where} is longer than ${options.max} characters`);
  if (options.noControl && CONTROL_RE.test(value)) fail(`${where} contains control characters`);
  return value;
}

function readId(value: unknown, where: string): string {
  const id = readString(value, where, { min: 1, max: LIMITS.maxIdLength, noControl: true });
  if (hasInvisible(id)) fail(`${where} contains invisible characters`);
  return id;
}

function readNumber(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(`${where} must be a finite number`);
  if (value < min || value > max) fail(`${where} must be between ${min} and ${max}`);
  return value;
}

function readInstant(value: unknown, where: string): Instant {
  const n = readNumber(value, where, 0, MAX_INSTANT);
  if (!Number.isInteger(n)) fail(`${where} must be whole milliseconds`);
  return n;
}

function readEnum<T extends string>(value: unknown, where: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) fail(`${where} must be one of ${allowed.join(', ')}`);
  return found;
}

function readBoolean(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') fail(`${where} must be true or false`);
  return value;
}

function readContent(value: unknown, where: string): string {
  if (typeof value !== 'string') fail(`${where} must be a string`);
  // A string longer than the byte cap in UTF-16 units is too big whatever it contains.
  if (
    value.length > LIMITS.maxFileBytes ||
    utf8Length(value, LIMITS.maxFileBytes) > LIMITS.maxFileBytes
  ) {
    fail(`${where} is larger than 50 MB`);
  }
  return value;
}

function readFileName(value: unknown, where: string): string {
  const name = readString(value, where, { min: 1, max: LIMITS.maxNameLength, noControl: true });
  if (UNSAFE_NAME_RE.test(name)) fail(`${where} must be a plain file name without path separators`);
  if (name.trim() !== name || name === '.' || name === '..' || name.startsWith('.')) {
    fail(`${where} must not start with a dot or have surrounding spaces`);
  }
  // A right-to-left override shows "report‮slm.ics" as "reportsci.mls": refuse what hides.
  if (hasInvisible(name)) fail(`${where} contains invisible or direction-changing characters`);
  const problem = windowsNameProblem(name);
  if (problem) fail(`${where} ${problem}`);
  return name;
}

function readReminder(value: unknown, where: string): Reminder {
  const r = readRecord(
    value,
    where,
    ['id', 'kind', 'fireAt', 'eventAt', 'title', 'body'],
    ['zone', 'subject'],
  );
  const reminder: Reminder = {
    id: readId(r.get('id'), `${where}.id`),
    kind: readEnum(r.get('kind'), `${where}.kind`, REMINDER_KINDS),
    fireAt: readInstant(r.get('fireAt'), `${where}.fireAt`),
    eventAt: readInstant(r.get('eventAt'), `${where}.eventAt`),
    title: readString(r.get('title'), `${where}.title`, { min: 1, max: LIMITS.maxTitleLength }),
    body: readString(r.get('body'), `${where}.body`, { max: LIMITS.maxBodyLength }),
  };
  if (r.has('zone')) {
    const zone = r.get('zone');
    if (!isValidZone(zone)) fail(`${where}.zone must be a known IANA time zone`);
    reminder.zone = zone;
  }
  if (r.has('subject')) {
    reminder.subject = readString(r.get('subject'), `${where}.subject`, {
      min: 1,
      max: LIMITS.maxTitleLength,
    });
  }
  return reminder;
}

function reminderSchedule(raw: unknown): ReminderSchedule {
  const r = readRecord(
    raw,
    'schedule',
    ['generatedAt', 'reminders', 'todayPlannedMin', 'dailyCapMin'],
    ['homeZone'],
  );
  const list = r.get('reminders');
  if (!Array.isArray(list)) fail('schedule.reminders must be an array');
  if (list.length > LIMITS.maxReminders) {
    fail(`schedule.reminders has more than ${LIMITS.maxReminders} items`);
  }
  const reminders: Reminder[] = [];
  for (let i = 0; i < list.length; i++) {
    // Read through the descriptor so holes and accessors in a hostile array are rejected too.
    const item = Object.getOwnPropertyDescriptor(list, i);
    if (!item || !('value' in item)) fail(`schedule.reminders[${i}] is missing`);
    reminders.push(readReminder(item.value, `schedule.reminders[${i}]`));
  }
  const schedule: ReminderSchedule = {
    generatedAt: readInstant(r.get('generatedAt'), 'schedule.generatedAt'),
    reminders,
    todayPlannedMin: readNumber(
      r.get('todayPlannedMin'),
      'schedule.todayPlannedMin',
      0,
      LIMITS.maxMinutes,
    ),
    dailyCapMin: readNumber(r.get('dailyCapMin'), 'schedule.dailyCapMin', 0, 24 * 60),
  };
  if (r.has('homeZone')) {
    const zone = r.get('homeZone');
    if (!isValidZone(zone)) fail('schedule.homeZone must be a known IANA time zone');
    schedule.homeZone = zone;
  }
  return schedule;
}

function saveFileRequest(raw: unknown): SaveFileRequest {
  const r = readRecord(raw, 'request', ['kind', 'suggestedName', 'content']);
  return {
    kind: readEnum(r.get('kind'), 'request.kind', FILE_KINDS),
    suggestedName: readFileName(r.get('suggestedName'), 'request.suggestedName'),
    content: readContent(r.get('content'), 'request.content'),
  };
}

function openFileRequest(raw: unknown): OpenFileRequest {
  const r = readRecord(raw, 'request', ['kind']);
  return { kind: readEnum(r.get('kind'), 'request.kind', FILE_KINDS) };
}

function noArgument(raw: unknown): null {
  if (raw !== null && raw !== undefined) fail('this request takes no argument');
  return null;
}

function dailyBackupRequest(raw: unknown): DailyBackupRequest {
  const r = readRecord(raw, 'request', ['day', 'content']);
  const day = r.get('day');
  if (!isValidDay(day)) fail("request.day must be a calendar day 'yyyy-MM-dd'");
  return { day, content: readContent(r.get('content'), 'request.content') };
}

function loginItemRequest(raw: unknown): { openAtLogin: boolean } {
  const r = readRecord(raw, 'request', ['openAtLogin']);
  return { openAtLogin: readBoolean(r.get('openAtLogin'), 'request.openAtLogin') };
}

/** A validator from `unknown` to a channel's argument type. */
export type Validator<T> = (raw: unknown) => Validation<T>;

/** Turns a throwing reader into a validator that never throws. */
function safe<T>(read: (raw: unknown) => T): Validator<T> {
  return (raw) => {
    try {
      return { ok: true, value: read(raw) };
    } catch (error) {
      // Anything else (a throwing Proxy trap, a stack overflow) is reported, never rethrown.
      if (error instanceof Invalid) return { ok: false, error: error.message };
      return { ok: false, error: 'payload could not be read' };
    }
  };
}

/** Validates a reminder schedule sent by the renderer. */
export const validateReminderSchedule = safe(reminderSchedule);
/** Validates a save-file request. */
export const validateSaveFileRequest = safe(saveFileRequest);
/** Validates an open-file request. */
export const validateOpenFileRequest = safe(openFileRequest);
/** Validates the (absent) argument of an argument-less request. */
export const validateNoArgument = safe(noArgument);
/** Validates a daily-backup request. */
export const validateDailyBackupRequest = safe(dailyBackupRequest);
/** Validates a login-item request. */
export const validateLoginItemRequest = safe(loginItemRequest);

/** One validator per invoke channel, typed from the contract: a channel without one does not compile. */
export const INVOKE_VALIDATORS: { [C in InvokeChannel]: Validator<InvokeChannels[C]['arg']> } = {
  'reminders:set': validateReminderSchedule,
  'file:save': validateSaveFileRequest,
  'file:open': validateOpenFileRequest,
  'app:info': validateNoArgument,
  'backup:daily': validateDailyBackupRequest,
  'login-item:set': validateLoginItemRequest,
  ...SYNC_VALIDATORS,
};

/** Every invoke channel, read off the validator map so no second list can fall out of step. */
export const INVOKE_CHANNELS: readonly InvokeChannel[] = Object.keys(INVOKE_VALIDATORS).filter(
  (key): key is InvokeChannel => Object.hasOwn(INVOKE_VALIDATORS, key),
);
