/**
 * A simulated CalDAV collection and window for the planner's tests: the server keeps ETags and
 * answers If-Match / If-None-Match as RFC 4918 says, the window publishes items and applies or
 * refuses incoming changes. Edits carry unique tokens so a test can tell whether any edit made
 * on the server was overwritten before the window saw it.
 */
import type { IncomingChange, PublishedItem } from '../../../../src/core/bridge/sync-contract';
import {
  applyOutcome,
  acknowledge,
  choose,
  planSync,
  settleAcknowledged,
  type ActionOutcome,
  type SyncAction,
  type SyncPlan,
} from '../../../../src/core/sync/planner';
import type { SyncRecord } from '../../../../src/core/sync/sync-state';

export const COLLECTION = '/ana/hybrid-planner/';

/** An event's calendar object carrying a token in its SUMMARY. */
export function eventIcs(uid: string, token: string): string {
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:${uid}\r\nSUMMARY:${token}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
}

/** The token of an object written by eventIcs. */
export function tokenOf(ics: string): string {
  return /SUMMARY:([^\r\n]*)/.exec(ics)?.[1] ?? '';
}

export function uidOfIcs(ics: string): string {
  return /UID:([^\r\n]*)/.exec(ics)?.[1] ?? '';
}

export class FakeServer {
  readonly objects = new Map<string, { etag: string; ics: string }>();
  private counter = 0;
  /** Server-side edits (tokens) the window has not seen yet. */
  readonly unseen = new Set<string>();
  /** Overwrites of an unseen server edit: must stay empty. */
  readonly lost: string[] = [];
  /** When set, the next request fails like a dropped connection, after landing or not. */
  failNext: 'before' | 'after' | null = null;
  /** UIDs the app asked to DELETE, in order. */
  readonly deletes: string[] = [];

  private nextEtag(): string {
    this.counter += 1;
    return `"e${this.counter}"`;
  }

  listing(): Map<string, string> {
    return new Map([...this.objects].map(([href, o]) => [href, o.etag]));
  }

  /** Another client writes an object (a plain PUT without preconditions). */
  write(href: string, ics: string): void {
    this.objects.set(href, { etag: this.nextEtag(), ics });
    this.unseen.add(tokenOf(ics));
  }

  remove(href: string): void {
    const old = this.objects.get(href);
    if (old) this.objects.delete(href);
  }

  private overwrite(href: string): void {
    const old = this.objects.get(href);
    if (old && this.unseen.has(tokenOf(old.ics))) this.lost.push(tokenOf(old.ics));
  }

  run(action: SyncAction): ActionOutcome | 'network' {
    const fail = this.failNext;
    this.failNext = null;
    if (fail === 'before') return 'network';
    const current = this.objects.get(action.href);
    if (action.type === 'delete') this.deletes.push(action.uid);
    let outcome: ActionOutcome;
    if (action.type === 'put') {
      if (action.ifMatch === null && current) outcome = { ok: false, status: 412 };
      else if (action.ifMatch !== null && current?.etag !== action.ifMatch) {
        outcome = { ok: false, status: 412 };
      } else {
        this.overwrite(action.href);
        const etag = this.nextEtag();
        this.objects.set(action.href, { etag, ics: action.ics });
        outcome = { ok: true, etag };
      }
    } else if (!current) outcome = { ok: false, status: 404 };
    else if (current.etag !== action.ifMatch) outcome = { ok: false, status: 412 };
    else {
      this.overwrite(action.href);
      this.objects.delete(action.href);
      outcome = { ok: true, etag: null };
    }
    return fail === 'after' ? 'network' : outcome;
  }
}

/** The window: what it publishes, and how it answers incoming changes. */
export class FakeWindow {
  readonly desired = new Map<string, PublishedItem>();
  records: SyncRecord[] = [];
  /** The publish horizon: items that ended by it are left out of the desired set. */
  since: number | null = null;

  publish(): void {
    this.records = settleAcknowledged(this.records);
  }

  /** When the window's horizon passes `end`, the item ages out (an aged-out item is not deleted). */
  set(uid: string, token: string, end = this.desired.get(uid)?.end ?? null): void {
    this.desired.set(uid, { uid, kind: 'commitment', ics: eventIcs(uid, token), end });
  }

  /** Moves the horizon to `since`: what ended by it leaves the desired set; their UIDs. */
  age(since: number): string[] {
    this.since = Math.max(this.since ?? since, since);
    const gone = [...this.desired.values()].filter((d) => d.end !== null && d.end <= since);
    for (const d of gone) this.desired.delete(d.uid);
    return gone.map((d) => d.uid);
  }

  /** Applies an incoming change the way the app does: its own re-export, not the server's bytes. */
  apply(change: IncomingChange, server: FakeServer): void {
    if (change.change === 'deleted') this.desired.delete(change.uid);
    else {
      server.unseen.delete(tokenOf(change.ics));
      this.set(change.uid, `${tokenOf(change.ics)}+app`);
    }
  }
}

export type RoundOptions = {
  /** Apply incoming changes (true) or refuse them (false). */
  apply: boolean;
  /** Resolve every open conflict this way, or leave them open. */
  resolve: 'app' | 'server' | null;
};

/** One sync round: list, fetch what changed, decide, run the requests, answer the window. */
export function round(
  server: FakeServer,
  win: FakeWindow,
  options: RoundOptions,
): SyncPlan & { fetched: string[] } {
  let plan = planSync({
    desired: [...win.desired.values()],
    records: win.records,
    listing: server.listing(),
    data: new Map(),
    collectionPath: COLLECTION,
    since: win.since,
  });
  const fetched = plan.fetch;
  if (plan.fetch.length > 0) {
    const data = new Map(
      plan.fetch.flatMap((href) => {
        const o = server.objects.get(href);
        return o ? [[href, o] as const] : [];
      }),
    );
    plan = planSync({
      desired: [...win.desired.values()],
      records: win.records,
      listing: server.listing(),
      data,
      collectionPath: COLLECTION,
      since: win.since,
    });
  }
  let records = plan.records;
  for (const action of plan.actions) {
    const outcome = server.run(action);
    records = applyOutcome(
      records,
      action,
      outcome === 'network' ? { ok: false, status: 0 } : outcome,
    );
  }
  for (const conflict of plan.conflicts) {
    if (conflict.server !== null) server.unseen.delete(tokenOf(conflict.server));
    if (options.resolve) records = choose(records, conflict.uid, options.resolve);
  }
  win.records = records;
  if (plan.incoming.length > 0) {
    if (options.apply) for (const change of plan.incoming) win.apply(change, server);
    else
      for (const change of plan.incoming) {
        if (change.change === 'updated') server.unseen.delete(tokenOf(change.ics));
      }
    win.records = acknowledge(
      win.records,
      plan.incoming.map((c) => c.uid),
    );
    win.publish();
  }
  return { ...plan, fetched };
}

/** Rounds until the window's answers (and the worker's choices) have gone out. */
export function settle(server: FakeServer, win: FakeWindow, options: RoundOptions): SyncPlan {
  let plan = round(server, win, options);
  for (let i = 0; i < 4 && (plan.incoming.length > 0 || plan.conflicts.length > 0); i++) {
    if (plan.incoming.length === 0 && options.resolve === null) break;
    plan = round(server, win, options);
  }
  return plan;
}

/** Whether a plan has nothing to do. */
export function isQuiet(plan: SyncPlan): boolean {
  return plan.fetch.length === 0 && plan.actions.length === 0 && plan.incoming.length === 0;
}
