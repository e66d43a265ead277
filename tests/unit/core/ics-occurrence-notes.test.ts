/**
 * Per-occurrence notes read back: the export writes an occurrence's own notes as its override's
 * DESCRIPTION, and the import (and so a sync's incoming edit) reads them into the same field;
 * an override from another calendar app with a DESCRIPTION of its own is read the same way.
 */
import { describe, expect, it } from 'vitest';
import { mergeImport, parseIcs, toIcs } from '../../../src/core/ics';
import type { ImportPreview, ParseResult } from '../../../src/core/ics';
import { sampleWeek } from '../../../src/core/sample-week';
import { applyIncoming } from '../../../src/core/sync/apply-incoming';
import { samplePublished } from './sync/sample-published';
import type { Commitment } from '../../../src/core/types';

const NOW = Date.UTC(2026, 10, 22);
const sample = sampleWeek({ weekStart: '2026-11-23', now: NOW });
const HOME = sample.settings.homeZone;
const base = sample.commitments.find((c) => c.id === 'sample-acme-checkin');
if (!base) throw new Error('the sample has the Acme check-in');

/** The check-in with series notes and three moved occurrences: own notes, cleared, none. */
const checkin: Commitment = {
  ...base,
  notes: 'Agenda: orders, refunds; escalations.',
  moved: [
    {
      date: '2026-11-25',
      to: { date: '2026-11-25', time: '11:00', zone: 'America/New_York' },
      durationMin: 30,
      notes: 'Bring the Q4 figures.\nAsk about the holiday rota, please',
    },
    {
      date: '2026-11-27',
      to: { date: '2026-11-27', time: '10:00', zone: 'America/New_York' },
      durationMin: 45,
      notes: '',
    },
    {
      date: '2026-11-30',
      to: { date: '2026-11-30', time: '12:00', zone: 'America/New_York' },
      durationMin: 30,
    },
  ],
};

function ok(result: ParseResult): ImportPreview {
  if (!result.ok) throw new Error(`expected a preview, got ${result.error.message}`);
  return result.preview;
}

function exported(c: Commitment): string {
  return toIcs({
    calendarName: 'Plan',
    range: { kind: 'recurring' },
    content: { commitments: true, sessions: false, availability: false, alarms: false },
    commitments: [c],
    clients: sample.clients,
    sessions: [],
    platforms: [],
    defaultReminderLeadMin: 10,
    now: NOW,
  });
}

/** A moved occurrence of the weekly sync below, as another calendar app writes one. */
function override(day: string, time: string, description: string): string[] {
  return [
    'BEGIN:VEVENT',
    'UID:weekly-sync@example.com',
    'DTSTAMP:20261101T000000Z',
    `RECURRENCE-ID;TZID=America/New_York:${day}T090000`,
    `DTSTART;TZID=America/New_York:${day}T${time}`,
    'DURATION:PT30M',
    'SUMMARY:Weekly sync',
    `DESCRIPTION:${description}`,
    'END:VEVENT',
  ];
}

describe('per-occurrence notes', () => {
  it('come back from the export into the same moved occurrences', () => {
    const text = exported(checkin);
    expect(text).toContain('DESCRIPTION:Bring the Q4 figures.\\nAsk about the holiday rota\\, p');
    const [event] = ok(parseIcs(text, { homeZone: HOME })).events;
    expect(event?.draft.notes).toBe(checkin.notes);
    expect(event?.draft.moved).toEqual(checkin.moved);
    // Imported over the commitment it came from, the occurrences keep their notes.
    const drafts = ok(parseIcs(text, { homeZone: HOME })).events.map((e) => e.draft);
    const plan = mergeImport([checkin], drafts, checkin.clientId, NOW + 1);
    expect(plan.creates).toEqual([]);
    expect(plan.updates.map((c) => c.moved)).toEqual([checkin.moved]);
  });

  it('survive a sync that reads the published event back unchanged', () => {
    const items = samplePublished(sample, NOW, { commitments: [checkin] });
    const item = items.find((i) => i.kind === 'commitment');
    if (!item) throw new Error('the check-in is published');
    const result = applyIncoming({
      changes: [{ uid: item.uid, kind: 'commitment', change: 'updated', ics: item.ics }],
      commitments: [checkin],
      sessions: [],
      timeOff: [],
      homeZone: HOME,
      now: NOW + 1,
    });
    expect(result.refused).toEqual([]);
    expect(result.putCommitments).toEqual([]);
  });

  it('are read from another app’s override that says something else than its series', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Example Corp//Calendar//EN',
      'BEGIN:VEVENT',
      'UID:weekly-sync@example.com',
      'DTSTAMP:20261101T000000Z',
      'DTSTART;TZID=America/New_York:20261102T090000',
      'DURATION:PT30M',
      'RRULE:FREQ=WEEKLY;BYDAY=MO',
      'SUMMARY:Weekly sync',
      'DESCRIPTION:Standing agenda',
      'END:VEVENT',
      ...override('20261109', '100000', 'Standing agenda'),
      ...override('20261116', '093000', 'Budget review instead\\; bring the invoices'),
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const [event] = ok(parseIcs(text, { homeZone: HOME })).events;
    expect(event?.draft.notes).toBe('Standing agenda');
    expect(event?.draft.moved).toEqual([
      // A copy of the series' text is no note of the occurrence's own.
      {
        date: '2026-11-09',
        to: { date: '2026-11-09', time: '10:00', zone: 'America/New_York' },
        durationMin: 30,
      },
      {
        date: '2026-11-16',
        to: { date: '2026-11-16', time: '09:30', zone: 'America/New_York' },
        durationMin: 30,
        notes: 'Budget review instead; bring the invoices',
      },
    ]);
  });

  it('that are too long to save are cut, and the preview says so', () => {
    const long = 'x'.repeat(6000);
    const text = exported({
      ...checkin,
      moved: [{ ...checkin.moved[0], notes: long } as Commitment['moved'][number]],
    });
    const [event] = ok(parseIcs(text, { homeZone: HOME })).events;
    const notes = event?.draft.moved[0]?.notes ?? '';
    expect(notes.length).toBe(5000);
    expect(notes).toMatch(/\[Cut on import: the calendar’s text was longer\.\]$/);
    expect(event?.adaptations).toContain(
      'The notes of the occurrence of 2026-11-25 have more than 5000 characters: they are cut, with a note saying so.',
    );
  });
});
