/** The preview promises only what saving keeps: one bad event never blocks the others. */
import { describe, expect, it } from 'vitest';
import { mergeImport, parseIcs } from '../../../src/core/ics';
import type { ImportPreview } from '../../../src/core/ics';
import { validateCommitment } from '../../../src/core/validate/records';

function vevent(uid: string, lines: string[]): string {
  return ['BEGIN:VEVENT', `UID:${uid}`, ...lines, 'END:VEVENT'].join('\r\n');
}

const FILE = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  vevent('good', ['SUMMARY:Weekly sync', 'DTSTART:20260302T140000Z', 'DTEND:20260302T143000Z']),
  vevent('untitled', ['DTSTART:20260303T140000Z', 'DTEND:20260303T150000Z']),
  vevent('no-end', ['SUMMARY:Ping', 'DTSTART:20260304T140000Z']),
  vevent('long', ['SUMMARY:Offsite', 'DTSTART:20260305T080000Z', 'DTEND:20260306T153000Z']),
  vevent('wordy', [
    `SUMMARY:${'T'.repeat(250)}`,
    `DESCRIPTION:${'n'.repeat(6000)}`,
    'DTSTART:20260306T080000Z',
    'DURATION:PT1H',
  ]),
  'END:VCALENDAR',
  '',
].join('\r\n');

function preview(): ImportPreview {
  const result = parseIcs(FILE, { homeZone: 'Europe/London', fileName: 'invite.ics' });
  if (!result.ok) throw new Error(result.error.message);
  return result.preview;
}

describe('save checks in the preview', () => {
  it('imports every event saving can take, through the same validator as the Import button', () => {
    const p = preview();
    const plan = mergeImport(
      [],
      p.events.map((e) => e.draft),
      'client-1',
      Date.UTC(2026, 0, 1),
    );
    expect(plan.creates.map((c) => c.icsUid).sort()).toEqual([
      'good',
      'no-end',
      'untitled',
      'wordy',
    ]);
    for (const { id: _id, createdAt: _c, updatedAt: _u, ...draft } of plan.creates) {
      expect(validateCommitment(draft).ok).toBe(true);
    }
  });

  it('lists the event saving cannot take, naming it and why', () => {
    expect(preview().skipped).toEqual([
      {
        uid: 'long',
        title: 'Offsite',
        reason: 'It lasts 31 h 30 min; a commitment lasts at most 24 hours.',
      },
    ]);
  });

  it('says each adaptation', () => {
    const by = Object.fromEntries(preview().events.map((e) => [e.draft.icsUid, e]));
    expect(by.good?.adaptations).toEqual([]);
    expect(by.untitled?.draft.title).toBe('invite (untitled event)');
    expect(by.untitled?.adaptations[0]).toMatch(/no title/);
    expect(by['no-end']?.draft.durationMin).toBe(1);
    expect(by['no-end']?.adaptations[0]).toMatch(/RFC 5545 reads as a moment/);
    expect(by.wordy?.draft.title).toHaveLength(200);
    expect(by.wordy?.draft.notes.length).toBeLessThanOrEqual(5000);
    expect(by.wordy?.draft.notes).toMatch(/^T{250}\n\nn+/);
    expect(by.wordy?.adaptations).toHaveLength(2);
  });
});

/** A calendar of the given VEVENT bodies. */
function calendar(...events: string[]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, 'END:VCALENDAR', ''].join('\r\n');
}

function read(text: string): ImportPreview {
  const result = parseIcs(text, { homeZone: 'Europe/London' });
  if (!result.ok) throw new Error(result.error.message);
  return result.preview;
}

describe('what invitations carry', () => {
  it('drops the seconds of a start, and says so', () => {
    const p = read(
      calendar(vevent('s', ['SUMMARY:Call', 'DTSTART:20260302T140030Z', 'DURATION:PT30M'])),
    );
    expect(p.events[0]?.start).toBe(Date.UTC(2026, 2, 2, 14, 0));
    expect(p.events[0]?.notices.join(' ')).toMatch(
      /seconds \(:30\).*starts at 14:00, 30 s earlier/,
    );
  });

  it('imports single changed occurrences of a series not in the file as one-offs', () => {
    const p = read(
      calendar(
        vevent('series-1', [
          'SUMMARY:Moved sync',
          'RECURRENCE-ID:20260302T140000Z',
          'DTSTART:20260303T150000Z',
          'DURATION:PT1H',
        ]),
        vevent('series-1', [
          'SUMMARY:Moved sync',
          'RECURRENCE-ID:20260309T140000Z',
          'DTSTART:20260310T150000Z',
          'DURATION:PT1H',
        ]),
      ),
    );
    expect(p.skipped).toEqual([]);
    expect(p.events.map((e) => [e.draft.recurrence, e.start])).toEqual([
      [{ kind: 'once', date: '2026-03-03' }, Date.UTC(2026, 2, 3, 15)],
      [{ kind: 'once', date: '2026-03-10' }, Date.UTC(2026, 2, 10, 15)],
    ]);
    expect(new Set(p.events.map((e) => e.draft.icsUid)).size).toBe(2);
    expect(p.events[0]?.notices[0]).toMatch(/imported as a one-off/);
  });

  it('names the limit when an event lasts days', () => {
    const p = read(
      calendar(vevent('d', ['SUMMARY:Trip', 'DTSTART:20260302T080000Z', 'DURATION:P10D'])),
    );
    expect(p.skipped[0]?.reason).toBe('It lasts 10 days; a commitment lasts at most 24 hours.');
  });
});
