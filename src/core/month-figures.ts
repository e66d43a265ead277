/**
 * The month picture: per client and per platform, hours planned and done and income expected
 * and earned, in their own currency and the worker's; the month's weeks as stable (client)
 * against variable (microtask) income; and twelve months of the stable share.
 *
 * "Expected" counts work as it stands: marked work at its actual minutes (missed work at none),
 * the rest as planned. "Earned" counts only work marked done. A client's work belongs to its
 * billing month in the client's zone (retainer.ts), a session to the worker's month. A retainer
 * earns its fee for the month plus overage past its included hours. Amounts in the worker's
 * currency come only from the worker's rates (money.ts): a currency without one is left out and
 * named. Pure: `today` is a parameter.
 */
import { activeClients, activeCommitments } from './active-clients';
import { indexWorkRecords } from './actuals';
import { money, sumByCurrency, totalIn, type ExchangeRate, type Money, type Total } from './money';
import {
  addTo,
  clientAmount,
  emptyTally,
  homeOf,
  inHome,
  monthSpan,
  shiftMonth,
  spanIndex,
  type Home,
  type Tally,
} from './month-tally';
import { expandCommitments } from './recurrence';
import { cachedDaySpan } from './day-spans';
import { retainerMonth, type RetainerMonth, type RetainerWork } from './retainer';
import { DAY, MINUTE, addDays, startOfWeek } from './time';
import type {
  CalendarDay,
  Client,
  Commitment,
  Instant,
  MicrotaskSession,
  Occurrence,
  Platform,
  Settings,
  WorkRecord,
} from './types';

/** How many months the stable-share trend covers, the shown month last. */
export const TREND_MONTHS = 12;

export type MonthInput = {
  /** 'yyyy-MM'. */
  month: string;
  settings: Settings;
  clients: readonly Client[];
  commitments: readonly Commitment[];
  platforms: readonly Platform[];
  sessions: readonly MicrotaskSession[];
  workRecords: readonly WorkRecord[];
  rates: readonly ExchangeRate[];
  today: CalendarDay;
};

/** One client's or platform's month. */
export type MonthRow = {
  id: string;
  name: string;
  kind: 'client' | 'platform';
  currency: string;
  plannedMin: number;
  doneMin: number;
  missedMin: number;
  expected: Money;
  earned: Money;
  /** In the worker's currency; null when its currency has no rate. */
  expectedHome: Money | null;
  earnedHome: Money | null;
  /** A retainer client's month against its included hours (null otherwise). */
  retainer: RetainerMonth | null;
};

/** One week of the month (worker's weeks), in the worker's currency. */
export type WeekBar = { weekStart: CalendarDay; stable: Money; variable: Money };

/** One month of the trend, in the worker's currency; share null when there is no income. */
export type TrendPoint = {
  month: string;
  stable: Money;
  variable: Money;
  stableShare: number | null;
};

export { shiftMonth } from './month-tally';

export type MonthFigures = {
  month: string;
  currency: string;
  clients: MonthRow[];
  platforms: MonthRow[];
  expected: Total;
  earned: Total;
  weeks: WeekBar[];
  trend: TrendPoint[];
};

/** Client work of the trend's months: tallies per client and month, and the shown month's work. */
function clientTallies(input: MonthInput, months: readonly string[], clients: readonly Client[]) {
  const first = months[0] ?? input.month;
  const last = months[months.length - 1] ?? input.month;
  // Two days of slack either side cover every zone's month boundary.
  const range = {
    start: monthSpan(first, 'UTC').start - 2 * DAY,
    end: monthSpan(last, 'UTC').end + 2 * DAY,
  };
  const byId = new Map(clients.map((c) => [c.id, c]));
  const occurrences = expandCommitments(
    activeCommitments(input.commitments, input.clients).filter((c) => byId.has(c.clientId)),
    range,
  );
  const records = indexWorkRecords(input.workRecords);
  const bounds = new Map<string, Instant[]>();
  const tallies = new Map<string, Tally[]>();
  const shown: { occurrence: Occurrence; record: WorkRecord | undefined }[] = [];
  for (const c of clients) {
    const spans = months.map((m) => monthSpan(m, c.zone));
    bounds.set(c.id, [...spans.map((s) => s.start), spans[spans.length - 1]?.end ?? 0]);
    tallies.set(c.id, months.map(emptyTally));
  }
  for (const o of occurrences) {
    const i = spanIndex(bounds.get(o.clientId) ?? [], o.start);
    if (i < 0) continue;
    const record = records.get(o.id);
    const tally = tallies.get(o.clientId)?.[i];
    if (tally) addTo(tally, (o.end - o.start) / MINUTE, record);
    if (i === months.length - 1) shown.push({ occurrence: o, record });
  }
  return { tallies, shown };
}

function sessionMinutes(s: MicrotaskSession): { planned: number; record: WorkRecord | undefined } {
  const planned = (s.end - s.start) / MINUTE;
  if (s.status !== 'done') return { planned, record: undefined };
  const record: WorkRecord = {
    id: s.id,
    commitmentId: '',
    outcome: 'done',
    actualMin: s.actualMin,
    createdAt: 0,
    updatedAt: 0,
  };
  return { planned, record };
}

/** What a session brings: its recorded earnings once done, else its worked minutes at the rate. */
function sessionAmount(
  s: MicrotaskSession,
  rate: number,
  currency: string,
  workedMin: number,
): Money {
  if (s.status === 'done' && s.actualEarnings !== null) return money(s.actualEarnings, currency);
  return money((rate * workedMin) / 60, currency);
}

/** Microtask sessions of the trend's months (worker's months), per platform and month. */
function platformTallies(input: MonthInput, months: readonly string[]) {
  const zone = input.settings.homeZone;
  const spans = months.map((m) => monthSpan(m, zone));
  const bounds = [...spans.map((s) => s.start), spans[spans.length - 1]?.end ?? 0];
  const platforms = new Map(input.platforms.map((p) => [p.id, p]));
  const tallies = new Map<string, { minutes: Tally; expected: Money[]; earned: Money[] }[]>();
  const shown: { session: MicrotaskSession; amount: Money }[] = [];
  for (const s of input.sessions) {
    const p = platforms.get(s.platformId);
    const i = spanIndex(bounds, s.start);
    if (!p || i < 0) continue;
    let list = tallies.get(p.id);
    if (!list)
      tallies.set(
        p.id,
        (list = months.map(() => ({ minutes: emptyTally(), expected: [], earned: [] }))),
      );
    const entry = list[i];
    if (!entry) continue;
    const { planned, record } = sessionMinutes(s);
    const worked = record ? (record.actualMin ?? planned) : planned;
    addTo(entry.minutes, planned, record);
    const amount = sessionAmount(s, p.hourlyRate, p.currency, worked);
    entry.expected.push(amount);
    if (record) entry.earned.push(amount);
    if (i === months.length - 1) shown.push({ session: s, amount });
  }
  return { tallies, shown };
}

const sum = (amounts: readonly Money[], currency: string): Money =>
  sumByCurrency(amounts)[0] ?? { minor: 0, currency };

/** The first days of the worker's weeks that hold a day of the month. */
function monthWeeks(month: string, settings: Settings): CalendarDay[] {
  const next = `${shiftMonth(month, 1)}-01`;
  const out: CalendarDay[] = [];
  for (
    let day = startOfWeek(`${month}-01`, settings.weekStart);
    day < next;
    day = addDays(day, 7)
  ) {
    out.push(day);
  }
  return out;
}

/** The month's figures (see the module comment). */
export function monthFigures(input: MonthInput): MonthFigures {
  const { settings } = input;
  const home: Home = { currency: settings.currency, rates: input.rates, today: input.today };
  const months = Array.from({ length: TREND_MONTHS }, (_, i) =>
    shiftMonth(input.month, i - TREND_MONTHS + 1),
  );
  const now = months.length - 1;
  const clients = activeClients(input.clients);
  const ct = clientTallies(input, months, clients);
  const pt = platformTallies(input, months);

  const clientRows: MonthRow[] = [];
  for (const c of clients) {
    const t = ct.tallies.get(c.id)?.[now] ?? emptyTally();
    if (t.planned === 0 && c.billing.kind !== 'retainer') continue;
    const expected = clientAmount(c, t.worked);
    const earned =
      t.done > 0 || c.billing.kind === 'retainer' ? clientAmount(c, t.done) : money(0, c.currency);
    clientRows.push({
      id: c.id,
      name: c.name,
      kind: 'client',
      currency: c.currency,
      plannedMin: t.planned,
      doneMin: t.done,
      missedMin: t.missed,
      expected,
      earned,
      expectedHome: homeOf(expected, home),
      earnedHome: homeOf(earned, home),
      retainer: c.billing.kind === 'retainer' ? retainerOf(c, input.month, ct.shown) : null,
    });
  }
  const platformRows: MonthRow[] = [];
  for (const p of input.platforms) {
    const entry = pt.tallies.get(p.id)?.[now];
    if (!entry) continue;
    const expected = sum(entry.expected, p.currency);
    const earned = sum(entry.earned, p.currency);
    platformRows.push({
      id: p.id,
      name: p.name,
      kind: 'platform',
      currency: p.currency,
      plannedMin: entry.minutes.planned,
      doneMin: entry.minutes.done,
      missedMin: entry.minutes.missed,
      expected,
      earned,
      expectedHome: homeOf(expected, home),
      earnedHome: homeOf(earned, home),
      retainer: null,
    });
  }
  const rows = [...clientRows, ...platformRows];
  return {
    month: input.month,
    currency: home.currency,
    clients: clientRows,
    platforms: platformRows,
    expected: totalIn(
      rows.map((r) => r.expected),
      home.currency,
      home.rates,
      home.today,
    ),
    earned: totalIn(
      rows.map((r) => r.earned),
      home.currency,
      home.rates,
      home.today,
    ),
    weeks: weekBars(input, clientRows, clients, ct.shown, pt.shown, home),
    trend: months.map((month, i) => {
      const stable = inHome(
        clients.flatMap((c) => {
          const t = ct.tallies.get(c.id)?.[i];
          return t && (t.planned > 0 || c.billing.kind === 'retainer')
            ? [clientAmount(c, t.worked)]
            : [];
        }),
        home,
      );
      const variable = inHome(
        [...pt.tallies.values()].flatMap((list) => list[i]?.expected ?? []),
        home,
      );
      const all = stable.minor + variable.minor;
      return { month, stable, variable, stableShare: all > 0 ? stable.minor / all : null };
    }),
  };
}

function retainerOf(
  client: Client,
  month: string,
  shown: readonly { occurrence: Occurrence; record: WorkRecord | undefined }[],
): RetainerMonth | null {
  const b = client.billing;
  if (b.kind !== 'retainer') return null;
  const work: RetainerWork[] = shown
    .filter((s) => s.occurrence.clientId === client.id)
    .map(({ occurrence: o, record }) => ({
      start: o.start,
      end: o.end,
      status: record ? record.outcome : 'planned',
      actualMin: record?.actualMin ?? null,
    }));
  return retainerMonth(b, client.currency, monthSpan(month, client.zone), work);
}

/**
 * The shown month's weeks: hourly client work by the week it falls in, a retainer's month spread
 * over the month's days (its fee is for the month, not for any one call), sessions by their week.
 */
function weekBars(
  input: MonthInput,
  rows: readonly MonthRow[],
  clients: readonly Client[],
  shownWork: readonly { occurrence: Occurrence; record: WorkRecord | undefined }[],
  shownSessions: readonly { session: MicrotaskSession; amount: Money }[],
  home: Home,
): WeekBar[] {
  const zone = input.settings.homeZone;
  const weeks = monthWeeks(input.month, input.settings);
  const month = monthSpan(input.month, zone);
  const last = weeks[weeks.length - 1] ?? `${input.month}-01`;
  const bounds = [...weeks, addDays(last, 7)].map((day) => cachedDaySpan(day, zone).start);
  const stable = weeks.map((): Money[] => []);
  const variable = weeks.map((): Money[] => []);
  const byId = new Map(clients.map((c) => [c.id, c]));
  const hourly = weeks.map(() => new Map<string, Tally>());
  for (const { occurrence: o, record } of shownWork) {
    const c = byId.get(o.clientId);
    const i = spanIndex(bounds, o.start);
    if (!c || c.billing.kind !== 'hourly' || i < 0) continue;
    const map = hourly[i];
    if (!map) continue;
    let t = map.get(c.id);
    if (!t) map.set(c.id, (t = emptyTally()));
    addTo(t, (o.end - o.start) / MINUTE, record);
  }
  hourly.forEach((map, i) => {
    for (const [id, t] of map) {
      const c = byId.get(id);
      if (c) stable[i]?.push(clientAmount(c, t.worked));
    }
  });
  const monthMs = month.end - month.start;
  for (const row of rows) {
    if (!row.retainer) continue;
    weeks.forEach((_, i) => {
      const from = Math.max(bounds[i] ?? 0, month.start);
      const to = Math.min(bounds[i + 1] ?? 0, month.end);
      if (to <= from) return;
      const minor = Math.round((row.expected.minor * (to - from)) / monthMs);
      stable[i]?.push({ minor, currency: row.currency });
    });
  }
  for (const { session, amount } of shownSessions) {
    const i = spanIndex(bounds, session.start);
    if (i >= 0) variable[i]?.push(amount);
  }
  return weeks.map((weekStart, i) => ({
    weekStart,
    stable: inHome(stable[i] ?? [], home),
    variable: inHome(variable[i] ?? [], home),
  }));
}
