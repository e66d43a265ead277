/**
 * Small readers for validating `unknown` input field by field. Each reader records a clear,
 * user-facing message under the field's path and returns a fallback, so one pass collects every
 * error at once (the editors show them inline; restore lists them).
 */
import { isValidClock, isValidDay } from '../time';
import { canonicalZone, isRetiredZone } from '../zones';

/** Field path → message, e.g. { 'availability.2.end': 'End must be after start' }. */
export type FieldErrors = Record<string, string>;

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// Characters that show nothing or change the direction of what follows: C1 controls, soft
// hyphen, combining grapheme joiner, Arabic letter mark, Hangul fillers, Mongolian selectors,
// zero-width spaces and joiners, directional marks, embeddings, overrides and isolates, word
// joiner and invisible operators, the byte-order mark, interlinear annotations and tag
// characters. A name or id holding one can look identical to a different one.
const INVISIBLE_RE =
  /[\u0080-\u009f\u00ad\u061c\u115f\u1160\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]|\u034f|\u17b4|\u17b5|[\u180b-\u180f]/u;

/** True when `text` holds an invisible or direction-changing character. */
export function hasInvisible(text: string): boolean {
  return INVISIBLE_RE.test(text);
}

// Windows opens a device, not a file, for these names, whatever the extension ("nul.ics").
const WINDOWS_DEVICE_RE =
  /^(?:con|prn|aux|nul|conin\$|conout\$|(?:com|lpt)[0-9\u00b9\u00b2\u00b3])$/i;

/** Why Windows cannot hold `name` as a file (a device name, a trailing dot or space), or null. */
export function windowsNameProblem(name: string): string | null {
  if (/[. ]$/.test(name)) return 'must not end with a dot or a space';
  const stem = (name.split('.')[0] ?? '').trimEnd();
  if (WINDOWS_DEVICE_RE.test(stem)) return `must not be a Windows device name (“${stem}”)`;
  return null;
}

/** A plain object whose own keys are safe to read (no prototype-pollution keys). */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.keys(value).every((key) => !FORBIDDEN_KEYS.has(key));
}

function zoneMessage(value: unknown, label: string): string {
  if (typeof value !== 'string' || value.length === 0) return `${label} is missing.`;
  const shown = value.slice(0, 64);
  if (isRetiredZone(value)) {
    return `“${shown}” is a retired time-zone name that IANA no longer lists. Pick the zone from the list.`;
  }
  return `“${shown}” is not a time zone this computer knows. Pick one from the list.`;
}

/** Collects errors while reading fields of one record. */
export class FieldReader {
  readonly errors: FieldErrors = {};

  constructor(
    private readonly source: Record<string, unknown>,
    private readonly prefix = '',
  ) {}

  /** Records an error for `field` (the first one wins). */
  fail(field: string, message: string): void {
    const path = this.prefix + field;
    if (!(path in this.errors)) this.errors[path] = message;
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  raw(field: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.source, field)
      ? this.source[field]
      : undefined;
  }

  /** A string, trimmed, or null when the field is absent or null. */
  textOrNull(field: string, label: string, options: { max: number }): string | null {
    const value = this.raw(field);
    return value === null || value === undefined ? null : this.text(field, label, options);
  }

  /** A string, trimmed; `required` rejects empty. */
  text(field: string, label: string, options: { max: number; required?: boolean }): string {
    const value = this.raw(field);
    if (typeof value !== 'string') {
      if (value === undefined && !options.required) return '';
      this.fail(field, `${label} is missing.`);
      return '';
    }
    const trimmed = value.trim();
    if (options.required && trimmed.length === 0) this.fail(field, `${label} cannot be empty.`);
    else if (trimmed.length > options.max) {
      this.fail(field, `${label} is too long (at most ${options.max} characters).`);
    }
    return trimmed;
  }

  /** A finite number within [min, max]; `integer` rejects fractions. */
  number(
    field: string,
    label: string,
    options: { min: number; max: number; integer?: boolean },
  ): number {
    const value = this.raw(field);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(field, `${label} must be a number.`);
      return options.min;
    }
    if (options.integer && !Number.isInteger(value)) {
      this.fail(field, `${label} must be a whole number.`);
    } else if (value < options.min) {
      this.fail(
        field,
        options.min === 0
          ? `${label} cannot be negative.`
          : `${label} must be at least ${options.min}.`,
      );
    } else if (value > options.max) this.fail(field, `${label} must be at most ${options.max}.`);
    return value;
  }

  /** A number or null. */
  optionalNumber(
    field: string,
    label: string,
    options: { min: number; max: number; integer?: boolean },
  ): number | null {
    const value = this.raw(field);
    if (value === null || value === undefined) return null;
    return this.number(field, label, options);
  }

  boolean(field: string, label: string): boolean {
    const value = this.raw(field);
    if (typeof value !== 'boolean') {
      this.fail(field, `${label} must be yes or no.`);
      return false;
    }
    return value;
  }

  /** One of a fixed set of values. */
  oneOf<T extends string | number>(field: string, label: string, allowed: readonly T[]): T {
    const value = this.raw(field);
    const found = allowed.find((candidate) => candidate === value);
    if (found === undefined) {
      this.fail(field, `${label} must be one of: ${allowed.join(', ')}.`);
      return allowed[0] as T;
    }
    return found;
  }

  /** A time zone, stored under its canonical IANA name ('america/new_york' → 'America/New_York'). */
  zone(field: string, label: string): string {
    const value = this.raw(field);
    const canonical = canonicalZone(value);
    if (canonical === null) {
      this.fail(field, zoneMessage(value, label));
      return 'UTC';
    }
    return canonical;
  }

  day(field: string, label: string): string {
    const value = this.raw(field);
    if (!isValidDay(value)) {
      this.fail(field, `${label} must be a real date (yyyy-mm-dd).`);
      return '2000-01-01';
    }
    return value;
  }

  optionalDay(field: string, label: string): string | null {
    const value = this.raw(field);
    if (value === null || value === undefined || value === '') return null;
    return this.day(field, label);
  }

  clock(field: string, label: string, options?: { allow24?: boolean }): string {
    const value = this.raw(field);
    if (!isValidClock(value, options)) {
      this.fail(field, `${label} must be a time such as 09:30.`);
      return '00:00';
    }
    return value;
  }

  color(field: string, label: string): string {
    const value = this.raw(field);
    if (typeof value !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(value)) {
      this.fail(field, `${label} must be a colour such as #2563eb.`);
      return '#2563eb';
    }
    return value.toLowerCase();
  }

  currency(field: string, label: string): string {
    const value = this.raw(field);
    if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value)) {
      this.fail(field, `${label} must be a three-letter currency code such as USD.`);
      return 'USD';
    }
    return value;
  }

  /** An array, each element read by `each` with a reader scoped to `field.i.`. */
  list<T>(
    field: string,
    label: string,
    options: { max: number },
    each: (item: unknown, path: string) => T | null,
  ): T[] {
    const value = this.raw(field);
    if (!Array.isArray(value)) {
      if (value === undefined) return [];
      this.fail(field, `${label} must be a list.`);
      return [];
    }
    if (value.length > options.max) {
      this.fail(field, `${label} has too many entries (at most ${options.max}).`);
      return [];
    }
    const out: T[] = [];
    value.forEach((item, i) => {
      const read = each(item, `${field}.${i}`);
      if (read !== null) out.push(read);
    });
    return out;
  }

  /** A nested record read with a child reader whose errors land under `field.`. */
  nested<T>(field: string, label: string, read: (child: FieldReader) => T): T | null {
    const value = this.raw(field);
    if (!isPlainRecord(value)) {
      this.fail(field, `${label} is missing.`);
      return null;
    }
    const child = new FieldReader(value, `${this.prefix}${field}.`);
    const result = read(child);
    Object.assign(this.errors, child.errors);
    return result;
  }

  /** A reader for an element of a list (see `list`). */
  child(value: unknown, path: string, label: string): FieldReader | null {
    if (!isPlainRecord(value)) {
      this.fail(path.slice(this.prefix.length), `${label} is not a valid entry.`);
      return null;
    }
    const reader = new FieldReader(value, `${this.prefix}${path}.`);
    return reader;
  }

  /** Merges a child reader's errors into this one. */
  absorb(child: FieldReader): void {
    for (const [path, message] of Object.entries(child.errors)) {
      if (!(path in this.errors)) this.errors[path] = message;
    }
  }

  /** The final result. */
  result<T>(value: T): Validation<T> {
    return this.ok ? { ok: true, value } : { ok: false, errors: { ...this.errors } };
  }
}

/**
 * Validates `input` as a record with `read`: a non-record fails at the root; otherwise the value
 * `read` builds, or every field error it recorded at once.
 */
export function validateRecord<T>(
  input: unknown,
  label: string,
  read: (r: FieldReader) => T,
): Validation<T> {
  if (!isPlainRecord(input))
    return { ok: false, errors: { '': `${label} is not a valid record.` } };
  const r = new FieldReader(input);
  return r.result(read(r));
}
