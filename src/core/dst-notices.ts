/**
 * DST-shift notices: for the coming weeks, every recurring commitment whose time on the
 * worker's clock changes because its own zone or the home zone changes its UTC offset.
 *
 * A commitment keeps its wall time in its own zone (09:00 New York stays 09:00 New York), so
 * what moves is the home-clock time: by the difference of the two zones' offsets. That
 * difference changes on different dates when the zones follow different rules (US and EU are
 * two or three weeks apart; the southern hemisphere moves the other way), which is exactly when
 * people miss calls.
 */
import type { CalendarDay, ClockTime, Commitment, IanaZone, Instant, Interval } from './types';
import { clockToMinutes, dayOf, minutesToClock, offsetMinutes } from './time';
import { expandCommitment } from './recurrence';
import { formatDayShort, formatDuration, zoneCity } from './format';

export type DstNotice = {
  commitmentId: string;
  clientId: string;
  /** The first occurrence at the new home-clock time. */
  occurrenceId: string;
  /** Its day in the home zone. */
  effectiveDate: CalendarDay;
  effectiveAt: Instant;
  /** The commitment's own clock time and zone, which do not change. */
  clientTime: ClockTime;
  clientZone: IanaZone;
  /** The home-clock time before and after the change, 'HH:mm'. */
  beforeHome: ClockTime;
  afterHome: ClockTime;
  /** How the home day moves with it: -1 a day earlier, 1 a day later, 0 the same day. */
  dayShift: number;
  /** Minutes the home-clock time moves: negative is earlier. */
  shiftMin: number;
  /** The zone(s) whose offset changed: the home zone, the commitment's, or both. */
  changedZones: IanaZone[];
  message: string;
};

const KIND_NOUN: Record<Commitment['kind'], string> = {
  call: 'call',
  work: 'work block',
  deadline: 'deadline',
};

/** Offsets seen by one occurrence: the home clock shows the client time plus `delta`. */
type Offsets = { home: number; client: number; delta: number };

function offsetsAt(homeZone: IanaZone, zone: IanaZone, at: Instant): Offsets {
  const home = offsetMinutes(homeZone, at);
  const client = offsetMinutes(zone, at);
  return { home, client, delta: home - client };
}

/**
 * Every change of a recurring commitment's home-clock time within `range`, compared with how it
 * stands at the range's start, ordered by when it takes effect.
 */
export function dstNotices(
  commitments: readonly Commitment[],
  homeZone: IanaZone,
  range: Interval,
): DstNotice[] {
  const out: DstNotice[] = [];
  for (const c of commitments) {
    // A one-off happens once: there is no "before" on the home clock to compare with.
    if (c.recurrence.kind === 'once' || c.zone === homeZone) continue;
    for (const n of noticesFor(c, homeZone, range)) out.push(n);
  }
  return out.sort(
    (a, b) => a.effectiveAt - b.effectiveAt || (a.commitmentId < b.commitmentId ? -1 : 1),
  );
}

function noticesFor(c: Commitment, homeZone: IanaZone, range: Interval): DstNotice[] {
  const out: DstNotice[] = [];
  let prev = offsetsAt(homeZone, c.zone, range.start);
  for (const occ of expandCommitment(c, range)) {
    // A moved occurrence has its own explicit wall time; it says nothing about the rule's.
    if (occ.moved) continue;
    const now = offsetsAt(homeZone, c.zone, occ.start);
    if (now.delta !== prev.delta) {
      out.push(buildNotice(c, homeZone, occ.id, occ.start, prev, now));
    }
    prev = now;
  }
  return out;
}

function buildNotice(
  c: Commitment,
  homeZone: IanaZone,
  occurrenceId: string,
  at: Instant,
  before: Offsets,
  after: Offsets,
): DstNotice {
  // Compute both home times from the rule's clock time, not from the occurrence: an occurrence
  // shifted out of a DST gap would otherwise report the gap as well as the offset change.
  const clientMin = clockToMinutes(c.start);
  const beforeMin = clientMin + before.delta;
  const afterMin = clientMin + after.delta;
  const changedZones: IanaZone[] = [];
  if (before.home !== after.home) changedZones.push(homeZone);
  if (before.client !== after.client) changedZones.push(c.zone);
  const notice: Omit<DstNotice, 'message'> = {
    commitmentId: c.id,
    clientId: c.clientId,
    occurrenceId,
    effectiveDate: dayOf(at, homeZone),
    effectiveAt: at,
    clientTime: c.start,
    clientZone: c.zone,
    beforeHome: minutesToClock(mod1440(beforeMin)),
    afterHome: minutesToClock(mod1440(afterMin)),
    dayShift: Math.floor(afterMin / 1440) - Math.floor(beforeMin / 1440),
    shiftMin: afterMin - beforeMin,
    changedZones,
  };
  return { ...notice, message: noticeMessage(c, notice) };
}

function mod1440(minutes: number): number {
  return ((minutes % 1440) + 1440) % 1440;
}

/**
 * 'From Mon 30 Mar your 09:00 New York call "Standup" moves from 13:00 to 14:00 your time
 * (clocks change in London).'
 */
function noticeMessage(c: Commitment, n: Omit<DstNotice, 'message'>): string {
  const day =
    n.dayShift === 0
      ? ''
      : `, ${n.dayShift > 0 ? 'a day later' : 'a day earlier'} on your calendar`;
  const places = n.changedZones.map(zoneCity).join(' and ');
  const what = `${n.clientTime} ${zoneCity(c.zone)} ${KIND_NOUN[c.kind]} "${c.title}"`;
  return (
    `From ${formatDayShort(n.effectiveDate)} your ${what} moves from ${n.beforeHome} ` +
    `to ${n.afterHome} your time${day} (clocks change in ${places}).`
  );
}

/** The notices of one change of clocks: the same places, the same move on the home clock. */
export type DstNoticeGroup = {
  /** The zone(s) whose offset changed, as DstNotice.changedZones. */
  changedZones: IanaZone[];
  /** Minutes the home-clock time moves: negative is earlier. */
  shiftMin: number;
  /** The home day of the group's first moved occurrence. */
  from: CalendarDay;
  count: number;
  message: string;
};

/**
 * The notices in one line per change of clocks, first change first: 'Clocks change in New York:
 * 9 commitments move 1 h earlier on your clock, from Mon 9 Mar.' A week with clients in several
 * zones can have dozens of notices, which as a list push the week itself off the screen.
 * `notices` are in the order dstNotices gives them.
 */
export function groupDstNotices(notices: readonly DstNotice[]): DstNoticeGroup[] {
  // The notices come first change first (dstNotices), so a group's first notice is its earliest.
  const groups = new Map<string, Omit<DstNoticeGroup, 'message'>>();
  for (const n of notices) {
    const key = `${n.changedZones.join(' ')}|${n.shiftMin}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else {
      groups.set(key, {
        changedZones: n.changedZones,
        shiftMin: n.shiftMin,
        from: n.effectiveDate,
        count: 1,
      });
    }
  }
  return [...groups.values()].map((g) => ({ ...g, message: groupMessage(g) }));
}

function groupMessage(g: Omit<DstNoticeGroup, 'message'>): string {
  const places = g.changedZones.map(zoneCity).join(' and ');
  const what = g.count === 1 ? '1 commitment moves' : `${g.count} commitments move`;
  const way = g.shiftMin < 0 ? 'earlier' : 'later';
  return (
    `Clocks change in ${places}: ${what} ${formatDuration(Math.abs(g.shiftMin))} ${way} on ` +
    `your clock, from ${formatDayShort(g.from)}.`
  );
}
