/**
 * The write loop both sync paths use (sync-writes.ts), over a fake server: progress runs from
 * the given start to the total, each outcome lands in the records, which are saved once at the
 * end, and a request that throws stops the loop with the records saying what is known.
 */
import { describe, expect, it } from 'vitest';
import type { PublishedItem } from '../../../src/core/bridge/sync-contract';
import { newRecord, type SyncAction } from '../../../src/core/sync/planner';
import type { SyncRecord } from '../../../src/core/sync/sync-state';
import { SyncError } from '../../../src/main/sync/http';
import { emptySync, type StoredSync } from '../../../src/main/sync/sync-store';
import { runWrites, type SyncDeps } from '../../../src/main/sync/sync-writes';

const CAL = 'http://127.0.0.1:9/ana/cal/';

function item(n: number): PublishedItem {
  return { uid: `e${n}`, kind: 'session', ics: `BEGIN:VCALENDAR\r\nN:${n}\r\n`, end: null };
}

/** n new events: their records and the PUTs that create them. */
function creates(n: number): { records: SyncRecord[]; actions: SyncAction[] } {
  const items = Array.from({ length: n }, (_, i) => item(i));
  return {
    records: items.map((it) => newRecord(it, `/ana/cal/${it.uid}.ics`)),
    actions: items.map((it) => ({
      type: 'put',
      uid: it.uid,
      href: `/ana/cal/${it.uid}.ics`,
      ics: it.ics,
      ifMatch: null,
      hash: `h-${it.uid}`,
    })),
  };
}

/** Deps over a server that answers each PUT with `answer`, recording progress and saves. */
function fakeDeps(answer: (url: string) => Response) {
  const progress: [number, number][] = [];
  const saved: Partial<StoredSync>[] = [];
  const requests: string[] = [];
  const deps: SyncDeps = {
    conn: {
      serverUrl: CAL,
      fetch: async (input) => {
        const url = input instanceof Request ? input.url : String(input);
        requests.push(url);
        return answer(url);
      },
    },
    calendarUrl: CAL,
    useSyncCollection: false,
    state: emptySync,
    save: async (patch) => {
      saved.push(patch);
    },
    progress: (done, total) => progress.push([done, total]),
  };
  return { deps, progress, saved, requests };
}

const etagOf = (url: string): string => `"${url.replace(/^.*\/|\.ics$/g, '')}-1"`;

describe('runWrites', () => {
  it('reports progress from the given start, every 50 and at the end; saves once', async () => {
    const { records, actions } = creates(120);
    const { deps, progress, saved } = fakeDeps(
      (url) => new Response(null, { status: 201, headers: { etag: etagOf(url) } }),
    );
    const outcomes: boolean[] = [];
    const after = await runWrites(deps, actions, records, {
      done: 10,
      total: 130,
      onDone: (_action, outcome) => outcomes.push(outcome.ok),
    });
    expect(progress).toEqual([
      [10, 130],
      [50, 130],
      [100, 130],
      [130, 130],
    ]);
    expect(outcomes).toHaveLength(120);
    expect(after.every((r) => r.etag === `"${r.uid}-1"` && r.hash === `h-${r.uid}`)).toBe(true);
    expect(saved).toEqual([{ records: after }]);
  });

  it('a 412 is an outcome, not a failure: the record stays as it was', async () => {
    const { records, actions } = creates(3);
    const { deps } = fakeDeps((url) =>
      url.endsWith('/e1.ics')
        ? new Response(null, { status: 412 })
        : new Response(null, { status: 201, headers: { etag: etagOf(url) } }),
    );
    const refused: string[] = [];
    const after = await runWrites(deps, actions, records, {
      onDone: (action, outcome) => {
        if (!outcome.ok) refused.push(`${action.uid} ${outcome.status}`);
      },
    });
    expect(refused).toEqual(['e1 412']);
    expect(after.find((r) => r.uid === 'e1')).toEqual(records[1]);
    expect(after.filter((r) => r.etag !== null).map((r) => r.uid)).toEqual(['e0', 'e2']);
  });

  it('a thrown request stops the loop; what landed is saved, the rest left as it was', async () => {
    const { records, actions } = creates(40);
    const { deps, saved, requests } = fakeDeps((url) => {
      if (url.endsWith('/e2.ics')) throw new SyncError('network', 'The server cannot be reached.');
      return new Response(null, { status: 201, headers: { etag: etagOf(url) } });
    });
    await expect(runWrites(deps, actions, records)).rejects.toThrow(/cannot be reached/);
    expect(requests.length).toBeLessThan(actions.length);
    const kept = saved.at(-1)?.records ?? [];
    const sent = new Set(requests.map((url) => url.replace(/^.*\/|\.ics$/g, '')));
    for (const r of kept) {
      const landed = sent.has(r.uid) && r.uid !== 'e2';
      expect(r.etag).toBe(landed ? `"${r.uid}-1"` : null);
      expect(r.hash).toBe(landed ? `h-${r.uid}` : null);
    }
    expect(kept).toHaveLength(40);
  });

  it('a refusal other than 412 ends the run with the plain error', async () => {
    const { records, actions } = creates(2);
    const { deps } = fakeDeps(() => new Response(null, { status: 403 }));
    await expect(runWrites(deps, actions, records)).rejects.toMatchObject({ kind: 'forbidden' });
  });
});
