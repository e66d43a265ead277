/** The work items the burnout rules read, made from a week's plan. */
import type {
  BusyTime,
  MicrotaskSession,
  Occurrence,
  Platform,
  Proposal,
  WorkItem,
} from '../types';

/** A busy event that counts as work, as the burnout rules read it. */
function externalItem(b: BusyTime): WorkItem {
  return {
    id: b.id,
    source: 'external',
    start: b.start,
    end: b.end,
    clientId: null,
    platformId: null,
    label: b.title,
  };
}

/**
 * What the burnout rules read: the work as done (client work, sessions), the proposals, and the
 * busy events of other calendars that count as work.
 */
export function burnoutItems(
  occ: readonly Occurrence[],
  sessions: readonly MicrotaskSession[],
  proposals: readonly Proposal[],
  platforms: readonly Platform[],
  busy: readonly BusyTime[],
): WorkItem[] {
  const names = new Map(platforms.map((p) => [p.id, p.name]));
  const fromSession = (
    s: MicrotaskSession | Proposal,
    source: 'session' | 'proposal',
  ): WorkItem => ({
    id: s.id,
    source,
    start: s.start,
    end: s.end,
    clientId: null,
    platformId: s.platformId,
    label: names.get(s.platformId) ?? 'microtasks',
  });
  return [
    ...occ.map((o): WorkItem => ({
      id: o.id,
      source: 'commitment',
      start: o.start,
      end: o.end,
      clientId: o.clientId,
      platformId: null,
      label: o.title,
    })),
    ...sessions.map((s) => fromSession(s, 'session')),
    ...proposals.map((p) => fromSession(p, 'proposal')),
    ...busy.filter((b) => b.countsAsWork).map(externalItem),
  ];
}
