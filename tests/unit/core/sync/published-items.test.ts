import { describe, expect, it } from 'vitest';
import { commitmentUid, toIcs } from '../../../../src/core/ics/export';
import type { IcsExportInput } from '../../../../src/core/ics/types';
import { sampleWeek } from '../../../../src/core/sample-week';
import { publishedItems, type PublishInput } from '../../../../src/core/sync/published-items';
import { toInstant } from '../../../../src/core/time';
import type { Commitment, TimeOff } from '../../../../src/core/types';

const NOW = Date.UTC(2026, 2, 1, 12, 0);
const WEEK_START = '2026-03-02';
const week = sampleWeek({ weekStart: WEEK_START, now: NOW });
const SINCE = toInstant(WEEK_START, '00:00', week.settings.homeZone);

const firstSeries = week.commitments[0];
if (!firstSeries) throw new Error('the sample week has commitments');
const oneOff: Commitment = {
  ...firstSeries,
  id: 'one-off-review',
  title: 'Quarterly review, agenda; notes',
  recurrence: { kind: 'once', date: '2026-03-05' },
};
const oldOneOff: Commitment = {
  ...oneOff,
  id: 'long-gone',
  recurrence: { kind: 'once', date: '2026-01-05' },
};
const timeOff: TimeOff[] = [
  {
    id: 'easter',
    owner: { kind: 'client', clientId: week.clients[1]?.id ?? '' },
    startDate: '2026-04-03',
    endDate: '2026-04-06',
    label: 'Easter',
    icsUid: null,
    createdAt: NOW,
    updatedAt: NOW,
  },
  {
    id: 'me',
    owner: { kind: 'worker' },
    startDate: '2026-03-06',
    endDate: '2026-03-06',
    label: '',
    icsUid: 'imported-day-off@example.com',
    createdAt: NOW,
    updatedAt: NOW,
  },
];

const input: PublishInput = {
  commitments: [...week.commitments, oneOff, oldOneOff],
  clients: week.clients,
  sessions: week.sessions,
  platforms: week.platforms,
  timeOff,
  homeZone: week.settings.homeZone,
  defaultReminderLeadMin: 10,
  now: NOW,
  since: SINCE,
  alarms: true,
};

/** The VEVENT blocks of a calendar text, unfolded, in order. */
function events(text: string): string[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  return [...unfolded.matchAll(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g)].map((m) => m[0]);
}

function uidOf(event: string): string {
  return /\r\nUID:(.*)\r\n/.exec(event)?.[1] ?? '';
}

function exportOf(extra: Partial<IcsExportInput>): string {
  return toIcs({
    ...input,
    calendarName: 'Hybrid Planner',
    range: { kind: 'recurring' },
    content: {
      commitments: true,
      sessions: true,
      availability: false,
      alarms: true,
      timeOff: true,
    },
    ...extra,
  });
}

describe('publishedItems', () => {
  const items = publishedItems(input);

  it('gives the export’s events: whole series, and the rest from `since` on', () => {
    const series = input.commitments.filter((c) => c.recurrence.kind !== 'once');
    const expected = [
      ...events(exportOf({ commitments: series, timeOff: [] })),
      ...events(
        exportOf({
          commitments: input.commitments.filter((c) => c.recurrence.kind === 'once'),
          range: { kind: 'span', start: SINCE, end: 8.64e15 },
        }),
      ),
    ];
    const joined = items.flatMap((item) => events(item.ics));
    expect([...joined].sort()).toEqual([...expected].sort());
    // The comparison covers every kind, overrides included.
    expect(new Set(items.map((i) => i.kind))).toEqual(
      new Set(['commitment', 'session', 'time-off']),
    );
    expect(joined.length).toBeGreaterThanOrEqual(week.commitments.length + 4);
  });

  it('writes one UID per calendar object, each with the VTIMEZONE of every TZID it uses', () => {
    for (const item of items) {
      expect(new Set(events(item.ics).map(uidOf))).toEqual(new Set([item.uid]));
      expect(item.ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
      // RFC 4791 §4.1: no METHOD in a stored calendar object.
      expect(item.ics).not.toMatch(/\r\nMETHOD:/);
      const used = new Set([...item.ics.matchAll(/;TZID=([^:;]+)/g)].map((m) => m[1]));
      const defined = new Set([...item.ics.matchAll(/\r\nTZID:(.*)\r\n/g)].map((m) => m[1]));
      expect(defined).toEqual(used);
    }
  });

  it('uses the export’s UIDs, leaves out what ended before `since`, and is stable', () => {
    const uids = items.map((i) => i.uid);
    expect(uids).toContain('one-off-review@hybrid-planner');
    expect(uids).toContain('timeoff-easter@hybrid-planner');
    expect(uids).toContain('imported-day-off@example.com');
    expect(uids).toContain(`session-${week.sessions[0]?.id ?? ''}@hybrid-planner`);
    expect(uids).not.toContain('long-gone@hybrid-planner');
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toEqual([...uids].sort());
    // Nothing depends on the clock: the same records give the same text.
    expect(publishedItems({ ...input, now: NOW + 86_400_000 })).toEqual(items);
  });

  it('says when each item ends: exactly when a later horizon leaves it out; a series never', () => {
    for (const item of items) {
      const series = input.commitments.some(
        (c) => c.recurrence.kind !== 'once' && commitmentUid(c) === item.uid,
      );
      if (series) {
        expect(item.end).toBeNull();
        continue;
      }
      const end = item.end;
      if (end === null) throw new Error(`${item.uid} has no end`);
      const uidsFrom = (since: number): string[] =>
        publishedItems({ ...input, since }).map((i) => i.uid);
      expect(uidsFrom(end - 1)).toContain(item.uid);
      expect(uidsFrom(end)).not.toContain(item.uid);
    }
    const easter = items.find((i) => i.uid === 'timeoff-easter@hybrid-planner');
    const londonZone = week.clients[1]?.zone ?? '';
    expect(easter?.end).toBe(toInstant('2026-04-07', '00:00', londonZone));
  });
});
