import { describe, expect, it } from 'vitest';
import { mergeTimeOff, parseIcs, toIcs, type ImportPreview } from '../../../src/core/ics';
import type { TimeOff } from '../../../src/core/types';
import { clients, exportInput } from '../fixtures/ics/plan';

const HOME = 'Asia/Manila';

function calendar(...events: string[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN'];
  for (const e of events)
    lines.push('BEGIN:VEVENT', 'DTSTAMP:20260101T000000Z', ...e.split('\n'), 'END:VEVENT');
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

function preview(text: string): ImportPreview {
  const parsed = parseIcs(text, { homeZone: HOME, fileName: 'holidays.ics' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.preview;
}

describe('all-day events are offered as time off', () => {
  it('reads the days they cover: DTEND is the day after the last, no DTEND is one day', () => {
    const p = preview(
      calendar(
        'UID:xmas\nSUMMARY:Christmas break\nDTSTART;VALUE=DATE:20261224\nDTEND;VALUE=DATE:20261227',
        'UID:aus-day\nSUMMARY:Australia Day\nDTSTART;VALUE=DATE:20270126',
        'UID:trip\nSUMMARY:Trip\nDTSTART;VALUE=DATE:20260801\nDURATION:P3D',
      ),
    );
    expect(p.events).toEqual([]);
    expect(p.skipped).toEqual([]);
    expect(p.timeOff.map((t) => [t.icsUid, t.label, t.startDate, t.endDate])).toEqual([
      ['trip', 'Trip', '2026-08-01', '2026-08-03'],
      ['xmas', 'Christmas break', '2026-12-24', '2026-12-26'],
      ['aus-day', 'Australia Day', '2027-01-26', '2027-01-26'],
    ]);
    expect(p.timeOff.every((t) => t.owner === null)).toBe(true);
  });

  it('says a yearly event offers its first days, and lists a cancelled one with its reason', () => {
    const p = preview(
      calendar(
        'UID:bday\nSUMMARY:Birthday\nDTSTART;VALUE=DATE:20260305\nRRULE:FREQ=YEARLY',
        'UID:off\nSUMMARY:Off\nSTATUS:CANCELLED\nDTSTART;VALUE=DATE:20260306',
        'UID:call\nSUMMARY:Call\nDTSTART:20260306T100000Z\nDTEND:20260306T103000Z',
      ),
    );
    expect(p.timeOff).toHaveLength(1);
    expect(p.timeOff[0]?.notices).toEqual([
      'It repeats: only its first days are offered; add later ones in the editor.',
    ]);
    expect(p.skipped).toEqual([{ uid: 'off', title: 'Off', reason: 'The event is cancelled.' }]);
    expect(p.events.map((e) => e.draft.title)).toEqual(['Call']);
  });
});

describe('time off in the export', () => {
  const [acme] = clients;
  if (!acme) throw new Error('fixture client missing');
  const records: TimeOff[] = [
    {
      id: 'off-1',
      owner: { kind: 'client', clientId: acme.id },
      startDate: '2026-11-26',
      endDate: '2026-11-27',
      label: 'Thanksgiving',
      icsUid: null,
      createdAt: 1,
      updatedAt: Date.UTC(2026, 0, 2),
    },
    {
      id: 'off-2',
      owner: { kind: 'worker' },
      startDate: '2026-06-12',
      endDate: '2026-06-12',
      label: '',
      icsUid: 'independence@example.com',
      createdAt: 1,
      updatedAt: Date.UTC(2026, 0, 2),
    },
  ];
  const timeOffOnly = (now?: number) =>
    toIcs(
      exportInput({
        content: {
          commitments: false,
          sessions: false,
          availability: false,
          alarms: false,
          timeOff: true,
        },
        timeOff: records,
        homeZone: HOME,
        ...(now === undefined ? {} : { now }),
      }),
    );
  const text = timeOffOnly();

  it('writes all-day events with DTEND the day after the last and a stable UID', () => {
    expect(text).toContain(
      [
        'BEGIN:VEVENT',
        'UID:timeoff-off-1@hybrid-planner',
        'DTSTAMP:20260102T000000Z',
        'DTSTART;VALUE=DATE:20261126',
        'DTEND;VALUE=DATE:20261128',
        'SUMMARY:Thanksgiving',
      ].join('\r\n'),
    );
    expect(text).toContain('UID:independence@example.com\r\n');
    expect(text).toContain('SUMMARY:Day off\r\n');
    // DTSTAMP is the record's change time: exporting later gives the same file.
    expect(timeOffOnly(5)).toBe(text);
  });

  it('reads back as the same time off, with its owner, and a re-import changes nothing', () => {
    const p = preview(text);
    expect(p.skipped).toEqual([]);
    expect(p.timeOff.map((t) => [t.icsUid, t.startDate, t.endDate, t.owner])).toEqual([
      ['independence@example.com', '2026-06-12', '2026-06-12', { kind: 'worker' }],
      [
        'timeoff-off-1@hybrid-planner',
        '2026-11-26',
        '2026-11-27',
        { kind: 'client', clientId: acme.id },
      ],
    ]);
    // As the import panel does: the owner the file names, then merged by UID.
    const firstImport = mergeTimeOff(
      [],
      p.timeOff.map((offer) => ({ offer, owner: offer.owner ?? { kind: 'worker' } })),
      10,
      () => 'new',
    );
    const stored = firstImport.writes;
    const again = mergeTimeOff(
      stored,
      p.timeOff.map((offer) => ({ offer, owner: offer.owner ?? { kind: 'worker' } })),
      20,
      () => 'newer',
    );
    expect(again).toEqual({ writes: [], unchanged: 2 });
  });

  it('a re-import of the app’s own export matches the records it came from', () => {
    const p = preview(text);
    const choices = p.timeOff.map((offer) => ({
      offer,
      owner: offer.owner ?? { kind: 'worker' as const },
    }));
    // The exported UID of a typed-in record is derived from its id; once imported it is kept.
    const here = records.map((r) => ({
      ...r,
      icsUid: r.icsUid ?? `timeoff-${r.id}@hybrid-planner`,
    }));
    expect(mergeTimeOff(here, choices, 30, () => 'x')).toEqual({ writes: [], unchanged: 2 });
  });
});
