/**
 * How the editors read numbers typed into text inputs, so every form treats a blank box alike.
 */
import { isValidClock } from '../../../core/time';
import type { FieldErrors } from '../../../core/validate/fields';

/** A number as typed; blank is not zero (it must fail as "must be a number"). */
export function parseNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** An optional number as typed: blank is null (none), anything else must be a number. */
export function parseOptionalNumber(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

/** A stored optional number as the form shows it: none is a blank box. */
export function optionalNumberText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Why the length typed in `text` is not a whole number of minutes from `min` to a day, or null
 * when it is: every event editor takes a duration under the same rule.
 */
export function durationProblem(text: string, min: number): string | null {
  const minutes = parseNumber(text);
  if (Number.isInteger(minutes) && minutes >= min && minutes <= 24 * 60) return null;
  return `Duration must be a whole number of minutes, ${min} to 1440.`;
}

/**
 * The errors of the start and duration pair (StartDurationFields) as typed, both at once: a start
 * that is no time of day, a duration that is not whole minutes from `minDuration` to a day.
 */
export function startDurationErrors(
  form: { time: string; duration: string },
  minDuration: number,
): FieldErrors {
  const errors: FieldErrors = {};
  if (!isValidClock(form.time)) errors['time'] = 'Start must be a time of day.';
  const duration = durationProblem(form.duration, minDuration);
  if (duration) errors['duration'] = duration;
  return errors;
}
