import { describe, expect, it } from 'vitest';
import { sampleWeek } from '../../../src/core/sample-week';
import { startImport } from '../../../src/renderer/src/features/calendar/import-start';
import { calendar, closed, kickoff, review } from './invitation-fixture';

const sample = sampleWeek({ weekStart: '2026-11-23', now: Date.UTC(2026, 10, 22) });
const HOME = sample.settings.homeZone;
const northlight = sample.clients.find((c) => c.name.startsWith('Northlight'));

const options = { homeZone: HOME, clients: sample.clients, name: 'Client invitations' };

describe('startImport', () => {
  it('ticks only the invitation’s own event, and suggests its client', () => {
    const start = startImport(calendar(review, kickoff), { ...options, onlyUid: 'kickoff@n' });
    if (!start.ok) throw new Error(start.error);
    expect(start.preview.events.map((e) => e.draft.icsUid)).toEqual(['review@n', 'kickoff@n']);
    expect([...start.chosen]).toEqual([1]);
    expect(start.clientId).toBe(northlight?.id);
    expect(start.suggested?.reason).toMatch(/northlight\.example/);
  });

  it('offers an all-day invitation as the client’s time off', () => {
    const start = startImport(calendar(closed), { ...options, onlyUid: 'closed@n' });
    expect(start).toMatchObject({ ok: true, offerChoices: ['client'] });
    expect(start.ok && start.chosen.size).toBe(0);
  });

  it('ticks every event of a file, leaves its time off to be said, and refuses a broken one', () => {
    const start = startImport(calendar(review, kickoff, closed), options);
    expect(start).toMatchObject({ ok: true, offerChoices: ['skip'] });
    expect(start.ok && [...start.chosen]).toEqual([0, 1]);
    expect(startImport('not a calendar', options)).toMatchObject({ ok: false });
  });
});
