import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSync } from '../../../../src/core/sync/planner';
import { contentHash, objectName, summaryOf } from '../../../../src/core/sync/sync-state';
import {
  COLLECTION,
  eventIcs,
  FakeServer,
  FakeWindow,
  isQuiet,
  round,
  settle,
  tokenOf,
  uidOfIcs,
} from './sync-sim';

const APPLY = { apply: true, resolve: null } as const;

function setup(): { server: FakeServer; win: FakeWindow } {
  return { server: new FakeServer(), win: new FakeWindow() };
}

const href = (uid: string): string => COLLECTION + objectName(uid);

describe('planSync, step by step', () => {
  it('first publish: If-None-Match PUTs, then a no-op', () => {
    const { server, win } = setup();
    win.set('a@hp', 'A1');
    win.set('b@hp', 'B1');
    const first = round(server, win, APPLY);
    expect(first.actions.map((a) => [a.type, a.href, a.type === 'put' && a.ifMatch])).toEqual([
      ['put', href('a@hp'), null],
      ['put', href('b@hp'), null],
    ]);
    expect(server.objects.size).toBe(2);
    const again = round(server, win, APPLY);
    expect(isQuiet(again)).toBe(true);
  });

  it('an edit PUTs with If-Match the agreed ETag; a deletion DELETEs with If-Match', () => {
    const { server, win } = setup();
    win.set('a@hp', 'A1');
    win.set('b@hp', 'B1');
    round(server, win, APPLY);
    const etagA = server.objects.get(href('a@hp'))?.etag;
    const etagB = server.objects.get(href('b@hp'))?.etag;
    win.set('a@hp', 'A2');
    win.desired.delete('b@hp');
    const plan = round(server, win, APPLY);
    expect(plan.actions).toEqual([
      expect.objectContaining({ type: 'put', href: href('a@hp'), ifMatch: etagA }),
      expect.objectContaining({ type: 'delete', href: href('b@hp'), ifMatch: etagB }),
    ]);
    expect([...server.objects.keys()]).toEqual([href('a@hp')]);
    expect(win.records.map((r) => r.uid)).toEqual(['a@hp']);
  });

  it('an edit on the server comes back as incoming, once, and the app’s answer goes out', () => {
    const { server, win } = setup();
    win.set('a@hp', 'A1');
    round(server, win, APPLY);
    server.write(href('a@hp'), eventIcs('a@hp', 'moved on the phone'));
    const plan = round(server, win, APPLY);
    expect(plan.fetched).toEqual([href('a@hp')]);
    expect(plan.incoming).toEqual([
      {
        uid: 'a@hp',
        kind: 'commitment',
        change: 'updated',
        ics: eventIcs('a@hp', 'moved on the phone'),
      },
    ]);
    expect(plan.actions).toEqual([]);
    // The window re-exported the applied change: that version becomes the agreed one.
    const next = round(server, win, APPLY);
    expect(next.incoming).toEqual([]);
    expect(tokenOf(server.objects.get(href('a@hp'))?.ics ?? '')).toBe('moved on the phone+app');
    expect(isQuiet(round(server, win, APPLY))).toBe(true);
    expect(server.lost).toEqual([]);
  });

  it('waits for the window before answering an incoming change, however long it takes', () => {
    const { server, win } = setup();
    win.set('a@hp', 'A1');
    round(server, win, APPLY);
    server.write(href('a@hp'), eventIcs('a@hp', 'phone'));
    const records = win.records;
    const plan = planSync({
      desired: [...win.desired.values()],
      records,
      listing: server.listing(),
      data: new Map([[href('a@hp'), server.objects.get(href('a@hp')) ?? { etag: '', ics: '' }]]),
      collectionPath: COLLECTION,
    });
    expect(plan.incoming).toHaveLength(1);
    // The window has not answered: the old desired set must not overwrite the phone's edit.
    const waiting = planSync({
      desired: [...win.desired.values()],
      records: plan.records,
      listing: server.listing(),
      data: new Map(),
      collectionPath: COLLECTION,
    });
    expect(waiting.actions).toEqual([]);
    expect(waiting.incoming).toEqual([]);
  });

  it('a deletion on the server comes back as a deleted incoming change', () => {
    const { server, win } = setup();
    win.set('s@hp', 'S1');
    round(server, win, APPLY);
    server.remove(href('s@hp'));
    const plan = round(server, win, APPLY);
    expect(plan.incoming).toEqual([{ uid: 's@hp', kind: 'commitment', change: 'deleted' }]);
    expect(win.desired.has('s@hp')).toBe(false);
    expect(isQuiet(round(server, win, APPLY))).toBe(true);
    expect(win.records).toEqual([]);
  });

  it('both sides edited: a conflict with both versions; keeping the app’s sends it', () => {
    const { server, win } = setup();
    win.set('a@hp', 'A1');
    round(server, win, APPLY);
    server.write(href('a@hp'), eventIcs('a@hp', 'server edit'));
    win.set('a@hp', 'app edit');
    const plan = round(server, win, { apply: true, resolve: null });
    expect(plan.conflicts).toEqual([
      {
        uid: 'a@hp',
        kind: 'commitment',
        summary: 'app edit',
        app: eventIcs('a@hp', 'app edit'),
        server: eventIcs('a@hp', 'server edit'),
      },
    ]);
    expect(plan.actions).toEqual([]);
    // Unresolved, it stays listed and nothing is sent.
    const still = round(server, win, { apply: true, resolve: 'app' });
    expect(still.conflicts).toHaveLength(1);
    const serverEtag = server.objects.get(href('a@hp'))?.etag;
    const resolved = round(server, win, APPLY);
    expect(resolved.actions).toEqual([
      expect.objectContaining({ type: 'put', ifMatch: serverEtag }),
    ]);
    expect(tokenOf(server.objects.get(href('a@hp'))?.ics ?? '')).toBe('app edit');
    expect(isQuiet(round(server, win, APPLY))).toBe(true);
  });

  it('keeping the server’s version hands it to the window as incoming', () => {
    const { server, win } = setup();
    win.set('a@hp', 'A1');
    round(server, win, APPLY);
    server.write(href('a@hp'), eventIcs('a@hp', 'server edit'));
    win.desired.delete('a@hp');
    round(server, win, { apply: true, resolve: 'server' });
    const plan = round(server, win, APPLY);
    expect(plan.incoming).toEqual([expect.objectContaining({ uid: 'a@hp', change: 'updated' })]);
    expect(tokenOf(win.desired.get('a@hp')?.ics ?? '')).toBe('server edit+app');
  });

  it('leaves objects it never published alone and never reports them', () => {
    const { server, win } = setup();
    server.write(`${COLLECTION}phone-made.ics`, eventIcs('phone@x', 'lunch'));
    win.set('a@hp', 'A1');
    const plan = round(server, win, APPLY);
    expect(plan.fetch).toEqual([]);
    expect(plan.incoming).toEqual([]);
    expect(plan.actions.map((a) => a.href)).toEqual([href('a@hp')]);
    expect(server.objects.has(`${COLLECTION}phone-made.ics`)).toBe(true);
  });

  it('adopts an object a lost response left on the server instead of writing it twice', () => {
    const { server, win } = setup();
    win.set('a@hp', 'A1');
    server.failNext = 'after';
    round(server, win, APPLY);
    expect(server.objects.size).toBe(1);
    const retry = round(server, win, APPLY);
    expect(retry.actions).toEqual([]);
    expect(retry.conflicts).toEqual([]);
    expect(isQuiet(round(server, win, APPLY))).toBe(true);
  });

  it('an item that aged out stays on the server as it is and is forgotten, with no DELETE', () => {
    const { server, win } = setup();
    win.set('past@hp', 'P1', 1_000);
    win.set('later@hp', 'L1', 5_000);
    win.set('series@hp', 'S1', null);
    round(server, win, APPLY);
    const before = server.objects.get(href('past@hp'));
    expect(win.age(2_000)).toEqual(['past@hp']);
    const plan = round(server, win, APPLY);
    expect(plan.actions).toEqual([]);
    expect(server.objects.get(href('past@hp'))).toEqual(before);
    expect(win.records.map((r) => r.uid).sort()).toEqual(['later@hp', 'series@hp']);
    expect(isQuiet(round(server, win, APPLY))).toBe(true);
    // An edit made on the server afterwards is no longer the app's to bring back.
    server.write(href('past@hp'), eventIcs('past@hp', 'edited on the phone'));
    const after = round(server, win, APPLY);
    expect(isQuiet(after)).toBe(true);
    expect(after.conflicts).toEqual([]);
    expect(server.deletes).toEqual([]);
  });

  it('still deletes what the worker deleted, a series, or what has not ended by the horizon', () => {
    const { server, win } = setup();
    win.set('later@hp', 'L1', 5_000);
    win.set('series@hp', 'S1', null);
    round(server, win, APPLY);
    win.age(2_000);
    win.desired.delete('later@hp');
    win.desired.delete('series@hp');
    const plan = round(server, win, APPLY);
    expect(plan.actions.map((a) => [a.type, a.uid])).toEqual([
      ['delete', 'later@hp'],
      ['delete', 'series@hp'],
    ]);
    expect(server.objects.size).toBe(0);
  });

  it('without a horizon nothing ages out: an item that left the set is deleted', () => {
    const { server, win } = setup();
    win.set('past@hp', 'P1', 1_000);
    round(server, win, APPLY);
    win.desired.delete('past@hp');
    expect(round(server, win, APPLY).actions).toEqual([
      expect.objectContaining({ type: 'delete', uid: 'past@hp' }),
    ]);
  });

  it('names objects safely and reads titles', () => {
    expect(objectName('abc@hybrid-planner')).toBe('abc@hybrid-planner.ics');
    expect(objectName('a/b?c')).toMatch(/^a_b_c-[0-9a-f]{14}\.ics$/);
    expect(objectName('a/b?c')).not.toBe(objectName('a_b_c'));
    expect(summaryOf('BEGIN:VEVENT\r\nSUMMARY:Call\\, NY\r\n  team\r\nEND:VEVENT')).toBe(
      'Call, NY team',
    );
    expect(contentHash('a\r\nb')).toBe(contentHash('a\nb'));
    expect(contentHash('a')).not.toBe(contentHash('b'));
  });
});

type Op =
  | { op: 'local-set'; uid: number }
  | { op: 'local-delete'; uid: number }
  | { op: 'server-set'; uid: number }
  | { op: 'server-delete'; uid: number }
  | { op: 'fail'; when: 'before' | 'after' }
  | { op: 'age'; back: number }
  | { op: 'sync'; apply: boolean; resolve: 'app' | 'server' | null };

const UIDS = 4;
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('local-set' as const), uid: fc.nat(UIDS - 1) }),
  fc.record({ op: fc.constant('local-delete' as const), uid: fc.nat(UIDS - 1) }),
  fc.record({ op: fc.constant('server-set' as const), uid: fc.nat(UIDS - 1) }),
  fc.record({ op: fc.constant('server-delete' as const), uid: fc.nat(UIDS - 1) }),
  fc.record({
    op: fc.constant('fail' as const),
    when: fc.constantFrom('before' as const, 'after' as const),
  }),
  fc.record({ op: fc.constant('age' as const), back: fc.nat(12) }),
  fc.record({
    op: fc.constant('sync' as const),
    apply: fc.boolean(),
    resolve: fc.constantFrom('app' as const, 'server' as const, null),
  }),
);

describe('planSync, any sequence of edits on both sides', () => {
  it('never loses an unseen edit, never duplicates a UID, converges, then does nothing', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const { server, win } = setup();
        // Items end at the step they were last set (odd UIDs are series, which never end).
        const ends = new Map<string, number[]>();
        const aged = new Set<string>();
        let n = 0;
        for (const o of ops) {
          n += 1;
          const uid = 'uid' in o ? `u${o.uid}@hp` : '';
          if (o.op === 'local-set') {
            const end = 'uid' in o && o.uid % 2 === 1 ? null : n;
            win.set(uid, `L${n}`, end);
            if (end !== null) ends.set(uid, [...(ends.get(uid) ?? []), end]);
            aged.delete(uid);
          } else if (o.op === 'local-delete') win.desired.delete(uid);
          else if (o.op === 'age') for (const gone of win.age(n - o.back)) aged.add(gone);
          else if (o.op === 'server-set') {
            // Another device edits only what the app published (it reads the shared calendar).
            if (server.objects.has(href(uid))) server.write(href(uid), eventIcs(uid, `S${n}`));
          } else if (o.op === 'server-delete') server.remove(href(uid));
          else if (o.op === 'fail') server.failNext = o.when;
          else {
            const failing = server.failNext !== null;
            settle(server, win, o);
            // What only aged out is never deleted from the server.
            expect(server.deletes.filter((u) => aged.has(u))).toEqual([]);
            server.deletes.length = 0;
            // Syncing again after any applied plan (and the window's answers) does nothing.
            if (!failing)
              expect(isQuiet(round(server, win, { apply: o.apply, resolve: null }))).toBe(true);
          }
        }
        // Quiesce: the worker answers every conflict and the window applies what comes in.
        for (let i = 0; i < 6; i++) round(server, win, { apply: true, resolve: 'app' });
        const last = round(server, win, APPLY);
        expect(isQuiet(last)).toBe(true);
        expect(last.conflicts).toEqual([]);
        expect(server.lost).toEqual([]);
        // Converged: the server holds exactly the app's items, one object per UID, and besides
        // them only events that had ended by the horizon (retired, left as they were).
        const uids = [...server.objects.values()].map((o) => uidOfIcs(o.ics));
        expect(new Set(uids).size).toBe(uids.length);
        const onServer = new Map(
          [...server.objects.values()].map((o) => [uidOfIcs(o.ics), o.ics] as const),
        );
        const past = (uid: string): boolean =>
          !win.desired.has(uid) && (ends.get(uid) ?? []).some((e) => e <= (win.since ?? -1));
        for (const uid of [...onServer.keys()].filter(past)) onServer.delete(uid);
        expect(onServer).toEqual(new Map([...win.desired.values()].map((d) => [d.uid, d.ics])));
        for (const uid of aged) expect(server.deletes).not.toContain(uid);
      }),
      { numRuns: 400 },
    );
  });
});
