import { describe, expect, it } from 'vitest';
import { expandCommitments } from '../../../src/core/recurrence';
import { upcomingReminders, type ReminderInput } from '../../../src/core/reminders';
import { sampleWeek } from '../../../src/core/sample-week';
import { HOUR, MINUTE, toInstant } from '../../../src/core/time';

const s = sampleWeek({ weekStart: '2026-03-02', now: Date.UTC(2026, 2, 1) });
const Z = s.settings.homeZone;

function input(now: number, horizon: number): ReminderInput {
  const occurrences = expandCommitments(s.commitments, {
    start: now - 2 * HOUR,
    end: now + horizon + 2 * HOUR,
  });
  return {
    settings: s.settings,
    clients: s.clients,
    platforms: s.platforms,
    occurrences,
    sessions: s.sessions,
  };
}

describe('upcomingReminders', () => {
  const now = toInstant('2026-03-02', '20:00', Z);
  const list = upcomingReminders(input(now, 6 * HOUR), now, 6 * HOUR);

  it('reminds the Acme call 10 min before, in New York and home time', () => {
    const call = list.find(
      (r) => r.kind === 'commitment' && r.title.startsWith('Acme check-in call'),
    );
    expect(call).toMatchObject({
      id: 'commitment:sample-acme-checkin@2026-03-02',
      title: 'Acme check-in call in 10 min',
      // The tray shows the client's local time beside the home time.
      zone: 'America/New_York',
    });
    expect(call?.eventAt).toBe(toInstant('2026-03-02', '22:00', Z));
    expect(call?.fireAt).toBe(toInstant('2026-03-02', '21:50', Z));
    expect(call?.body).toBe('09:00 New York · 22:00 your time · Acme Goods (New York) · 30 min');
  });

  it('announces client hours opening and closing', () => {
    const open = list.find((r) => r.id === 'availability-open:sample-acme@2026-03-02:09:00');
    expect(open?.fireAt).toBe(toInstant('2026-03-02', '22:00', Z));
    expect(open?.body).toBe(
      'Their day starts: 09:00 New York · 22:00 your time, until 17:00 New York · 06:00 your time.',
    );
    const close = list.find(
      (r) => r.id === 'availability-close:sample-northlight@2026-03-02:09:00',
    );
    expect(close?.fireAt).toBe(toInstant('2026-03-03', '01:20', Z));
    expect(close?.title).toBe("Northlight Agency (London)'s hours end in 10 min");
    expect(open?.zone).toBe('America/New_York');
    expect(close?.zone).toBe('Europe/London');
  });

  it('closes an overnight window on the next day', () => {
    const night = {
      ...s.clients[0]!,
      id: 'owl',
      name: 'Owl',
      availability: [{ weekday: 1 as const, start: '22:00', end: '02:00' }],
    };
    const at = toInstant('2026-03-02', '08:00', Z);
    const list = upcomingReminders(
      { ...input(at, 2 * 24 * HOUR), clients: [night] },
      at,
      2 * 24 * HOUR,
    );
    const open = list.find((r) => r.kind === 'availability-open');
    const close = list.find((r) => r.kind === 'availability-close');
    expect(open?.id).toBe('availability-open:owl@2026-03-02:22:00');
    expect((close?.eventAt ?? 0) - (open?.eventAt ?? 0)).toBe(4 * HOUR);
  });

  it('is sorted by fireAt, stays in the horizon and keeps ids stable across re-plans', () => {
    for (let i = 1; i < list.length; i++)
      expect((list[i]?.fireAt ?? 0) >= (list[i - 1]?.fireAt ?? 0)).toBe(true);
    for (const r of list) {
      expect(r.fireAt).toBeGreaterThanOrEqual(now - 5 * MINUTE);
      expect(r.fireAt).toBeLessThanOrEqual(now + 6 * HOUR);
    }
    const later = now + 30 * MINUTE;
    const again = upcomingReminders(input(later, 6 * HOUR), later, 6 * HOUR);
    const ids = new Set(list.map((r) => r.id));
    expect(again.filter((r) => r.fireAt <= now + 6 * HOUR).every((r) => ids.has(r.id))).toBe(true);
    expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
  });

  it('keeps a reminder past its fire time while its event is ahead, drops it once begun', () => {
    const callAt = toInstant('2026-03-02', '21:50', Z);
    const id = 'commitment:sample-acme-checkin@2026-03-02';
    const late = upcomingReminders(input(callAt + 6 * MINUTE, HOUR), callAt + 6 * MINUTE, HOUR);
    const reminder = late.find((r) => r.id === id);
    expect(reminder?.eventAt).toBe(callAt + 10 * MINUTE);
    expect(reminder?.subject).toBeTruthy();
    const begun = upcomingReminders(input(callAt + 11 * MINUTE, HOUR), callAt + 11 * MINUTE, HOUR);
    expect(begun.some((r) => r.id === id)).toBe(false);
  });

  it('reminds accepted planned sessions and the end of the planned day', () => {
    const thu = toInstant('2026-03-05', '08:00', Z);
    const day = upcomingReminders(input(thu, 20 * HOUR), thu, 20 * HOUR);
    const session = day.find((r) => r.kind === 'session');
    expect(session).toMatchObject({
      id: 'session:sample-session-thu',
      title: 'Prolific session in 10 min',
    });
    expect(session?.body).toBe('13:00–14:00 your time: planned microtasks.');
    const end = day.find((r) => r.id === 'day-end:2026-03-05');
    expect(end?.eventAt).toBe(toInstant('2026-03-06', '01:00', Z));
    expect(end?.body).toBe(
      'Your last planned item ended at 01:00 (4 h 30 min planned). Time to log off.',
    );
    // A session laid over the Northlight block (17:00–18:30) adds no planned time: merged once.
    const northlight = {
      start: toInstant('2026-03-05', '17:00', Z),
      end: toInstant('2026-03-05', '18:30', Z),
    };
    const [first] = s.sessions;
    if (!first) throw new Error('the sample week has a session');
    const overlapping = {
      ...input(thu, 20 * HOUR),
      sessions: [...s.sessions, { ...first, id: 'over', ...northlight }],
    };
    const merged = upcomingReminders(overlapping, thu, 20 * HOUR);
    expect(merged.find((r) => r.id === 'day-end:2026-03-05')?.body).toBe(end?.body);
    const done = {
      ...input(thu, 20 * HOUR),
      sessions: s.sessions.map((x) => ({ ...x, status: 'done' as const })),
    };
    expect(upcomingReminders(done, thu, 20 * HOUR).some((r) => r.kind === 'session')).toBe(false);
  });
});
