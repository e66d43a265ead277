/** Small builders shared by the planner tests (not a test file itself). */
import { platformFromPreset } from '../../../src/core/defaults';
import { MINUTE, toInstant } from '../../../src/core/time';
import type {
  Client,
  Commitment,
  Interval,
  MicrotaskSession,
  Occurrence,
  Platform,
  WorkRecord,
} from '../../../src/core/types';

/** A one-off occurrence at a home-zone wall time. */
export function occ(
  id: string,
  day: string,
  time: string,
  durationMin: number,
  zone: string,
  title = id,
): Occurrence {
  const start = toInstant(day, time, zone);
  return {
    id: `${id}@${day}`,
    commitmentId: id,
    clientId: 'c1',
    title,
    kind: 'work',
    originalDate: day,
    wall: { date: day, time, zone },
    start,
    end: start + durationMin * MINUTE,
    resolution: 'exact',
    shiftMin: 0,
    moved: false,
    reminderLeadMin: null,
  };
}

/** An accepted session. */
export function session(
  id: string,
  platformId: string,
  start: number,
  end: number,
  locked = false,
): MicrotaskSession {
  return {
    id,
    platformId,
    start,
    end,
    locked,
    status: 'planned',
    actualEarnings: null,
    actualMin: null,
    note: '',
    createdAt: 0,
    updatedAt: 0,
  };
}

/** A platform from a preset with overrides. */
export function platform(id: string, overrides: Partial<Platform> = {}): Platform {
  return { ...platformFromPreset('mturk', { id, now: 0 }), ...overrides };
}

/** True when two half-open intervals overlap. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The runs of work where the gaps are shorter than `gapMs`, as spans. */
export function runs(items: readonly Interval[], gapMs: number): Interval[] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const it of sorted) {
    const last = out[out.length - 1];
    if (last && it.start - last.end < gapMs) last.end = Math.max(last.end, it.end);
    else out.push({ start: it.start, end: it.end });
  }
  return out;
}

/** A client billed by `billing` in `zone`, paid in USD unless told otherwise. */
export function clientFixture(id: string, zone: string, over: Partial<Client> = {}): Client {
  return {
    id,
    name: id,
    color: '#000000',
    zone,
    availability: [],
    billing: { kind: 'hourly', rate: 30 },
    currency: 'USD',
    notes: '',
    archived: false,
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}

/** A commitment with nothing skipped or moved; the rule, zone and times are the caller's. */
export function commitmentFixture(
  over: Pick<Commitment, 'id' | 'clientId' | 'zone' | 'start' | 'durationMin' | 'recurrence'> &
    Partial<Commitment>,
): Commitment {
  return {
    title: over.id,
    kind: 'work',
    skippedDates: [],
    moved: [],
    reminderLeadMin: null,
    notes: '',
    icsUid: null,
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}

/** A client (hourly, $20, Manila) with overrides. */
export function client(patch: Partial<Client> & { id: string }): Client {
  return clientFixture(patch.id, 'Asia/Manila', {
    color: '#336699',
    billing: { kind: 'hourly', rate: 20 },
    ...patch,
  });
}

/** A one-off commitment of client `c1` on `date` at 08:00 Manila, with overrides. */
export function commitment(patch: Partial<Commitment> & { id: string; date?: string }): Commitment {
  const { date = '2026-03-02', ...rest } = patch;
  return commitmentFixture({
    clientId: 'c1',
    zone: 'Asia/Manila',
    start: '08:00',
    durationMin: 60,
    recurrence: { kind: 'once', date },
    ...rest,
  });
}

/** What became of occurrence `id` (`${commitmentId}@${date}`). */
export function workRecord(
  id: string,
  outcome: WorkRecord['outcome'],
  actualMin: number | null = null,
): WorkRecord {
  return {
    id,
    commitmentId: id.split('@')[0] ?? id,
    outcome,
    actualMin,
    createdAt: 0,
    updatedAt: 0,
  };
}
