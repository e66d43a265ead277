/**
 * Writes that fail or race: a full disk or a closed database comes back in words (never as a
 * rejection an editor cannot show), and a record another window changed is not overwritten by
 * an editor's stale copy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Client, MicrotaskSession, Platform } from '../../../src/core/types';
import {
  importCommitments,
  saveClient,
  saveCommitment,
  savePlatform,
  saveSettings,
  saveSessions,
  setPlatformEnabled,
  setSessionLocked,
  type WriteResult,
} from '../../../src/renderer/src/db/repo';
import { clientArb, commitmentArb, platformArb, settingsArb } from '../arbitraries';
import { dump, freshDb, seed } from './helpers';
import { WRITE_ERRORS, dbWithInjectedFailure, type Injection } from './inject';

const NOW = Date.UTC(2026, 10, 23, 2);
const LATER = NOW + 60_000;

function sample<T>(arb: fc.Arbitrary<T>, seedValue: number): T {
  const [value] = fc.sample(arb, { numRuns: 1, seed: seedValue });
  if (value === undefined) throw new Error('no sample');
  return value;
}

/** The editable part of a record, as an editor sends it. */
function draftOf<T extends { id: string; updatedAt: number }>(record: T) {
  const { id: _id, updatedAt: _u, ...rest } = record;
  const { createdAt: _c, ...draft } = { createdAt: 0, ...rest };
  return draft;
}

const client: Client = { ...sample(clientArb, 1), id: 'c1', createdAt: 0, updatedAt: NOW };
const platform: Platform = { ...sample(platformArb, 2), id: 'p1', createdAt: 0, updatedAt: NOW };
const commitment = { ...sample(commitmentArb(['c1']), 3), id: 'k1', createdAt: 0, updatedAt: NOW };
const settings = { ...sample(settingsArb, 4), updatedAt: NOW };
const data = {
  settings,
  clients: [client],
  commitments: [commitment],
  platforms: [platform],
  timeOff: [],
  workRecords: [],
};

/** Every editor's write, each over the record it loaded. */
const WRITES: Record<string, (db: ReturnType<typeof freshDb>) => Promise<WriteResult<unknown>>> = {
  client: (db) => saveClient(db, draftOf(client), LATER, { id: 'c1', loadedAt: NOW }),
  'new client': (db) => saveClient(db, draftOf(client), LATER),
  commitment: (db) => saveCommitment(db, draftOf(commitment), LATER, { id: 'k1', loadedAt: NOW }),
  platform: (db) => savePlatform(db, draftOf(platform), LATER, { id: 'p1', loadedAt: NOW }),
  'platform switch': (db) => setPlatformEnabled(db, 'p1', !platform.enabled, LATER),
  settings: (db) => saveSettings(db, draftOf(settings), LATER, { loadedAt: NOW }),
  import: (db) => importCommitments(db, [{ ...commitment, id: 'k2' }]),
};

describe('a write the storage refuses', () => {
  for (const [what, write] of Object.entries(WRITES)) {
    it(`${what}: a full disk is said in words and changes nothing`, async () => {
      for (const [errorName, error] of Object.entries(WRITE_ERRORS)) {
        const injection: Injection = { armed: false, failAt: 0, calls: 0, triggered: false, error };
        const db = dbWithInjectedFailure(injection);
        await seed(db, { ...data, sessions: [] });
        const before = await dump(db);
        injection.armed = true;
        const result = await write(db);
        injection.armed = false;
        expect(injection.triggered).toBe(true);
        expect(result).toMatchObject({
          ok: false,
          errors: {},
          problem: { reason: expect.any(String) },
        });
        if (errorName !== 'a plain error') {
          expect(result).toMatchObject({
            problem: {
              reason: 'quota',
              message: expect.stringMatching(/not enough storage space/),
            },
          });
        }
        expect(await dump(db)).toEqual(before);
        db.close();
      }
    });
  }

  it('a database closed by another window is said in words', async () => {
    const db = freshDb('closed');
    await seed(db, { ...data, sessions: [] });
    db.close();
    for (const write of Object.values(WRITES)) {
      expect(await write(db)).toMatchObject({
        ok: false,
        problem: { reason: 'closed', message: expect.stringMatching(/another window/) },
      });
    }
  });
});

describe('an editor saving over a record another window changed', () => {
  it('is refused with “changed in another window”, and the newer edit stays', async () => {
    const db = freshDb('conflict');
    await seed(db, { ...data, sessions: [] });
    const newer = { ...platform, name: 'Renamed elsewhere', updatedAt: NOW + 1 };
    await db.platforms.put(newer);
    const result = await savePlatform(db, { ...draftOf(platform), name: 'Stale' }, LATER, {
      id: 'p1',
      loadedAt: NOW,
    });
    expect(result).toMatchObject({
      ok: false,
      problem: { reason: 'conflict', message: expect.stringMatching(/changed in another window/) },
    });
    expect(await db.platforms.get('p1')).toEqual(newer);
  });

  it('overwrites when the user chooses to (no loaded stamp), keeping the record’s id', async () => {
    const db = freshDb('overwrite');
    await seed(db, { ...data, sessions: [] });
    await db.clients.put({ ...client, name: 'Renamed elsewhere', updatedAt: NOW + 1 });
    const result = await saveClient(db, { ...draftOf(client), name: 'Mine' }, LATER, { id: 'c1' });
    expect(result.ok).toBe(true);
    expect(await db.clients.get('c1')).toMatchObject({ name: 'Mine', updatedAt: LATER });
  });

  it('says when the record was deleted elsewhere; settings are checked the same way', async () => {
    const db = freshDb('deleted');
    await seed(db, { ...data, sessions: [] });
    await db.commitments.delete('k1');
    expect(
      await saveCommitment(db, draftOf(commitment), LATER, { id: 'k1', loadedAt: NOW }),
    ).toMatchObject({ ok: false, problem: { reason: 'conflict', message: /deleted in another/ } });
    expect(await db.commitments.get('k1')).toBeUndefined();
    await db.settings.put({ ...settings, updatedAt: NOW + 5 });
    expect(await saveSettings(db, draftOf(settings), LATER, { loadedAt: NOW })).toMatchObject({
      ok: false,
      problem: { reason: 'conflict' },
    });
  });
});

describe('change times', () => {
  it('move forward even within one clock tick, so a stale editor still sees the change', async () => {
    const db = freshDb('same-tick');
    await seed(db, { ...data, sessions: [] });
    const first = await saveClient(db, { ...draftOf(client), name: 'First' }, NOW, {
      id: 'c1',
      loadedAt: NOW,
    });
    expect(first).toMatchObject({ ok: true, value: { updatedAt: NOW + 1 } });
    const stale = await saveClient(db, { ...draftOf(client), name: 'Stale' }, NOW, {
      id: 'c1',
      loadedAt: NOW,
    });
    expect(stale).toMatchObject({ ok: false, problem: { reason: 'conflict' } });
    expect(await db.clients.get('c1')).toMatchObject({ name: 'First' });
  });
});

describe('the platform on/off switch', () => {
  it('changes only its field, keeping another window’s newer edit', async () => {
    const db = freshDb('toggle');
    await seed(db, { ...data, sessions: [] });
    const newer = { ...platform, name: 'Renamed elsewhere', hourlyRate: 99, updatedAt: NOW + 1 };
    await db.platforms.put(newer);
    const result = await setPlatformEnabled(db, 'p1', !platform.enabled, LATER);
    expect(result.ok).toBe(true);
    expect(await db.platforms.get('p1')).toEqual({
      ...newer,
      enabled: !platform.enabled,
      updatedAt: LATER,
    });
  });
});

const baseSession: MicrotaskSession = {
  id: 's1',
  platformId: 'p1',
  start: NOW + 86_400_000,
  end: NOW + 86_400_000 + 3_600_000,
  locked: false,
  status: 'planned',
  actualEarnings: null,
  actualMin: null,
  note: '',
  createdAt: 0,
  updatedAt: NOW,
};

describe('a session saved from a stale copy', () => {
  it('is refused as changed in another window; the move made there stays', async () => {
    const db = freshDb('stale-session');
    await seed(db, { ...data, sessions: [baseSession] });
    const moved = { ...baseSession, start: baseSession.start + 3_600_000, updatedAt: NOW + 1 };
    await db.sessions.put(moved);
    const { id, createdAt: _c, updatedAt: _u, ...rest } = baseSession;
    const draft = { ...rest, status: 'done' as const, actualEarnings: 4 };
    const stale = await saveSessions(db, [{ id, draft, loadedAt: NOW }], LATER);
    expect(stale).toMatchObject({ ok: false, problem: { reason: 'conflict' } });
    expect(await db.sessions.get('s1')).toEqual(moved);
    const fresh = await saveSessions(db, [{ id, draft, loadedAt: NOW + 1 }], LATER);
    expect(fresh.ok).toBe(true);
  });
});

describe('the session lock switch', () => {
  it('changes only its field, keeping a move made in another window', async () => {
    const db = freshDb('lock');
    const session = baseSession;
    await seed(db, { ...data, sessions: [session] });
    const moved = { ...session, start: session.start + 3_600_000, end: session.end + 3_600_000 };
    await db.sessions.put({ ...moved, updatedAt: NOW + 1 });
    const result = await setSessionLocked(db, session.id, true, LATER);
    expect(result.ok).toBe(true);
    expect(await db.sessions.get(session.id)).toEqual({ ...moved, locked: true, updatedAt: LATER });
  });

  it('says so when the session was removed in another window', async () => {
    const db = freshDb('lock-gone');
    await seed(db, { ...data, sessions: [] });
    const result = await setSessionLocked(db, 'nope', true, LATER);
    expect(result).toMatchObject({ ok: false, problem: { reason: 'conflict' } });
  });
});
