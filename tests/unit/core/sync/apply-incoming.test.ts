/**
 * Incoming edits to the events the app published, read with the ICS import: every case the
 * issue names, and an edit that equals what the app has, which changes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { IncomingChange, PublishedItem } from '../../../../src/core/bridge/sync-contract';
import { sampleWeek } from '../../../../src/core/sample-week';
import { applyIncoming, type IncomingInput } from '../../../../src/core/sync/apply-incoming';
import { samplePublished } from './sample-published';
import type { Commitment, TimeOff } from '../../../../src/core/types';

const NOW = Date.UTC(2026, 10, 22);
const LATER = NOW + 3_600_000;
const sample = sampleWeek({ weekStart: '2026-11-23', now: NOW });
const HOME = sample.settings.homeZone;
const checkin = sample.commitments.find((c) => c.id === 'sample-acme-checkin') as Commitment;
const oneOff: Commitment = {
  ...checkin,
  id: 'one-off',
  title: 'Kick-off call',
  recurrence: { kind: 'once', date: '2026-11-26' },
};
const christmas: TimeOff = {
  id: 't1',
  owner: { kind: 'worker' },
  startDate: '2026-12-24',
  endDate: '2026-12-26',
  label: 'Christmas',
  icsUid: null,
  createdAt: NOW,
  updatedAt: NOW,
};
const commitments = [...sample.commitments, oneOff];
const items = samplePublished(sample, NOW, { commitments, timeOff: [christmas] });
const session = sample.sessions[0];
if (!session) throw new Error('the sample has a session');

function item(uid: string): PublishedItem {
  const found = items.find((i) => i.uid === uid);
  if (!found) throw new Error(`no item ${uid}`);
  return found;
}

const CHECKIN = 'sample-acme-checkin@hybrid-planner';
const ONE_OFF = 'one-off@hybrid-planner';
const SESSION = `session-${session.id}@hybrid-planner`;
const TIME_OFF = 'timeoff-t1@hybrid-planner';

function run(changes: IncomingChange[]) {
  const input: IncomingInput = {
    changes,
    commitments,
    sessions: sample.sessions,
    timeOff: [christmas],
    homeZone: HOME,
    now: LATER,
  };
  return applyIncoming(input);
}

/** The item's text with `edit` applied, as another device would send it back. */
function updated(uid: string, edit: (ics: string) => string): IncomingChange {
  const { kind, ics } = item(uid);
  const next = edit(ics);
  expect(next).not.toBe(ics);
  return { uid, kind, change: 'updated', ics: next };
}

/** Adds a component before the calendar's end. */
const addEvent = (lines: string[]) => (ics: string) =>
  ics.replace('END:VCALENDAR', `${lines.join('\r\n')}\r\nEND:VCALENDAR`);

const override = (extra: string[]) =>
  addEvent([
    'BEGIN:VEVENT',
    `UID:${CHECKIN}`,
    'DTSTAMP:20261123T000000Z',
    'RECURRENCE-ID;TZID=America/New_York:20261125T090000',
    ...extra,
    'SUMMARY:Acme check-in call',
    'END:VEVENT',
  ]);

const nothingWritten = {
  putCommitments: [],
  removeCommitments: [],
  putSessions: [],
  removeSessions: [],
  putTimeOff: [],
  removeTimeOff: [],
};

describe('applyIncoming', () => {
  it('changes nothing when every event comes back as the app published it', () => {
    const result = run(
      [CHECKIN, ONE_OFF, SESSION, TIME_OFF].map((uid) => ({ ...item(uid), change: 'updated' })),
    );
    expect(result).toMatchObject({ ...nothingWritten, refused: [], notes: [] });
    expect(result.handled).toEqual([CHECKIN, ONE_OFF, SESSION, TIME_OFF]);
  });

  it('takes a moved occurrence (RECURRENCE-ID override) as a moved occurrence', () => {
    const result = run([
      updated(
        CHECKIN,
        override(['DTSTART;TZID=America/New_York:20261125T110000', 'DURATION:PT45M']),
      ),
    ]);
    expect(result.putCommitments).toHaveLength(1);
    const next = result.putCommitments[0];
    expect(next?.moved).toEqual([
      {
        date: '2026-11-25',
        to: { date: '2026-11-25', time: '11:00', zone: 'America/New_York' },
        durationMin: 45,
      },
    ]);
    // The rest of the series and what only the app keeps stay as they were.
    expect(next).toMatchObject({
      id: checkin.id,
      clientId: checkin.clientId,
      kind: checkin.kind,
      start: '09:00',
      recurrence: checkin.recurrence,
      reminderLeadMin: checkin.reminderLeadMin,
      updatedAt: LATER,
    });
    expect(result.notes).toEqual(['“Acme check-in call” was changed on another device.']);
  });

  it('takes an EXDATE as a skipped date', () => {
    const result = run([
      updated(CHECKIN, (ics) =>
        ics.replace(
          /(RRULE:FREQ=WEEKLY[^\r]*\r\n)/,
          '$1EXDATE;TZID=America/New_York:20261202T090000\r\n',
        ),
      ),
    ]);
    expect(result.putCommitments[0]?.skippedDates).toEqual(['2026-12-02']);
  });

  it('takes a cancelled override as a skipped date', () => {
    const result = run([
      updated(
        CHECKIN,
        override(['DTSTART;TZID=America/New_York:20261125T090000', 'STATUS:CANCELLED']),
      ),
    ]);
    expect(result.putCommitments[0]?.skippedDates).toEqual(['2026-11-25']);
    expect(result.putCommitments[0]?.moved).toEqual([]);
  });

  it('takes a new master time and title as the commitment updated', () => {
    const result = run([
      updated(CHECKIN, (ics) =>
        ics
          .replace(
            'DTSTART;TZID=America/New_York:20261123T090000',
            'DTSTART;TZID=America/New_York:20261123T100000',
          )
          .replace('SUMMARY:Acme check-in call', 'SUMMARY:Acme check-in'),
      ),
    ]);
    expect(result.putCommitments[0]).toMatchObject({ start: '10:00', title: 'Acme check-in' });
  });

  it('removes a commitment deleted elsewhere, or whose master was cancelled', () => {
    expect(run([{ uid: CHECKIN, kind: 'commitment', change: 'deleted' }])).toMatchObject({
      removeCommitments: [checkin.id],
      notes: ['“Acme check-in call” was deleted on another device and is removed here.'],
    });
    const cancelled = updated(ONE_OFF, (ics) =>
      ics.replace('END:VEVENT', 'STATUS:CANCELLED\r\nEND:VEVENT'),
    );
    expect(run([cancelled]).removeCommitments).toEqual([oneOff.id]);
  });

  it('moves a one-off commitment to its new day, in its own zone', () => {
    const result = run([
      updated(ONE_OFF, (ics) =>
        ics
          .replace('DTSTART:20261126T140000Z', 'DTSTART:20261127T150000Z')
          .replace('DTEND:20261126T143000Z', 'DTEND:20261127T153000Z'),
      ),
    ]);
    // 15:00 UTC is 10:00 in New York, the client's zone the commitment keeps.
    expect(result.putCommitments[0]).toMatchObject({
      zone: 'America/New_York',
      start: '10:00',
      recurrence: { kind: 'once', date: '2026-11-27' },
    });
  });

  it('moves a session, and removes one deleted elsewhere', () => {
    const moved = run([
      updated(SESSION, (ics) =>
        ics
          .replace('DTSTART:20261126T050000Z', 'DTSTART:20261126T070000Z')
          .replace('DTEND:20261126T060000Z', 'DTEND:20261126T083000Z'),
      ),
    ]);
    expect(moved.putSessions).toEqual([
      {
        ...session,
        start: Date.UTC(2026, 10, 26, 7),
        end: Date.UTC(2026, 10, 26, 8, 30),
        updatedAt: LATER,
      },
    ]);
    expect(run([{ uid: SESSION, kind: 'session', change: 'deleted' }]).removeSessions).toEqual([
      session.id,
    ]);
  });

  it('changes time off’s days, and removes time off deleted elsewhere', () => {
    const result = run([
      updated(TIME_OFF, (ics) =>
        ics.replace('DTEND;VALUE=DATE:20261227', 'DTEND;VALUE=DATE:20261229'),
      ),
    ]);
    expect(result.putTimeOff).toEqual([{ ...christmas, endDate: '2026-12-28', updatedAt: LATER }]);
    expect(run([{ uid: TIME_OFF, kind: 'time-off', change: 'deleted' }]).removeTimeOff).toEqual([
      't1',
    ]);
  });

  it('refuses what it cannot read, and writes nothing for it', () => {
    const result = run([
      { uid: CHECKIN, kind: 'commitment', change: 'updated', ics: 'not a calendar' },
      updated(TIME_OFF, (ics) =>
        ics
          .replace('DTSTART;VALUE=DATE:20261224', 'DTSTART:20261224T090000Z')
          .replace('DTEND;VALUE=DATE:20261227', 'DTEND:20261224T100000Z'),
      ),
    ]);
    expect(result).toMatchObject(nothingWritten);
    expect(result.refused.map((r) => r.uid)).toEqual([CHECKIN, TIME_OFF]);
    expect(result.handled).toEqual([CHECKIN, TIME_OFF]);
  });

  it('ignores events the app no longer has, and takes the last change per UID', () => {
    const gone = run([{ uid: 'unknown@hybrid-planner', kind: 'commitment', change: 'deleted' }]);
    expect(gone).toMatchObject({ ...nothingWritten, handled: ['unknown@hybrid-planner'] });
    const twice = run([
      { uid: SESSION, kind: 'session', change: 'deleted' },
      { ...item(SESSION), change: 'updated' },
    ]);
    expect(twice).toMatchObject(nothingWritten);
  });
});
