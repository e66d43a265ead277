/** Import of Google-, Outlook- and Apple-shaped files written by hand from RFC 5545, and merging. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeImport, parseIcs, toIcs } from '../../../src/core/ics';
import type { ImportPreview, ParseResult } from '../../../src/core/ics';
import { commitments, exportInput } from '../fixtures/ics/plan';

const HOME = { homeZone: 'Asia/Manila' };

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/ics/${name}`, import.meta.url), 'utf8');
}

function ok(result: ParseResult): ImportPreview {
  if (!result.ok) throw new Error(`expected a preview, got ${result.error.message}`);
  return result.preview;
}

function byUid(preview: ImportPreview, uid: string) {
  const event = preview.events.find((e) => e.draft.icsUid === uid);
  if (!event) throw new Error(`no event ${uid}`);
  return event;
}

describe('Google Calendar export', () => {
  const preview = ok(parseIcs(fixture('google.ics'), HOME));

  it('reads a weekly series in its own zone with EXDATE, a moved occurrence and a reminder', () => {
    const e = byUid(preview, '5k2v9q0l1m3n4o5p6q7r8s9t0u@google.com');
    expect(e.recurring).toBe(true);
    expect(e.draft).toMatchObject({
      title: 'Stand-up ☕ with Dana',
      notes:
        'Daily stand-up: orders, refunds; escalations.\nJoin: https://meet.example.com/abc-defg-hij',
      zone: 'America/New_York',
      start: '09:00',
      durationMin: 30,
      recurrence: {
        kind: 'weekly',
        weekdays: [1, 3, 5],
        interval: 1,
        startDate: '2026-03-02',
        // UNTIL 2026-06-26T03:59:59Z is 25 June 23:59:59 in New York.
        endDate: '2026-06-25',
        count: null,
      },
      skippedDates: ['2026-03-04'],
      moved: [
        {
          date: '2026-03-06',
          to: { date: '2026-03-06', time: '14:00', zone: 'America/New_York' },
          durationMin: 30,
        },
      ],
      reminderLeadMin: 15,
    });
    // 09:00 EST on 2 March is 22:00 in Manila.
    expect(e.startInHome).toEqual({ date: '2026-03-02', time: '22:00', zone: 'Asia/Manila' });
  });

  it('shows a UTC one-off in the calendar zone (X-WR-TIMEZONE)', () => {
    const e = byUid(preview, '0a1b2c3d4e5f@google.com');
    expect(e.draft.recurrence).toEqual({ kind: 'once', date: '2026-03-10' });
    expect(e.startInZone).toEqual({ date: '2026-03-10', time: '14:00', zone: 'America/New_York' });
    expect(e.start).toBe(Date.UTC(2026, 2, 10, 18));
  });

  it('offers an all-day event as time off and skips nothing else', () => {
    expect(preview.skipped).toEqual([]);
    expect(preview.timeOff.map((t) => [t.icsUid, t.label])).toEqual([
      ['allday1@google.com', 'St Patrick’s sale'.replace('’', "'")],
    ]);
    expect(preview.calendarName).toBe('Brightcart ops');
  });

  it('imports a monthly rule (the first Thursday) in its own zone', () => {
    const e = byUid(preview, 'monthly1@google.com');
    expect(e.recurring).toBe(true);
    expect(e.draft.recurrence).toMatchObject({
      kind: 'monthly',
      on: { by: 'weekday', nth: 1, weekday: 4 },
      interval: 1,
    });
  });
});

describe('Outlook / Exchange export', () => {
  const preview = ok(parseIcs(fixture('outlook.ics'), HOME));

  it('maps Windows zone names to IANA and keeps COUNT and INTERVAL', () => {
    const uid =
      '040000008200E00074C5B7101A82E00800000000D0F4A1B2C3D4DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90';
    const e = byUid(preview, uid);
    expect(e.draft.zone).toBe('Europe/London');
    expect(e.draft.recurrence).toEqual({
      kind: 'weekly',
      weekdays: [2, 4],
      interval: 2,
      startDate: '2026-03-10',
      endDate: null,
      count: 10,
    });
    expect(e.draft.reminderLeadMin).toBe(15);
    expect(e.notices.join(' ')).toMatch(/Windows zone "GMT Standard Time" read as Europe\/London/);
    const syd = byUid(preview, 'outlook-syd-1');
    expect(syd.draft.zone).toBe('Australia/Sydney');
    // 6 April 2026 is the first Monday of Sydney standard time (+10).
    expect(syd.start).toBe(Date.UTC(2026, 3, 5, 22));
  });

  it('refuses an event in an unknown zone with a clear reason, and keeps the others', () => {
    expect(preview.skipped).toEqual([
      {
        uid: 'outlook-bad-zone',
        title: 'Mystery zone',
        reason: expect.stringMatching(/Unknown time zone "Customized Time Zone"/),
      },
    ]);
    expect(preview.events).toHaveLength(2);
  });
});

describe('Apple Calendar export', () => {
  const preview = ok(parseIcs(fixture('apple.ics'), HOME));

  it('reads a weekly series without BYDAY as the weekday of DTSTART', () => {
    const e = byUid(preview, '6F2E8C1A-3B4D-4E5F-9A0B-1C2D3E4F5A6B');
    expect(e.draft).toMatchObject({
      title: 'Coaching admin 🗂️',
      zone: 'Australia/Sydney',
      start: '08:00',
      durationMin: 60,
      recurrence: { kind: 'weekly', weekdays: [1], endDate: '2026-10-26', count: null },
      reminderLeadMin: 30,
    });
  });

  it('uses X-LIC-LOCATION for a custom TZID', () => {
    const e = byUid(preview, 'apple-custom-zone');
    expect(e.draft.zone).toBe('Australia/Sydney');
    expect(e.start).toBe(Date.UTC(2026, 2, 2, 20));
  });

  it('lists BYSETPOS and RDATE rules as not representable', () => {
    const reasons = Object.fromEntries(preview.skipped.map((s) => [s.uid, s.reason]));
    expect(reasons['apple-setpos']).toMatch(/BYSETPOS/);
    expect(reasons['apple-rdate']).toMatch(/RDATE/);
  });
});

describe('re-import', () => {
  it('reads the planner’s own export back into the same commitments', () => {
    const text = toIcs(exportInput({ range: { kind: 'recurring' } }));
    const preview = ok(parseIcs(text, HOME));
    const standup = byUid(preview, 'ny-standup@hybrid-planner');
    const original = commitments.find((c) => c.id === 'ny-standup');
    expect(standup.draft).toMatchObject({
      title: original?.title,
      notes: original?.notes,
      zone: original?.zone,
      start: original?.start,
      recurrence: original?.recurrence,
      skippedDates: original?.skippedDates,
      moved: original?.moved,
    });
    const london = byUid(preview, 'ldn-report@hybrid-planner');
    expect(london.draft.recurrence).toEqual(commitments[1]?.recurrence);
    expect(london.draft.kind).toBe('work');
  });

  it('updates instead of duplicating, and a second identical import changes nothing', () => {
    const preview = ok(parseIcs(fixture('google.ics'), HOME));
    const drafts = preview.events.map((e) => e.draft);
    const first = mergeImport([], drafts, 'ny', 1000);
    expect(first.creates).toHaveLength(3);
    expect(first.updates).toHaveLength(0);
    const again = mergeImport(first.creates, drafts, 'ny', 2000);
    expect(again).toEqual({ creates: [], updates: [] });
    const edited = drafts.map((d) => ({ ...d, title: `${d.title} (v2)` }));
    const third = mergeImport(first.creates, edited, 'ny', 3000);
    expect(third.creates).toHaveLength(0);
    expect(third.updates.map((c) => [c.id, c.title, c.updatedAt, c.createdAt])).toEqual(
      first.creates.map((c) => [c.id, `${c.title} (v2)`, 3000, 1000]),
    );
  });

  it('matches commitments the planner exported by their derived UID', () => {
    const text = toIcs(exportInput({ range: { kind: 'recurring' } }));
    const drafts = ok(parseIcs(text, HOME)).events.map((e) => e.draft);
    const plan = mergeImport(commitments, drafts, 'ny', 5000);
    expect(plan.creates).toEqual([]);
    // Availability bands and sessions are the planner's own data, not commitments to import.
    const skipped = ok(parseIcs(toIcs(exportInput()), HOME)).skipped.map((s) => s.reason);
    expect(skipped.filter((r) => /availability band/.test(r))).toHaveLength(5);
    expect(skipped.filter((r) => /microtask session/.test(r))).toHaveLength(1);
  });
});
