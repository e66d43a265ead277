/**
 * Property tests on the writer: whatever the text (any Unicode, emoji, `;`, `,`, `\`, CR, LF),
 * every physical line is at most 75 octets and valid UTF-8 on its own, no property is injected,
 * and the text reads back exactly through ical.js (CR and other controls removed, by design).
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseIcs, toIcs } from '../../../src/core/ics';
import { client, commitment, exportInput, weekly } from '../fixtures/ics/plan';

const encoder = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** What the writer is expected to keep of a string: everything but CR, controls and lone surrogates. */
function kept(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex -- mirrors the writer's cleaning on purpose
    /[\u0000-\u0008\u000b-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );
}

function unescape(value: unknown): string {
  return String(value).replace(/\\([\\;,nN])/g, (_, c: string) => (/n/i.test(c) ? '\n' : c));
}

const tricky = fc.constantFrom(
  ';',
  ',',
  '\\',
  '\r',
  '\n',
  '\r\n',
  ':',
  '"',
  '😀',
  '👩‍👩‍👧',
  'é',
  'e\u0301',
  '日本',
  '\t',
  ' ',
);
const anyText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), tricky), { maxLength: 12 })
  .map((parts) => parts.join(''));

function exportOne(title: string, notes: string, name: string): string {
  return toIcs(
    exportInput({
      calendarName: name,
      clients: [client('c1', name, 'Europe/London')],
      commitments: [
        commitment('p1', {
          clientId: 'c1',
          zone: 'Europe/London',
          title,
          notes,
          recurrence: weekly([1, 4], '2026-03-02', { count: 6 }),
        }),
      ],
      sessions: [],
      content: { commitments: true, sessions: false, availability: false, alarms: true },
    }),
  );
}

describe('ICS writer properties', () => {
  it('folds every line to ≤ 75 octets without splitting a character, CRLF only', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (title, notes, name) => {
        const text = exportOne(title, notes, name);
        expect(text.endsWith('\r\n')).toBe(true);
        expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        for (const line of text.slice(0, -2).split('\r\n')) {
          const bytes = encoder.encode(line);
          expect(bytes.length).toBeLessThanOrEqual(75);
          expect(strictUtf8.decode(bytes)).toBe(line);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('injects no property and round-trips the text exactly through ical.js', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (title, notes, name) => {
        const root = new ICAL.Component(ICAL.parse(exportOne(title, notes, name)));
        expect(root.getAllProperties().map((p) => p.name)).toEqual([
          'version',
          'prodid',
          'calscale',
          'method',
          'name',
          'x-wr-calname',
        ]);
        // ical.js does not know NAME (RFC 7986) or X-WR-CALNAME and leaves them escaped.
        expect(unescape(root.getFirstPropertyValue('x-wr-calname'))).toBe(kept(name));
        expect(unescape(root.getFirstPropertyValue('name'))).toBe(kept(name));
        const events = root.getAllSubcomponents('vevent');
        expect(events).toHaveLength(1);
        const vevent = events[0] as ICAL.Component;
        const names = vevent.getAllProperties().map((p) => p.name);
        const expected = ['uid', 'dtstamp', 'summary', 'description', 'categories'];
        expected.push('x-hybrid-planner-kind', 'dtstart', 'duration', 'rrule');
        expect(names).toEqual(expected.filter((n) => n !== 'description' || kept(notes) !== ''));
        expect(vevent.getFirstPropertyValue('summary')).toBe(kept(title));
        if (kept(notes) !== '')
          expect(vevent.getFirstPropertyValue('description')).toBe(kept(notes));
        expect(vevent.getFirstProperty('categories')?.getValues()).toEqual([kept(name)]);
        const alarms = vevent.getAllSubcomponents('valarm');
        expect(alarms).toHaveLength(1);
        expect(alarms[0]?.getFirstPropertyValue('description')).toBe(kept(title));
        // And through the planner's own import, adapted (and said) only where saving needs it.
        const read = parseIcs(exportOne(title, notes, name), { homeZone: 'Asia/Manila' });
        expect(read.ok && read.preview.calendarName).toBe(kept(name));
        const t = kept(title);
        const long = t.length > 200;
        const event = read.ok ? read.preview.events[0] : undefined;
        expect(event?.adaptations).toHaveLength(t.trim() === '' || long ? 1 : 0);
        if (!long && t.trim() !== '') {
          expect(event?.draft).toMatchObject({ title: t, notes: kept(notes) });
        } else if (long) {
          expect(event?.draft.notes).toBe(`${t}\n\n${kept(notes)}`.trimEnd());
        }
      }),
      { numRuns: 300 },
    );
  });
});
