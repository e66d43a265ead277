/**
 * How the editors read numbers typed into text inputs, so every form treats a blank box alike.
 */

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
