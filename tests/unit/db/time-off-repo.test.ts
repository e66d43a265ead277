import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deleteClient, replaceTimeOff, saveClient } from '../../../src/renderer/src/db/repo';
import type { TimeOffOwner } from '../../../src/core/types';
import { clientArb } from '../arbitraries';
import { dump, freshDb } from './helpers';

const NOW = Date.UTC(2026, 10, 23, 2);

async function withClient() {
  const db = freshDb('time-off');
  const [client] = fc.sample(clientArb, { numRuns: 1, seed: 7 });
  if (!client) throw new Error('no sample');
  const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = client;
  const saved = await saveClient(db, draft, NOW);
  if (!saved.ok) throw new Error('client refused');
  const owner: TimeOffOwner = { kind: 'client', clientId: saved.value.id };
  return { db, owner };
}

const day = (startDate: string, endDate = startDate, label = '') => ({
  startDate,
  endDate,
  label,
  icsUid: null,
});

describe('replaceTimeOff', () => {
  it('stores an owner’s list, and replaces it whole on the next save', async () => {
    const { db, owner } = await withClient();
    const first = await replaceTimeOff(
      db,
      owner,
      [{ draft: { owner, ...day('2026-12-24', '2026-12-26', 'Christmas') } }],
      NOW,
    );
    if (!first.ok) throw new Error('refused');
    const [christmas] = first.value;
    await replaceTimeOff(
      db,
      { kind: 'worker' },
      [{ draft: { owner: { kind: 'worker' }, ...day('2026-12-31') } }],
      NOW,
    );
    const second = await replaceTimeOff(
      db,
      owner,
      [
        { id: christmas?.id, draft: { owner, ...day('2026-12-24', '2026-12-26', 'Christmas') } },
        { draft: { owner, ...day('2027-01-01') } },
      ],
      NOW + 1,
    );
    expect(second.ok).toBe(true);
    const stored = (await dump(db)).timeOff;
    expect(stored).toHaveLength(3);
    // The unchanged range keeps its stamp; the worker's day off is not touched.
    expect(stored.find((t) => t.id === christmas?.id)?.updatedAt).toBe(NOW);
    expect(stored.filter((t) => t.owner.kind === 'worker')).toHaveLength(1);
    await replaceTimeOff(db, owner, [], NOW + 2);
    expect((await dump(db)).timeOff.map((t) => t.owner.kind)).toEqual(['worker']);
  });

  it('writes nothing when one entry is invalid, and reports every bad entry at once', async () => {
    const { db, owner } = await withClient();
    const result = await replaceTimeOff(
      db,
      owner,
      [
        { draft: { owner, ...day('2026-12-24') } },
        { draft: { owner, ...day('2026-12-26', '2026-12-20') } },
        { draft: { owner, ...day('tomorrow') } },
      ],
      NOW,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        '1.endDate': 'Last day cannot be before the first day.',
        '2.startDate': 'First day must be a real date (yyyy-mm-dd).',
        '2.endDate': 'Last day must be a real date (yyyy-mm-dd).',
      },
    });
    expect((await dump(db)).timeOff).toEqual([]);
  });

  it('refuses time off for a client that is not there', async () => {
    const { db } = await withClient();
    const ghost: TimeOffOwner = { kind: 'client', clientId: 'ghost' };
    const result = await replaceTimeOff(
      db,
      ghost,
      [{ draft: { owner: ghost, ...day('2026-12-24') } }],
      NOW,
    );
    expect(result.ok).toBe(false);
  });
});

describe('deleteClient', () => {
  it('takes the client’s time off with it and leaves the worker’s', async () => {
    const { db, owner } = await withClient();
    await replaceTimeOff(db, owner, [{ draft: { owner, ...day('2026-12-24') } }], NOW);
    await replaceTimeOff(
      db,
      { kind: 'worker' },
      [{ draft: { owner: { kind: 'worker' }, ...day('2026-12-31') } }],
      NOW,
    );
    if (owner.kind !== 'client') throw new Error('client owner expected');
    await deleteClient(db, owner.clientId);
    expect((await dump(db)).timeOff.map((t) => t.owner)).toEqual([{ kind: 'worker' }]);
  });
});
