/**
 * RFC 5545 content-line primitives: TEXT escaping, 75-octet folding that never splits a UTF-8
 * character, and date-time values. Pure string work with no Intl or host-zone access, so the
 * same input gives byte-identical output on any machine.
 */
import type { CalendarDay, ClockTime, Instant } from '../types';

export const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

/** UTF-8 length of one UTF-16 code unit, or of a surrogate pair when `code` is a high surrogate. */
function octetsOf(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdbff) return 4;
  return 3;
}

/** Number of octets `text` takes in UTF-8 (a lone surrogate counts as the 3-octet U+FFFD). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const size = octetsOf(code);
    if (size === 4) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else {
        n += 3;
        continue;
      }
    }
    n += size;
  }
  return n;
}

/**
 * Folds one unfolded content line into physical lines of at most 75 octets joined by CRLF + space.
 * A continuation line's leading space counts towards its 75 octets.
 */
export function foldLine(line: string): string {
  // Fast path: pure ASCII lines shorter than the limit are the common case.
  if (line.length <= MAX_LINE_OCTETS && utf8Length(line) <= MAX_LINE_OCTETS) return line;
  let out = '';
  let width = 0;
  let limit = MAX_LINE_OCTETS;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    let size = octetsOf(code);
    let char = line[i] as string;
    if (size === 4) {
      const next = line.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        char += line[i + 1] as string;
        i++;
      } else size = 3;
    }
    if (width + size > limit) {
      out += `${CRLF} `;
      width = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    out += char;
    width += size;
  }
  return out;
}

/**
 * Makes any string safe as content: CR and the other C0 controls except LF and TAB are removed
 * (a CR could end the line and start an injected property), as are lone UTF-16 surrogates,
 * which have no UTF-8 form.
 */
export function cleanText(value: string): string {
  return value.replace(
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    /[\u0000-\u0008\u000b-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );
}

// eslint-disable-next-line no-control-regex -- detecting control characters is the point
const NEEDS_WORK = /[\u0000-\u001f\u007f\\;,\ud800-\udfff]/;

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline. */
export function escapeText(value: string): string {
  // Most titles need nothing: one test instead of two replacements.
  if (!NEEDS_WORK.test(value)) return value;
  return cleanText(value).replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/**
 * A parameter value (RFC 5545 §3.2): quoted when it holds ':', ';' or ',', with characters that
 * cannot appear in a parameter (DQUOTE, controls) removed.
 */
export function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = value.replace(/["\u0000-\u001f\u007f]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A UTC DATE-TIME value: 20260308T143000Z. */
export function utcStamp(instant: Instant): string {
  const iso = new Date(instant).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** A local (zone-relative) DATE-TIME value from a calendar day and clock time: 20260308T093000. */
export function localStamp(day: CalendarDay, time: ClockTime): string {
  return `${day.slice(0, 4)}${day.slice(5, 7)}${day.slice(8, 10)}T${time.slice(0, 2)}${time.slice(3, 5)}00`;
}

/** A DURATION value in whole minutes (PT90M, PT1500M): exact, never affected by DST. */
export function minutesDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  return `${sign}PT${Math.abs(Math.round(minutes))}M`;
}

/** A UTC offset value for VTIMEZONE: +0545, -0330. */
export function offsetValue(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}${pad2(abs % 60)}`;
}

/** Collects unfolded content lines and renders them folded with CRLF endings. */
export class LineWriter {
  private readonly lines: string[] = [];

  /** Adds one property line (name with parameters, then the already-encoded value). */
  prop(nameAndParams: string, value: string): void {
    this.lines.push(foldLine(`${nameAndParams}:${value}`));
  }

  /** Adds a TEXT property, escaping the value. */
  text(nameAndParams: string, value: string): void {
    this.prop(nameAndParams, escapeText(value));
  }

  /** Adds pre-folded lines (a cached VTIMEZONE block, for instance). */
  raw(block: string): void {
    this.lines.push(block);
  }

  /** Adds every line of another writer. */
  append(other: LineWriter): void {
    for (const line of other.lines) this.lines.push(line);
  }

  /** The whole stream with CRLF after every line, the last one included (RFC 5545 §3.1). */
  toString(): string {
    return this.lines.join(CRLF) + CRLF;
  }
}
