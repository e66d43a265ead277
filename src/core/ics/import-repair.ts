/**
 * Repairs, before parsing, what real clients write that a strict RFC 5545 parser refuses, but only
 * where the meaning is unambiguous: a UTF-8 byte-order mark, LF-only line ends, events without a
 * VCALENDAR around them, spaces in a BYDAY list (Outlook's "BYDAY=MO, TU"), a TZID whose closing
 * quote swallowed the value, and continuation lines that were not folded (Exchange writes a
 * DESCRIPTION's paragraphs as bare lines). Each repair is said, so the preview can list it.
 */

export type Repaired = { text: string; repairs: string[] };

/** A line that begins like a property ("NAME;" or "NAME:"), upper-case as clients write them. */
const PROPERTY_START = /^(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*|X-[A-Za-z0-9-]+)[;:]/;
/** Property names some clients write in lower case: a bare line starting so is never text. */
const KNOWN_PROPERTY =
  /^(?:BEGIN|END|UID|DTSTART|DTEND|DTSTAMP|DURATION|SUMMARY|DESCRIPTION|LOCATION|RRULE|RDATE|EXDATE|RECURRENCE-ID|STATUS|ORGANIZER|ATTENDEE|SEQUENCE|CREATED|LAST-MODIFIED|TRANSP|CLASS|PRIORITY|CATEGORIES|URL|TRIGGER|ACTION|TZID)[;:]/i;
/** Text properties whose value a client may break over bare lines. */
const TEXT_PROPERTY = /^(?:DESCRIPTION|SUMMARY|LOCATION|COMMENT|X-ALT-DESC)[;:]/i;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Joins bare lines (not a property, not indented) that follow a text property to it, as a folded
 * line would be; a bare line anywhere else is ambiguous and left for the parser to refuse.
 */
function foldBareLines(lines: string[]): { lines: string[]; count: number } {
  const out: string[] = [];
  const joined = new Set<number>();
  let count = 0;
  for (const line of lines) {
    const last = out.length - 1;
    const previous = out[last];
    if (
      previous !== undefined &&
      TEXT_PROPERTY.test(previous) &&
      !PROPERTY_START.test(line) &&
      !KNOWN_PROPERTY.test(line)
    ) {
      // The text went on past a line end the client did not escape: keep it as a new line.
      out[last] = `${previous}\\n${line}`;
      joined.add(last);
      if (line !== '') count++;
      continue;
    }
    out.push(line);
  }
  // Empty lines before the next property were spacing, not text.
  for (const i of joined) out[i] = (out[i] as string).replace(/(\\n)+$/, '');
  return { lines: out, count };
}

/** A line that is neither folded nor an upper-case property, as the slow path reads lines. */
const BARE_LINE = /\n(?![ \t]|[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*[;:]|X-[A-Za-z0-9-]+[;:]|\r?\n|$)/;
/** A BYDAY list with spaces, or a TZID quote that closes after the time. */
const QUIRK = /BYDAY=[^;\r\n]*,[ \t]|TZID="[^"\r\n]*:[0-9]{8}/i;

/** True when the text needs none of the repairs: the common case, checked without copying. */
function isClean(raw: string): boolean {
  return (
    !raw.startsWith('\ufeff') &&
    /^[ \t\r\n]*BEGIN:VCALENDAR/i.test(raw) &&
    !BARE_LINE.test(raw) &&
    !QUIRK.test(raw)
  );
}

/** Repairs the raw text of a calendar file; returns it unchanged (and no repairs) when clean. */
export function repairIcs(raw: string): Repaired {
  if (isClean(raw)) return { text: raw, repairs: [] };
  const repairs: string[] = [];
  let text = raw;
  if (text.startsWith('\ufeff')) {
    // A BOM is how Windows editors mark UTF-8; it carries no content.
    text = text.slice(1);
    repairs.push('A byte-order mark at the start of the file was ignored.');
  }
  // LF-only and CRLF files must read the same; unfold first so folds are never split.
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  let lines = unfolded.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();

  const first = lines.findIndex((l) => l.trim() !== '');
  if (first >= 0 && /^BEGIN:(VEVENT|VTIMEZONE)$/i.test((lines[first] as string).trim())) {
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines.slice(first), 'END:VCALENDAR'];
    repairs.push('The events had no VCALENDAR around them: they were read as one calendar.');
  }

  const folded = foldBareLines(lines);
  lines = folded.lines;
  if (folded.count > 0) {
    repairs.push(
      `${plural(folded.count, 'line')} of text that went on without the leading space of a folded line ${folded.count === 1 ? 'was' : 'were'} joined to the line before.`,
    );
  }

  let bydays = 0;
  let quotes = 0;
  lines = lines.map((line) => {
    let next = line;
    if (/^(RRULE|EXRULE)[;:]/i.test(next) && /BYDAY=[^;]*,\s/i.test(next)) {
      next = next.replace(
        /(BYDAY=)([^;]*)/i,
        (_, k: string, v: string) => k + v.replace(/\s+/g, ''),
      );
      bydays++;
    }
    // DTSTART;TZID="W. Europe Standard Time:20200609T090000": the quote closes after the value.
    const m = /^([A-Za-z-]+;(?:[^:"]*;)?TZID=)"([^"]*):([0-9]{8}(?:T[0-9]{6}Z?)?)"$/i.exec(next);
    if (m) {
      next = `${m[1]}"${m[2]}":${m[3]}`;
      quotes++;
    }
    return next;
  });
  if (bydays > 0) {
    repairs.push(`Spaces in ${plural(bydays, 'BYDAY list')} ("MO, TU") were removed.`);
  }
  if (quotes > 0) {
    repairs.push(
      `${plural(quotes, 'time')} written inside the quotes of its TZID ${quotes === 1 ? 'was' : 'were'} read after them.`,
    );
  }
  return { text: lines.join('\r\n') + '\r\n', repairs };
}
