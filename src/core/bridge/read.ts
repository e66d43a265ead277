/**
 * The readers every bridge validator is built from (validate.ts, validate-sync.ts). Each reader
 * takes `unknown`, returns a fresh typed value or throws `Invalid` with a plain reason; `safe`
 * turns a reader into a validator that never throws. Kept apart so both validator modules can
 * share them without importing each other.
 */
import type { Instant } from '../types';
import { hasInvisible } from '../validate/fields';
import { utf8Length } from '../validate/json-text';

/** The outcome of a validation: a typed, fresh value or a human-readable reason. */
export type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

/** A validator from `unknown` to a channel's argument type. */
export type Validator<T> = (raw: unknown) => Validation<T>;

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

/** The error a reader throws; `safe` turns it into `{ ok: false }`. */
class Invalid extends Error {}

/** Stops reading with a plain reason. */
export function fail(message: string): never {
  throw new Invalid(message);
}

/** Own data properties of a plain object; rejects accessors, symbols, pollution and unknown keys. */
export function readRecord(
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

/** The items of a real array of at most `max` entries, read through descriptors (no holes, no accessors). */
export function readArray<T>(
  value: unknown,
  where: string,
  max: number,
  readItem: (item: unknown, where: string) => T,
): T[] {
  if (!Array.isArray(value)) fail(`${where} must be an array`);
  if (value.length > max) fail(`${where} has more than ${max} items`);
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const item = Object.getOwnPropertyDescriptor(value, i);
    if (!item || !('value' in item)) fail(`${where}[${i}] is missing`);
    out.push(readItem(item.value, `${where}[${i}]`));
  }
  return out;
}

/** A string of bounded length, optionally without control characters. */
export function readString(
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

/** A non-empty name (an account, a calendar, a file) of bounded length without control characters. */
export function readName(value: unknown, where: string): string {
  return readString(value, where, { min: 1, max: LIMITS.maxNameLength, noControl: true });
}

/** A non-empty id without control or invisible characters. */
export function readId(value: unknown, where: string): string {
  const id = readString(value, where, { min: 1, max: LIMITS.maxIdLength, noControl: true });
  if (hasInvisible(id)) fail(`${where} contains invisible characters`);
  return id;
}

/** A finite number in a range. */
export function readNumber(value: unknown, where: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(`${where} must be a finite number`);
  if (value < min || value > max) fail(`${where} must be between ${min} and ${max}`);
  return value;
}

/** Epoch milliseconds a Date can hold. */
export function readInstant(value: unknown, where: string): Instant {
  const n = readNumber(value, where, 0, MAX_INSTANT);
  if (!Number.isInteger(n)) fail(`${where} must be whole milliseconds`);
  return n;
}

/** One of a fixed list of strings. */
export function readEnum<T extends string>(
  value: unknown,
  where: string,
  allowed: readonly T[],
): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) fail(`${where} must be one of ${allowed.join(', ')}`);
  return found;
}

/** A boolean. */
export function readBoolean(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') fail(`${where} must be true or false`);
  return value;
}

/** A string of at most `maxBytes` of UTF-8; the label names the cap in the message. */
export function readText(value: unknown, where: string, maxBytes: number, label: string): string {
  if (typeof value !== 'string') fail(`${where} must be a string`);
  // A string longer than the byte cap in UTF-16 units is too big whatever it contains.
  if (value.length > maxBytes || utf8Length(value, maxBytes) > maxBytes) {
    fail(`${where} is larger than ${label}`);
  }
  return value;
}

/** The (absent) argument of an argument-less request. */
export function readNoArgument(raw: unknown): null {
  if (raw !== null && raw !== undefined) fail('this request takes no argument');
  return null;
}

/** Turns a throwing reader into a validator that never throws. */
export function safe<T>(read: (raw: unknown) => T): Validator<T> {
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
