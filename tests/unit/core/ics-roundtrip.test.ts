/**
 * Round trip: the exported calendar, read and expanded by ical.js with the file's own VTIMEZONEs,
 * gives exactly the planner's occurrences, instant by instant, across the US/EU DST gap of March
 * 2026, Sydney's April and October changes, a wall time in a spring-forward gap and zones that
 * dropped DST.
 */
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { commitmentUid, toIcs } from '../../../src/core/ics/export';
import { expandCommitments } from '../../../src/core/recurrence';
import { RANGE, commitments, exportInput } from '../fixtures/ics/plan';

type Instance = { uid: string; start: number; end: number };

/** Every occurrence ical.js computes for the VEVENTs of `text` that start before `end`. */
function expandWithIcalJs(text: string, end: number): Instance[] {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const vevents = root.getAllSubcomponents('vevent');
  const out: Instance[] = [];
  for (const vevent of vevents) {
    if (vevent.hasProperty('recurrence-id')) continue;
    const uid = String(vevent.getFirstPropertyValue('uid'));
    const exceptions = vevents.filter(
      (v) => v.hasProperty('recurrence-id') && v.getFirstPropertyValue('uid') === uid,
    );
    const event = new ICAL.Event(vevent, { exceptions });
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      const start = details.startDate.toUnixTime() * 1000;
      if (start >= end) break;
      out.push({ uid, start, end: details.endDate.toUnixTime() * 1000 });
    }
  }
  return out.sort((a, b) => a.start - b.start || (a.uid < b.uid ? -1 : 1));
}

function iso(i: Instance): string {
  return `${i.uid} ${new Date(i.start).toISOString()} → ${new Date(i.end).toISOString()}`;
}

describe('ICS round trip through ical.js', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('gives the planner occurrences instant by instant (commitments only)', () => {
    const content = { commitments: true, sessions: false, availability: false, alarms: false };
    const text = toIcs(exportInput({ content }));
    const uids = new Map(commitments.map((c) => [c.id, commitmentUid(c)]));
    const expected = expandCommitments(commitments, RANGE).map((o) => ({
      uid: uids.get(o.commitmentId) ?? '',
      start: o.start,
      end: o.end,
    }));
    const actual = expandWithIcalJs(text, RANGE.end);
    expect(actual.map(iso)).toEqual(expected.map(iso));
    // The test means something: both DST gaps, the Sydney changes and the override are in it.
    expect(expected.length).toBeGreaterThan(150);
    expect(actual.map(iso)).toContain(
      'ny-standup@hybrid-planner 2026-03-13T18:00:00.000Z → 2026-03-13T18:45:00.000Z',
    );
  });

  it('keeps a New York 09:00 call at 09:00 New York time through the gap weeks', () => {
    const text = toIcs(exportInput());
    const starts = expandWithIcalJs(text, RANGE.end)
      .filter((i) => i.uid === 'ny-standup@hybrid-planner')
      .map((i) => new Date(i.start).toISOString());
    // 6 March: EST (UTC−5); 9 March: EDT (UTC−4), while London is still on GMT until 29 March.
    expect(starts).toContain('2026-03-06T14:00:00.000Z');
    expect(starts).toContain('2026-03-09T13:00:00.000Z');
    expect(starts).not.toContain('2026-03-11T13:00:00.000Z');
  });

  it('moves Sydney 08:00 by an hour of UTC across 5 April and 4 October 2026', () => {
    const text = toIcs(exportInput());
    const starts = expandWithIcalJs(text, RANGE.end)
      .filter((i) => i.uid === 'syd-coach@hybrid-planner')
      .map((i) => new Date(i.start).toISOString());
    expect(starts).toContain('2026-03-29T21:00:00.000Z'); // Mon 30 Mar, AEDT +11
    expect(starts).toContain('2026-04-05T22:00:00.000Z'); // Mon 6 Apr, AEST +10
    expect(starts).toContain('2026-09-27T22:00:00.000Z'); // Mon 28 Sep, AEST
    expect(starts).toContain('2026-10-04T21:00:00.000Z'); // Mon 5 Oct, AEDT again
  });
});
