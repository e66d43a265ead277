import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  saveClient,
  saveCommitment,
  savePlatform,
  saveSessions,
  saveSettings,
} from '../../../src/renderer/src/db/repo';
import { clientArb, commitmentArb, platformArb, sessionArb, settingsArb } from '../arbitraries';
import { dump, freshDb } from './helpers';

const NOW = Date.UTC(2026, 10, 23, 2);

/** A record's editable part (what an editor sends): no id or time stamps. */
function draftOf<T extends { id: string; updatedAt: number }>(record: T) {
  const { id: _id, updatedAt: _updatedAt, ...rest } = record;
  const { createdAt: _createdAt, ...draft } = { createdAt: 0, ...rest };
  return draft;
}

describe('repo: every write is validated first', () => {
  it('stores valid records of every kind', async () => {
    const db = freshDb('repo');
    const [settings] = fc.sample(settingsArb, { numRuns: 1, seed: 1 });
    const [client] = fc.sample(clientArb, { numRuns: 1, seed: 2 });
    const [platform] = fc.sample(platformArb, { numRuns: 1, seed: 3 });
    if (!settings || !client || !platform) throw new Error('no samples');
    expect((await saveSettings(db, draftOf(settings), NOW)).ok).toBe(true);
    const savedClient = await saveClient(db, draftOf(client), NOW);
    const savedPlatform = await savePlatform(db, draftOf(platform), NOW);
    if (!savedClient.ok || !savedPlatform.ok) throw new Error('valid records refused');
    const [commitment] = fc.sample(commitmentArb([savedClient.value.id]), { numRuns: 1, seed: 4 });
    const [session] = fc.sample(sessionArb([savedPlatform.value.id]), { numRuns: 1, seed: 5 });
    if (!commitment || !session) throw new Error('no samples');
    expect((await saveCommitment(db, draftOf(commitment), NOW)).ok).toBe(true);
    expect((await saveSessions(db, [{ draft: draftOf(session) }], NOW)).ok).toBe(true);
    const after = await dump(db);
    expect(after.clients[0]).toEqual({
      ...draftOf(client),
      id: savedClient.value.id,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(after.commitments).toHaveLength(1);
    expect(after.sessions).toHaveLength(1);
  });

  it('refuses bad records with field errors and leaves the database unchanged', async () => {
    const db = freshDb('repo-bad');
    const [client] = fc.sample(clientArb, { numRuns: 1, seed: 6 });
    const [platform] = fc.sample(platformArb, { numRuns: 1, seed: 7 });
    if (!client || !platform) throw new Error('no samples');
    const saved = await saveClient(db, draftOf(client), NOW);
    const savedPlatform = await savePlatform(db, draftOf(platform), NOW);
    if (!saved.ok || !savedPlatform.ok) throw new Error('valid records refused');
    const before = await dump(db);

    const badClient = await saveClient(
      db,
      { ...draftOf(client), zone: 'Mars/Base', name: ' ' },
      NOW,
      saved.value.id,
    );
    expect(badClient).toMatchObject({
      ok: false,
      errors: {
        zone: expect.stringMatching(/“Mars\/Base” is not a time zone/),
        name: 'Name cannot be empty.',
      },
    });
    const [commitment] = fc.sample(commitmentArb(['no-such-client']), { numRuns: 1, seed: 8 });
    if (!commitment) throw new Error('no sample');
    expect(await saveCommitment(db, draftOf(commitment), NOW)).toMatchObject({
      ok: false,
      errors: { clientId: 'Pick a client for this commitment.' },
    });
    expect(
      await saveCommitment(
        db,
        { ...draftOf(commitment), clientId: saved.value.id, durationMin: 0 },
        NOW,
      ),
    ).toMatchObject({ ok: false });
    expect(
      await savePlatform(db, { ...draftOf(platform), minSessionMin: 90, maxSessionMin: 30 }, NOW),
    ).toMatchObject({ ok: false });
    expect(await saveSettings(db, { homeZone: 'UTC' }, NOW)).toMatchObject({ ok: false });
    // One bad session in a batch: none of the batch is stored.
    const [good, bad] = fc.sample(sessionArb([savedPlatform.value.id]), { numRuns: 2, seed: 9 });
    if (!good || !bad) throw new Error('no samples');
    expect(
      await saveSessions(
        db,
        [{ draft: draftOf(good) }, { draft: { ...draftOf(bad), end: bad.start } }],
        NOW,
      ),
    ).toMatchObject({
      ok: false,
      errors: { '1.end': 'The session ends before it starts.' },
    });
    expect(await dump(db)).toEqual(before);
  });

  it('any client draft with one field of the wrong type is refused and nothing is written', async () => {
    const db = freshDb('repo-prop');
    const before = await dump(db);
    await fc.assert(
      fc.asyncProperty(
        clientArb,
        fc.constantFrom(
          'name',
          'color',
          'zone',
          'availability',
          'billing',
          'currency',
          'notes',
          'archived',
        ),
        async (client, field) => {
          const draft: Record<string, unknown> = { ...draftOf(client) };
          draft[field] = typeof draft[field] === 'string' ? 7 : 'seven';
          const result = await saveClient(db, draft, NOW);
          expect(result.ok).toBe(false);
          if (!result.ok)
            expect(Object.keys(result.errors).some((k) => k.startsWith(field))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
    expect(await dump(db)).toEqual(before);
  });
});
