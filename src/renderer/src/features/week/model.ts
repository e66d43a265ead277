/**
 * Turns one week's plan (core planWeek) into what the grid draws: days with their real lengths,
 * blocks with home and client times, proposals and availability bands. Pure, so it is tested
 * without a browser.
 */
import { activeClients, activeCommitments } from '../../../../core/active-clients';
import { dstNotices, type DstNotice } from '../../../../core/dst-notices';
import { planWeek, type WeekInput, type WeekPlan } from '../../../../core/plan-week';
import { busyNotInPlan } from '../../../../core/sync/busy-in-plan';
import type {
  Client,
  Commitment,
  Instant,
  MicrotaskSession,
  Occurrence,
  Platform,
  Proposal,
  Settings,
  WorkRecord,
} from '../../../../core/types';
import { dayOf } from '../../../../core/time';
import { formatDuration, formatMoney, formatTime, formatWeekday, zoneCity } from '../../format';
import { busyBlocks, type GridBusy, type ShownBusy } from './busy-blocks';
import type { BlockOutcome, DayInfo, GridBand, GridBlock } from './grid-types';

/** The core's week input, with the clock always given and what the view hides. */
export type WeekModelInput = WeekInput & {
  now: Instant;
  hiddenBands: ReadonlySet<string>;
  dismissed: ReadonlySet<string>;
  /** Events of the worker's other calendars (calendar sync); none when absent. */
  busy?: readonly ShownBusy[];
};

export type WeekModel = {
  plan: WeekPlan;
  days: DayInfo[];
  blocks: GridBlock[];
  bands: GridBand[];
  bandClients: Client[];
  /** Busy time from other calendars, drawn grey behind the blocks. */
  busy: GridBusy[];
  proposals: Proposal[];
  /** The week's proposals the worker dismissed (the side panel can bring them back). */
  dismissedProposals: Proposal[];
  /** Recurring commitments whose home-clock time changes this week or next. */
  notices: DstNotice[];
};

type Overlappable = { id: string; start: Instant; end: Instant };

/** Ids of items that overlap another item (sweep over start-sorted items). */
function conflicting(items: readonly Overlappable[]): Set<string> {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const out = new Set<string>();
  let open: Overlappable[] = [];
  for (const item of sorted) {
    open = open.filter((o) => o.end > item.start);
    for (const o of open) {
      out.add(o.id);
      out.add(item.id);
    }
    open.push(item);
  }
  return out;
}

function times(start: Instant, end: Instant, zone: string, clock: '12h' | '24h'): string {
  return `${formatTime(start, zone, clock)}–${formatTime(end, zone, clock)}`;
}

/** The mark of an occurrence's work record, in words for its description. */
function occurrenceOutcome(record: WorkRecord | undefined): BlockOutcome | undefined {
  if (!record) return undefined;
  if (record.outcome === 'missed') return { kind: 'missed', text: 'Missed.' };
  const actual = record.actualMin === null ? '' : `, ${formatDuration(record.actualMin)} actually`;
  return { kind: 'done', text: `Done${actual}.` };
}

function sessionOutcome(s: MicrotaskSession): BlockOutcome | undefined {
  if (s.status !== 'done') return undefined;
  const actual = s.actualMin === null ? '' : `, ${formatDuration(s.actualMin)} actually`;
  return { kind: 'done', text: `Done${actual}.` };
}

function occurrenceBlock(
  o: Occurrence,
  client: Client | undefined,
  commitment: Commitment | undefined,
  settings: Settings,
  overlap: boolean,
  away: readonly string[],
  record: WorkRecord | undefined,
): GridBlock {
  const outcome = occurrenceOutcome(record);
  // Work on someone's time off is flagged like an overlap: it probably should not happen.
  const conflict = overlap || away.length > 0;
  const home = times(o.start, o.end, settings.homeZone, settings.clock);
  const clientTime = `${formatTime(o.start, o.wall.zone, settings.clock)} ${zoneCity(o.wall.zone)}`;
  const dst =
    o.resolution === 'gap'
      ? ` Starts ${o.shiftMin} min later than written: that time does not exist that day.`
      : o.resolution === 'ambiguous'
        ? ' That time happens twice that day; the first one is used.'
        : '';
  return {
    id: o.id,
    source: o.commitmentId,
    kind: 'commitment',
    start: o.start,
    end: o.end,
    title: o.title,
    lines: [home, clientTime],
    color: client?.color ?? '#64748b',
    conflict,
    // An occurrence of a series moves on its own ("this one"); the rest stay.
    movable: commitment !== undefined,
    locked: false,
    description: `${o.title} with ${client?.name ?? 'a client'}, ${home} your time, ${clientTime} time.${outcome ? ` ${outcome.text}` : ''}${overlap ? ' Overlaps other work.' : ''}${away.map((m) => ` ${m}`).join('')}${dst}`,
    ...(outcome ? { outcome } : {}),
  };
}

function sessionBlock(
  s: MicrotaskSession,
  platform: Platform | undefined,
  settings: Settings,
  conflict: boolean,
): GridBlock {
  const name = platform?.name ?? 'Microtasks';
  const home = times(s.start, s.end, settings.homeZone, settings.clock);
  const status = s.status === 'done' ? 'done' : s.locked ? 'locked' : 'planned';
  const outcome = sessionOutcome(s);
  return {
    id: s.id,
    source: s.id,
    kind: 'session',
    start: s.start,
    end: s.end,
    title: name,
    lines: [home, status],
    color: platform?.color ?? '#64748b',
    conflict,
    movable: s.status !== 'done',
    locked: s.locked,
    description: `${name} session, ${home} your time, ${outcome ? outcome.text.toLowerCase() : `${status}.`}${conflict ? ' Overlaps other work.' : ''}`,
    ...(outcome ? { outcome } : {}),
  };
}

/**
 * What names a proposal in its buttons' accessible names and in the dismissed list: platform,
 * day and home times ("MTurk, Tue 14:00–15:30"), unique within a week (one platform is never
 * proposed twice at once).
 */
export function proposalName(
  p: Proposal,
  platform: Platform | undefined,
  settings: Pick<Settings, 'homeZone' | 'clock'>,
): string {
  const day = formatWeekday(dayOf(p.start, settings.homeZone));
  const home = times(p.start, p.end, settings.homeZone, settings.clock);
  return `${platform?.name ?? 'Microtasks'}, ${day} ${home}`;
}

function proposalBlock(p: Proposal, platform: Platform | undefined, settings: Settings): GridBlock {
  const name = platform?.name ?? 'Microtasks';
  const home = times(p.start, p.end, settings.homeZone, settings.clock);
  return {
    id: p.id,
    source: p.platformId,
    kind: 'proposal',
    start: p.start,
    end: p.end,
    // Drawn dashed, and said "Proposed" in its details: no mark in the title to cut it.
    title: name,
    lines: [home, `≈ ${formatMoney(p.expectedEarnings, p.currency)}`],
    color: platform?.color ?? '#64748b',
    conflict: false,
    movable: false,
    locked: false,
    description: `Proposed ${name} session, ${home} your time: ${p.reason}`,
    name: proposalName(p, platform, settings),
  };
}

/** Builds the plan and the grid model for a week. */
export function buildWeekModel(input: WeekModelInput): WeekModel {
  const { settings } = input;
  const clientById = new Map(input.clients.map((c) => [c.id, c]));
  // An archived client's work is over: it is neither shown nor planned around (as in reminders).
  const active = activeCommitments(input.commitments, input.clients);
  // An invitation made a commitment is that commitment: drawn, planned and counted once.
  const busy = busyNotInPlan(input.busy ?? [], active, input.timeOff ?? []);
  const plan = planWeek({
    weekStart: input.weekStart,
    settings,
    clients: input.clients,
    commitments: active,
    platforms: input.platforms,
    sessions: input.sessions,
    now: input.now,
    timeOff: input.timeOff,
    busy,
    workRecords: input.workRecords,
  });
  const recordById = new Map((input.workRecords ?? []).map((r) => [r.id, r]));
  const inWeek = <T extends { start: Instant; end: Instant }>(x: T) =>
    x.end > plan.range.start && x.start < plan.range.end;
  const commitmentById = new Map(input.commitments.map((c) => [c.id, c]));
  const platformById = new Map(input.platforms.map((p) => [p.id, p]));
  const occurrences = plan.occurrences.filter(inWeek);
  const sessions = plan.sessions.filter(inWeek);
  const proposals: Proposal[] = [];
  const dismissedProposals: Proposal[] = [];
  for (const p of plan.proposals) {
    if (inWeek(p)) (input.dismissed.has(p.id) ? dismissedProposals : proposals).push(p);
  }
  const conflicts = conflicting([...occurrences, ...sessions]);
  const awayNotes = new Map<string, string[]>();
  for (const f of plan.timeOffFlags) {
    awayNotes.set(f.occurrenceId, [...(awayNotes.get(f.occurrenceId) ?? []), f.message]);
  }
  const blocks: GridBlock[] = [
    ...occurrences.map((o) =>
      occurrenceBlock(
        o,
        clientById.get(o.clientId),
        commitmentById.get(o.commitmentId),
        settings,
        conflicts.has(o.id),
        awayNotes.get(o.id) ?? [],
        recordById.get(o.id),
      ),
    ),
    ...sessions.map((s) =>
      sessionBlock(s, platformById.get(s.platformId), settings, conflicts.has(s.id)),
    ),
    ...proposals.map((p) => proposalBlock(p, platformById.get(p.platformId), settings)),
  ];
  const bandClients = activeClients(input.clients).filter((c) => c.availability.length > 0);
  const lanes = new Map(bandClients.map((c, i) => [c.id, i]));
  const bands: GridBand[] = plan.availability
    .filter((b) => !input.hiddenBands.has(b.clientId) && lanes.has(b.clientId))
    .map((b) => ({
      id: `${b.clientId}@${b.start}`,
      lane: lanes.get(b.clientId) ?? 0,
      start: b.start,
      end: b.end,
      color: clientById.get(b.clientId)?.color ?? '#64748b',
      name: clientById.get(b.clientId)?.name ?? 'Client',
      label: b.label,
    }));
  const days: DayInfo[] = plan.days.map((d) => ({
    date: d.day,
    start: d.start,
    end: d.end,
    hours: d.hours,
    today: input.now >= d.start && input.now < d.end,
  }));
  const notices = dstNotices(active, settings.homeZone, {
    start: plan.range.start,
    end: plan.range.end + 7 * 24 * 3_600_000,
  });
  const busyShown = busyBlocks(busy, plan.range, {
    zone: settings.homeZone,
    clock: settings.clock,
  });
  return {
    plan,
    days,
    blocks,
    bands,
    bandClients,
    busy: busyShown,
    proposals,
    dismissedProposals,
    notices,
  };
}
