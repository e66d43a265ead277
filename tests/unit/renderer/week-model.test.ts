import { describe, expect, it } from 'vitest';
import { sampleWeek, type SampleWeek } from '../../../src/core/sample-week';
import { toInstant } from '../../../src/core/time';
import type { Commitment, MicrotaskSession } from '../../../src/core/types';
import { buildWeekModel, type WeekModelInput } from '../../../src/renderer/src/features/week/model';

const HOME = 'Asia/Manila';
const WEEK = '2026-11-23';
const NOW = toInstant('2026-11-25', '10:00', HOME);
const sample = sampleWeek({ weekStart: WEEK, now: NOW });

function input(patch: Partial<WeekModelInput> = {}, data: SampleWeek = sample): WeekModelInput {
  return {
    weekStart: data.weekStart,
    settings: data.settings,
    clients: data.clients,
    commitments: data.commitments,
    platforms: data.platforms,
    sessions: data.sessions,
    timeOff: [],
    hiddenBands: new Set(),
    dismissed: new Set(),
    now: data.now,
    ...patch,
  };
}

/** The digits of a formatted time line: '22:00–22:30' → '22002230' in any Latin-digit locale. */
function digits(text: string | undefined): string {
  return (text ?? '').replace(/\D/g, '');
}

function oneOff(patch: Partial<Commitment> & { id: string }): Commitment {
  return {
    clientId: 'sample-northlight',
    title: 'Extra call',
    kind: 'call',
    zone: HOME,
    start: '22:15',
    durationMin: 30,
    recurrence: { kind: 'once', date: '2026-11-23' },
    skippedDates: [],
    moved: [],
    reminderLeadMin: null,
    notes: '',
    icsUid: null,
    createdAt: NOW,
    updatedAt: NOW,
    ...patch,
  };
}

describe('buildWeekModel on the Manila sample week of 23 Nov 2026', () => {
  const model = buildWeekModel(input());
  const block = (id: string) => model.blocks.find((b) => b.id === id);

  it('has the seven Manila days of the week, 24 h each, with today marked', () => {
    expect(model.days.map((d) => d.date)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(model.days.map((d) => d.hours)).toEqual([24, 24, 24, 24, 24, 24, 24]);
    expect(model.days.map((d) => d.today)).toEqual([
      false,
      false,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('shows a New York call at its Manila time with the New York time beside it', () => {
    const call = block('sample-acme-checkin@2026-11-23');
    expect(call).toMatchObject({
      kind: 'commitment',
      start: toInstant('2026-11-23', '09:00', 'America/New_York'),
      title: 'Acme check-in call',
      color: '#d9480f',
    });
    // 09:00 EST (UTC−5) is 22:00 in Manila (UTC+8).
    expect(digits(call?.lines[0])).toBe('22002230');
    expect(call?.lines[1]).toContain('New York');
    expect(digits(call?.lines[1])).toBe('0900');
    expect(call?.description).toContain('Acme Goods (New York)');
  });

  it('shows a Sydney block that starts on the Manila morning with its Sydney time', () => {
    // 12:00 AEDT (UTC+11) is 09:00 in Manila.
    const admin = block('sample-harbour-admin@2026-11-23');
    expect(digits(admin?.lines[0])).toBe('09001100');
    expect(admin?.lines[1]).toContain('Sydney');
    expect(digits(admin?.lines[1])).toBe('1200');
  });

  it('has every commitment occurrence of the week and the locked session, nothing outside it', () => {
    const commitments = model.blocks.filter((b) => b.kind === 'commitment');
    // Acme 3 + 2, Northlight 4 + 1, Harbour 3 + 1.
    expect(commitments).toHaveLength(14);
    const first = model.days[0]?.start ?? 0;
    const last = model.days[6]?.end ?? 0;
    for (const b of model.blocks) {
      expect(b.end).toBeGreaterThan(first);
      expect(b.start).toBeLessThan(last);
    }
    expect(block('sample-session-thu')).toMatchObject({ kind: 'session', locked: true });
  });

  it('names what each block comes from: its commitment, its session or its platform', () => {
    for (const b of model.blocks.filter((x) => x.kind === 'commitment')) {
      expect(b.id.startsWith(`${b.source}@`), b.id).toBe(true);
    }
    expect(block('sample-session-thu')?.source).toBe('sample-session-thu');
    const platformOf = new Map(model.proposals.map((p) => [p.id, p.platformId]));
    for (const b of model.blocks.filter((x) => x.kind === 'proposal')) {
      expect(b.source, b.id).toBe(platformOf.get(b.id));
    }
  });

  it('flags nothing as a conflict when nothing overlaps', () => {
    expect(model.blocks.filter((b) => b.conflict)).toEqual([]);
  });

  it('lets occurrences of recurring commitments (one at a time) and unfinished sessions move', () => {
    // Issue 13: an occurrence of a series is dragged on its own ("this one").
    for (const b of model.blocks.filter((x) => x.kind === 'commitment')) {
      expect(b.movable, b.id).toBe(true);
    }
    expect(block('sample-session-thu')?.movable).toBe(true);
    for (const p of model.blocks.filter((x) => x.kind === 'proposal')) {
      expect(p.movable, p.id).toBe(false);
    }
  });

  it('proposes microtask sessions and shows them as blocks', () => {
    expect(model.proposals.length).toBeGreaterThan(0);
    expect(model.blocks.filter((b) => b.kind === 'proposal').map((b) => b.id)).toEqual(
      model.proposals.map((p) => p.id),
    );
  });

  it('draws availability bands for every active client, each in its own lane', () => {
    expect(model.bandClients.map((c) => c.id)).toEqual([
      'sample-acme',
      'sample-northlight',
      'sample-harbour',
    ]);
    const lanes = new Map<string, Set<number>>();
    for (const band of model.bands) {
      const client = band.id.slice(0, band.id.indexOf('@'));
      lanes.set(client, (lanes.get(client) ?? new Set()).add(band.lane));
    }
    expect(lanes).toEqual(
      new Map([
        ['sample-acme', new Set([0])],
        ['sample-northlight', new Set([1])],
        ['sample-harbour', new Set([2])],
      ]),
    );
  });
});

describe('buildWeekModel reacting to the user', () => {
  it('drops the commitments, bands and notices of an archived client', () => {
    const clients = sample.clients.map((c) =>
      c.id === 'sample-acme' ? { ...c, archived: true } : c,
    );
    const model = buildWeekModel(input({ clients }));
    expect(model.blocks.filter((b) => b.id.startsWith('sample-acme'))).toEqual([]);
    expect(model.plan.occurrences.filter((o) => o.clientId === 'sample-acme')).toEqual([]);
    expect(model.bandClients.map((c) => c.id)).not.toContain('sample-acme');
    expect(model.bands.filter((b) => b.id.startsWith('sample-acme@'))).toEqual([]);
    // The other clients' work is still there.
    expect(model.blocks.some((b) => b.id.startsWith('sample-northlight-social@'))).toBe(true);
  });

  it('hides the bands of a client the user hid, and keeps the other clients in their lanes', () => {
    const all = buildWeekModel(input());
    const model = buildWeekModel(input({ hiddenBands: new Set(['sample-northlight']) }));
    expect(model.bands.filter((b) => b.id.startsWith('sample-northlight@'))).toEqual([]);
    expect(model.bands).toEqual(all.bands.filter((b) => !b.id.startsWith('sample-northlight@')));
    expect(model.bands.length).toBeGreaterThan(0);
  });

  it('removes a dismissed proposal and keeps the rest', () => {
    const all = buildWeekModel(input());
    const gone = all.proposals[0]?.id ?? 'none';
    const model = buildWeekModel(input({ dismissed: new Set([gone]) }));
    expect(model.proposals.map((p) => p.id)).not.toContain(gone);
    expect(model.blocks.map((b) => b.id)).not.toContain(gone);
    expect(model.proposals.length).toBeGreaterThan(0);
    // …and lists it as dismissed, for the side panel to bring back.
    expect(model.dismissedProposals.map((p) => p.id)).toEqual([gone]);
  });

  it('names each proposal by platform, day and time, uniquely within the week', () => {
    const model = buildWeekModel(input());
    const names = model.blocks.filter((b) => b.kind === 'proposal').map((b) => b.name);
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names)
      expect(name).toMatch(/^\S.*, (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d:\d\d–\d\d:\d\d$/);
  });

  it('flags both of two overlapping commitments as a conflict, and only them', () => {
    // 22:15–22:45 Manila on Monday overlaps the 22:00–22:30 Acme call.
    const extra = oneOff({ id: 'extra' });
    const model = buildWeekModel(input({ commitments: [...sample.commitments, extra] }));
    const flagged = model.blocks.filter((b) => b.conflict).map((b) => b.id);
    expect(flagged.sort()).toEqual(['extra@2026-11-23', 'sample-acme-checkin@2026-11-23']);
    expect(model.blocks.find((b) => b.id === 'extra@2026-11-23')?.description).toContain(
      'Overlaps other work',
    );
  });

  it('does not flag back-to-back commitments', () => {
    const extra = oneOff({ id: 'extra', start: '22:30' });
    const model = buildWeekModel(input({ commitments: [...sample.commitments, extra] }));
    expect(model.blocks.filter((b) => b.conflict)).toEqual([]);
  });

  it('flags a session that overlaps a commitment', () => {
    const session: MicrotaskSession = {
      ...(sample.sessions[0] as MicrotaskSession),
      id: 'clash',
      start: toInstant('2026-11-23', '17:30', HOME),
      end: toInstant('2026-11-23', '18:00', HOME),
      locked: false,
    };
    const model = buildWeekModel(input({ sessions: [...sample.sessions, session] }));
    const flagged = model.blocks.filter((b) => b.conflict).map((b) => b.id);
    expect(flagged.sort()).toEqual(['clash', 'sample-northlight-social@2026-11-23']);
  });

  it('lets a one-off commitment move but not a session marked done', () => {
    const extra = oneOff({
      id: 'extra',
      start: '14:00',
      recurrence: { kind: 'once', date: '2026-11-27' },
    });
    const done: MicrotaskSession = {
      ...(sample.sessions[0] as MicrotaskSession),
      status: 'done',
      actualEarnings: 9,
    };
    const model = buildWeekModel(
      input({ commitments: [...sample.commitments, extra], sessions: [done] }),
    );
    expect(model.blocks.find((b) => b.id === 'extra@2026-11-27')?.movable).toBe(true);
    expect(model.blocks.find((b) => b.id === done.id)).toMatchObject({ movable: false });
  });
});

describe('buildWeekModel DST notices (New York seen from Manila; US clocks change 8 Mar 2026)', () => {
  const march = sampleWeek({ weekStart: '2026-02-23', now: Date.UTC(2026, 1, 22) });
  const noticesFor = (weekStart: string) =>
    buildWeekModel(input({ weekStart }, march)).notices.filter((n) => n.clientId === 'sample-acme');

  it('warns in the week of 2 Mar that the Monday call moves an hour earlier from 9 Mar', () => {
    const notices = noticesFor('2026-03-02');
    const call = notices.find((n) => n.commitmentId === 'sample-acme-checkin');
    expect(call).toMatchObject({
      effectiveDate: '2026-03-09',
      clientTime: '09:00',
      clientZone: 'America/New_York',
      beforeHome: '22:00',
      afterHome: '21:00',
    });
    expect(notices.map((n) => n.commitmentId).sort()).toEqual([
      'sample-acme-checkin',
      'sample-acme-orders',
    ]);
  });

  it('says nothing two weeks ahead (week of 23 Feb) or once the change has happened (week of 16 Mar)', () => {
    expect(noticesFor('2026-02-23')).toEqual([]);
    expect(noticesFor('2026-03-16')).toEqual([]);
  });

  it('says nothing for an archived client', () => {
    const clients = march.clients.map((c) =>
      c.id === 'sample-acme' ? { ...c, archived: true } : c,
    );
    const model = buildWeekModel(input({ weekStart: '2026-03-02', clients }, march));
    expect(model.notices.filter((n) => n.clientId === 'sample-acme')).toEqual([]);
  });
});

describe('buildWeekModel: time off', () => {
  it('flags work with a client on their day away and drops that day’s band', () => {
    const holiday = {
      id: 'off-1',
      owner: { kind: 'client' as const, clientId: 'sample-harbour' },
      startDate: '2026-11-24',
      endDate: '2026-11-24',
      label: 'Show day',
      icsUid: null,
      createdAt: 0,
      updatedAt: 0,
    };
    const plain = buildWeekModel(input());
    const model = buildWeekModel(input({ timeOff: [holiday] }));
    const call = model.blocks.find((b) => b.id === 'sample-harbour-call@2026-11-24');
    expect(plain.blocks.find((b) => b.id === call?.id)?.conflict).toBe(false);
    expect(call?.conflict).toBe(true);
    expect(call?.description).toContain('Harbour Coaching (Sydney) is away on Tue 24 Nov');
    expect(model.bands.length).toBeLessThan(plain.bands.length);
  });
});
