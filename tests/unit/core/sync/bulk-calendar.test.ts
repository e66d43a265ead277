import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { PublishedItem } from '../../../../src/core/bridge/sync-contract';
import { sampleWeek } from '../../../../src/core/sample-week';
import { bulkCalendar, definesTimezone } from '../../../../src/core/sync/bulk-calendar';
import { samplePublished } from './sample-published';

const NOW = Date.UTC(2026, 2, 1, 12, 0);
const week = sampleWeek({ weekStart: '2026-03-02', now: NOW });
const items = samplePublished(week, NOW, { alarms: true });

function blocks(ics: string, name: string): string[] {
  return ics.match(new RegExp(`BEGIN:${name}\\r\\n[\\s\\S]*?END:${name}`, 'g')) ?? [];
}

describe('bulkCalendar', () => {
  it('holds every item’s events and each zone once, as the items wrote them', () => {
    const ics = bulkCalendar(items, 'Hybrid Planner');
    if (ics === null) throw new Error('refused');
    expect(ics.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    expect(blocks(ics, 'VEVENT')).toEqual(items.flatMap((i) => blocks(i.ics, 'VEVENT')));
    const zones = new Set(items.flatMap((i) => blocks(i.ics, 'VTIMEZONE')));
    expect(zones.size).toBeGreaterThan(0);
    expect(blocks(ics, 'VTIMEZONE').sort()).toEqual([...zones].sort());
    const parsed = new ICAL.Component(ICAL.parse(ics));
    const uids = parsed.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'));
    expect(new Set(uids)).toEqual(new Set(items.map((i) => i.uid)));
    // Overrides (RECURRENCE-ID) and alarms come along inside their events.
    expect(uids.length).toBeGreaterThanOrEqual(items.length);
    expect(ics).toContain('BEGIN:VALARM');
  });

  it('names the calendar with an escaped, folded X-WR-CALNAME', () => {
    const name = `Plan, work; ${'long '.repeat(20)}`;
    const ics = bulkCalendar(items, name) ?? '';
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`\r\nX-WR-CALNAME:Plan\\, work\\; ${'long '.repeat(20)}\r\n`);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
  });

  it('tells the items that define a zone', () => {
    expect(items.some(definesTimezone)).toBe(true);
    expect(items.every(definesTimezone)).toBe(false);
  });

  const [first, second] = items;
  if (!first || !second) throw new Error('the sample week has items');
  const retitled = (item: PublishedItem, ics: string): PublishedItem => ({ ...item, ics });
  const refusals: [string, PublishedItem[]][] = [
    ['a UID the server would store under another name', [{ ...first, uid: 'a b' }]],
    ['a UID ending in .ics', [{ ...first, uid: 'x.ics' }]],
    ['the same UID twice', [first, first]],
    ['an event whose UID is not the item’s', [retitled(first, second.ics)]],
    ['text that is not one VCALENDAR', [retitled(first, 'BEGIN:VEVENT\r\nEND:VEVENT\r\n')]],
    [
      'a component other than events and zones',
      [
        retitled(
          first,
          first.ics.replace('BEGIN:VEVENT', 'BEGIN:VTODO\r\nEND:VTODO\r\nBEGIN:VEVENT'),
        ),
      ],
    ],
    ['an unbalanced component', [retitled(first, first.ics.replace(/END:VEVENT\r?\n/, ''))]],
  ];
  it.each(refusals)('refuses %s', (_why, list) => {
    expect(bulkCalendar(list, 'Hybrid Planner')).toBeNull();
  });

  it('refuses two different definitions of one zone', () => {
    const zoned = items.filter(definesTimezone);
    const a = zoned[0];
    if (!a) throw new Error('the sample week has a zoned item');
    const b = {
      ...a,
      uid: 'other@hybrid-planner',
      ics: a.ics
        .replace(/UID:[^\r\n]*/g, 'UID:other@hybrid-planner')
        .replace(/TZOFFSETTO:([^\r\n]*)/, 'TZOFFSETTO:+0000'),
    };
    expect(bulkCalendar([a, b], 'Hybrid Planner')).toBeNull();
    expect(
      bulkCalendar(
        [a, { ...b, ics: a.ics.replace(/UID:[^\r\n]*/g, 'UID:other@hybrid-planner') }],
        'x',
      ),
    ).not.toBeNull();
  });
});
