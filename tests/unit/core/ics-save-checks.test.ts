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
