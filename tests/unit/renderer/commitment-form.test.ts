import { describe, expect, it } from 'vitest';
import type { Client, Commitment } from '../../../src/core/types';
import { errorsOutside } from '../../../src/renderer/src/components/FormErrors';
import {
  COMMITMENT_FIELD_PATHS,
  checkCommitmentForm,
  commitmentPreview,
  commitmentToForm,
  formToCommitmentDraft,
  parseKind,
  selectableClients,
  toggleWeekday,
  type CommitmentContext,
  type CommitmentForm,
} from '../../../src/renderer/src/features/commitments/commitment-form';

function client(id: string, zone: string, archived = false): Client {
  return {
    id,
    name: id === 'ny' ? 'Acme' : 'Harbour',
    color: '#2563eb',
    zone,
    availability: [],
    billing: { kind: 'hourly', rate: 30 },
    currency: 'USD',
    notes: '',
    archived,
    createdAt: 0,
    updatedAt: 0,
  };
}

const ny = client('ny', 'America/New_York');
const sydney = client('syd', 'Australia/Sydney', true);
const clients = [sydney, ny];
const homeZone = 'Asia/Manila';
const today = '2026-03-09';

const stored: Commitment = {
  id: 'k1',
  clientId: 'ny',
  title: 'Stand-up',
  kind: 'work',
  // Written in Chicago time before the client moved: the commitment keeps its own zone.
  zone: 'America/Chicago',
  start: '08:30',
  durationMin: 45,
  recurrence: {
    kind: 'weekly',
    weekdays: [1, 3],
    interval: 2,
    startDate: '2026-03-02',
    endDate: '2026-06-29',
    count: 10,
  },
  skippedDates: ['2026-03-16', '2026-04-13'],
  moved: [
    {
      date: '2026-03-04',
      to: { date: '2026-03-05', time: '09:00', zone: 'America/Chicago' },
      durationMin: 45,
    },
  ],
  reminderLeadMin: 15,
  notes: 'Camera on',
  icsUid: 'uid-1@example.com',
  createdAt: 1,
  updatedAt: 2,
};

const context: CommitmentContext = { existing: null, clients, homeZone };

function newForm(patch: Partial<CommitmentForm> = {}): CommitmentForm {
  return { ...commitmentToForm(null, { clients, today }), ...patch };
}

function errorsOf(form: CommitmentForm, ctx = context): Record<string, string> {
  const checked = checkCommitmentForm(form, ctx);
  if (checked.ok) throw new Error('expected the form to be refused');
  return checked.errors;
}

describe('commitment form', () => {
  it('starts a weekly Monday 09:00 call of an hour today, for the first active client', () => {
    expect(newForm()).toMatchObject({
      clientId: 'ny',
      repeat: 'weekly',
      weekdays: [1],
      start: '09:00',
      duration: '60',
      startDate: today,
      lead: '',
    });
  });

  it('offers the active clients, and an archived one only to its own commitments', () => {
    expect(selectableClients(clients, null).map((c) => c.id)).toEqual(['ny']);
    const own = { ...stored, clientId: 'syd' };
    expect(selectableClients(clients, own).map((c) => c.id)).toEqual(['syd', 'ny']);
  });

  it('round-trips a stored series: zone, count, skips, moves, reminder and UID kept', () => {
    const ctx = { existing: stored, clients, homeZone };
    const checked = checkCommitmentForm(commitmentToForm(stored, { clients, today }), ctx);
    const { id: _id, createdAt: _c, updatedAt: _u, ...expected } = stored;
    expect(checked.ok && checked.value).toEqual(expected);
  });

  it('takes the new client’s zone when the commitment changes client', () => {
    const ctx = { existing: stored, clients, homeZone };
    const form = { ...commitmentToForm(stored, { clients, today }), clientId: 'syd' };
    expect(formToCommitmentDraft(form, ctx).zone).toBe('Australia/Sydney');
    expect(formToCommitmentDraft(newForm(), context).zone).toBe('America/New_York');
  });

  it('names a blank title after the client and the kind', () => {
    expect(formToCommitmentDraft(newForm(), context).title).toBe('Acme call');
    const work = newForm({ title: ' ', kind: parseKind('work') });
    expect(formToCommitmentDraft(work, context).title).toBe('Acme work block');
    expect(parseKind('party')).toBe('call');
  });

  it('saves a one-off on its date, and blank optional numbers as none', () => {
    const checked = checkCommitmentForm(newForm({ repeat: 'once', lead: ' ' }), context);
    expect(checked.ok && checked.value).toMatchObject({
      recurrence: { kind: 'once', date: today },
      reminderLeadMin: null,
    });
  });

  it('reports every invalid field at once: three bad fields, three messages', () => {
    const errors = errorsOf(newForm({ start: '25:00', duration: '', interval: '0' }));
    expect(Object.keys(errors).sort()).toEqual(['durationMin', 'recurrence.interval', 'start']);
    expect(errors.durationMin).toBe('Duration must be a number.');
  });

  it('says every skipped date that is not real in one message on the skip box', () => {
    const errors = errorsOf(newForm({ skipped: '2026-03-16, 2026-13-01 2026-02-30', start: 'x' }));
    expect(errors).toEqual({
      skippedDates: '2026-13-01, 2026-02-30 are not real dates (yyyy-mm-dd).',
      start: expect.any(String),
    });
    expect(errorsOf(newForm({ skipped: '2026-02-30' })).skippedDates).toBe(
      '2026-02-30 is not a real date (yyyy-mm-dd).',
    );
  });

  it('lists errors no field shows, such as a corrupt moved occurrence', () => {
    const broken: Commitment = {
      ...stored,
      moved: [
        {
          date: 'soon',
          to: { date: '2026-03-05', time: '09:00', zone: 'America/Chicago' },
          durationMin: 45,
        },
      ],
    };
    const ctx = { existing: broken, clients, homeZone };
    const errors = errorsOf(commitmentToForm(broken, { clients, today }), ctx);
    expect(errorsOutside(errors, COMMITMENT_FIELD_PATHS)).toEqual([
      'Original date must be a real date (yyyy-mm-dd).',
    ]);
  });

  it('toggles weekdays and keeps them in order', () => {
    expect(toggleWeekday([1, 5], 3)).toEqual([1, 3, 5]);
    expect(toggleWeekday([1, 3, 5], 3)).toEqual([1, 5]);
  });
});

describe('commitment preview', () => {
  const options = { homeZone, clock: '24h' as const };

  it('shows the start in the home zone and the repeat in words', () => {
    const draft = formToCommitmentDraft(newForm({ startDate: '2026-03-09' }), context);
    const preview = commitmentPreview(draft, null, [], options);
    // 09:00 in New York on Monday 9 March (EDT since the 8th) is 21:00 in Manila.
    expect(preview.home).toMatch(/^= 21:00 Manila time/);
    expect(preview.summary).not.toBe('');
  });

  it('is empty until the draft has a time, a date and a weekday', () => {
    const blank = { home: undefined, summary: '', dst: [], overlaps: [] };
    for (const patch of [{ start: '9' }, { startDate: '' }, { weekdays: [] }, { duration: '0' }]) {
      const draft = formToCommitmentDraft(newForm(patch), context);
      expect(commitmentPreview(draft, null, [], options)).toEqual(blank);
    }
  });

  it('flags an overlap with another commitment', () => {
    const other: Commitment = {
      ...stored,
      id: 'k2',
      title: 'Board call',
      zone: 'America/New_York',
      start: '09:30',
      recurrence: {
        kind: 'weekly',
        weekdays: [1],
        interval: 1,
        startDate: '2026-03-02',
        endDate: null,
        count: null,
      },
      skippedDates: [],
      moved: [],
    };
    const draft = formToCommitmentDraft(newForm(), context);
    expect(commitmentPreview(draft, null, [other], options).overlaps[0]).toMatch(
      /^“Board call” on /,
    );
  });
});
