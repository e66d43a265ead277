/**
 * Validation at the edge of the desktop shell: every invoke payload arrives in main as `unknown`
 * and passes through one of these pure functions before any handler sees it. Each validator
 * returns a fresh, plain object (never the input), rejects extra keys, accessor properties and
 * prototype-pollution keys, and never throws: hostile input becomes `{ ok: false, error }`.
 */
import { isValidDay, isValidZone } from '../time';
import { hasInvisible, windowsNameProblem } from '../validate/fields';
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
import {
  LIMITS,
  fail,
  readArray,
  readBoolean,
  readEnum,
  readId,
  readInstant,
  readName,
  readNoArgument,
  readNumber,
  readRecord,
  readString,
  readText,
  safe,
  type Validation,
  type Validator,
} from './read';
import { SYNC_VALIDATORS } from './validate-sync';

export { LIMITS, type Validation, type Validator };

// Path separators and characters Windows forbids in file names.
const UNSAFE_NAME_RE = /[/\\<>:"|?*]/;

function readContent(value: unknown, where: string): string {
  return readText(value, where, LIMITS.maxFileBytes, '50 MB');
}

function readFileName(value: unknown, where: string): string {
  const name = readName(value, where);
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
  // Read through descriptors so holes and accessors in a hostile array are rejected too.
  const reminders = readArray(
    r.get('reminders'),
    'schedule.reminders',
    LIMITS.maxReminders,
    readReminder,
  );
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

/** Validates a reminder schedule sent by the renderer. */
export const validateReminderSchedule = safe(reminderSchedule);
/** Validates a save-file request. */
export const validateSaveFileRequest = safe(saveFileRequest);
/** Validates an open-file request. */
export const validateOpenFileRequest = safe(openFileRequest);
/** Validates the (absent) argument of an argument-less request. */
export const validateNoArgument = safe(readNoArgument);
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
