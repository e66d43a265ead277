/**
 * Checks a file before it reaches the parser: size, binary content, control characters (a lone
 * CR is how a CRLF injection hides inside a value) on the raw text; then, after the repairs in
 * import-repair.ts, a VCALENDAR at the start and BEGIN/END pairs that match (ical.js accepts END:VTODO closing a VEVENT). A refusal is a typed error and the
 * whole file is dropped: no partial data.
 */
import type { IcsError } from './types';
import { utf8Length } from './format';

/** Files larger than this are refused before parsing (5 MB, in UTF-8 octets). */
export const MAX_ICS_OCTETS = 5 * 1024 * 1024;
/** Components deeper than this are refused (VCALENDAR > VEVENT > VALARM is 3). */
const MAX_DEPTH = 8;

function fail(code: IcsError['code'], message: string): IcsError {
  return { code, message };
}

function lineNumberAt(text: string, index: number): number {
  let n = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * True when the text has more U+FFFD replacement characters than a calendar written by a person
 * would: what a binary file read as UTF-8 turns into. A few are kept as text (a title can hold
 * one, and the exporter writes whatever the user typed).
 */
function looksDecodedFromBinary(text: string): boolean {
  let replaced = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) replaced++;
  return replaced > Math.max(16, text.length / 100);
}

/** Why the raw text cannot be a calendar (size, binary, control characters), or null. */
export function checkRawText(text: string): IcsError | null {
  // A UTF-16 string never needs more than 3 octets per code unit: cheap early refusal first.
  if (text.length > MAX_ICS_OCTETS || utf8Length(text) > MAX_ICS_OCTETS) {
    return fail('too-large', 'The file is larger than 5 MB; a calendar export is far smaller.');
  }
  if (text.includes('\u0000') || looksDecodedFromBinary(text)) {
    return fail(
      'binary',
      'The file contains binary data; it is not an iCalendar (.ics) text file.',
    );
  }
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]|\r(?!\n)/.exec(text);
  if (control) {
    const what = control[0] === '\r' ? 'a carriage return inside a line' : 'a control character';
    return fail(
      'control-character',
      `Line ${lineNumberAt(text, control.index)} contains ${what}, which iCalendar does not ` +
        'allow (it can be used to inject properties). The file was not imported.',
    );
  }
  return null;
}

/** Why a (repaired) text is not a well-formed calendar, or null when it may be parsed. */
export function checkCalendarShape(text: string): IcsError | null {
  if (!/^\ufeff?[ \t\r\n]*BEGIN:VCALENDAR\r?\n/i.test(text)) {
    return fail(
      'not-icalendar',
      'This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.',
    );
  }
  return checkStructure(text);
}

/** BEGIN/END lines must nest and close; a truncated file leaves one open. */
function checkStructure(text: string): IcsError | null {
  const stack: { name: string; line: number }[] = [];
  // Unfolded lines (RFC 5545 §3.1); line numbers below count unfolded lines.
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  let calendars = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = /^(BEGIN|END):(.*)$/i.exec(lines[i] as string);
    if (!m) continue;
    const name = (m[2] as string).trim().toUpperCase();
    if ((m[1] as string).toUpperCase() === 'BEGIN') {
      if (stack.length === 0 && name !== 'VCALENDAR') {
        return fail('malformed', `Line ${i + 1}: BEGIN:${name} outside a VCALENDAR.`);
      }
      if (stack.length === 0) calendars++;
      stack.push({ name, line: i + 1 });
      if (stack.length > MAX_DEPTH)
        return fail('malformed', `Line ${i + 1}: components nest too deeply.`);
    } else {
      const open = stack.pop();
      if (!open) return fail('malformed', `Line ${i + 1}: END:${name} without a matching BEGIN.`);
      if (open.name !== name) {
        return fail(
          'malformed',
          `Line ${i + 1}: END:${name} closes BEGIN:${open.name} from line ${open.line}.`,
        );
      }
    }
  }
  const open = stack[stack.length - 1];
  if (open) {
    return fail(
      'malformed',
      `The file is truncated: BEGIN:${open.name} on line ${open.line} is never closed.`,
    );
  }
  if (calendars === 0) return fail('not-icalendar', 'The file contains no VCALENDAR.');
  return null;
}
