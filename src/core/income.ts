/**
 * Weekly income projection. Client work is the stable share (hourly × planned hours, or a
 * retainer's month share of its fee: monthly fee × 12/52). A retainer's included hours are not
 * prorated: they are used up per billing month, and its overage is counted there
 * (retainer.ts, shown with the month); microtasks
 * are the variable share (hours × the platform's expected rate, accepted sessions apart from
 * proposals). Amounts are never added across currencies: totals are grouped by currency (the
 * weekly target is measured in the worker's currency, income-total.ts).
 */
import { amountInHome } from './money';
import type {
  Client,
  ExchangeRate,
  MicrotaskSession,
  Occurrence,
  Platform,
  Proposal,
} from './types';
import { MINUTE } from './time';

/** A month is 52/12 weeks: the weekly share of a monthly amount. */
const WEEKS_PER_MONTH = 52 / 12;

export type IncomeInput = {
  clients: readonly Client[];
  platforms: readonly Platform[];
  /** Client work planned this week. */
  occurrences: readonly Occurrence[];
  /** Accepted sessions this week. */
  sessions: readonly MicrotaskSession[];
  proposals: readonly Proposal[];
};

export type ClientIncome = {
  clientId: string;
  name: string;
  currency: string;
  billing: 'hourly' | 'retainer';
  plannedMin: number;
  /** Retainer: the weekly share of the monthly fee (0 for hourly). */
  retainerBase: number;
  amount: number;
};

export type PlatformIncome = {
  platformId: string;
  name: string;
  currency: string;
  acceptedMin: number;
  /** Accepted sessions: actual earnings when done and recorded, expected otherwise. */
  acceptedAmount: number;
  proposedMin: number;
  proposedAmount: number;
};

export type CurrencyTotal = {
  currency: string;
  /** Client income (stable share). */
  client: number;
  microtaskAccepted: number;
  microtaskProposed: number;
  /** client + accepted microtasks. */
  planned: number;
  /** planned + proposals. */
  withProposals: number;
  stableShare: number;
  variableShare: number;
  /** Minutes of client work and accepted sessions paid in this currency. */
  workedMin: number;
  /** planned / worked hours (0 when nothing is worked). */
  effectiveHourly: number;
};

export type Income = {
  clients: ClientIncome[];
  platforms: PlatformIncome[];
  totals: CurrencyTotal[];
};

const round2 = (n: number): number => Math.round(n * 100) / 100;
const minutes = (a: { start: number; end: number }): number =>
  Math.max(0, a.end - a.start) / MINUTE;

function clientIncome(client: Client, plannedMin: number): ClientIncome {
  // Plain literals, no object spread: spreading then adding keys is slow in V8 on this hot path.
  const { id: clientId, name, currency } = client;
  const b = client.billing;
  if (b.kind === 'hourly') {
    const amount = round2((b.rate * plannedMin) / 60);
    return {
      clientId,
      name,
      currency,
      plannedMin,
      billing: 'hourly',
      retainerBase: 0,
      amount,
    };
  }
  // A week cannot tell whether its hours are past the month's included ones (that depends on
  // the rest of the month), so the week counts the fee's share and the month the overage.
  const retainerBase = round2(b.monthlyFee / WEEKS_PER_MONTH);
  return {
    clientId,
    name,
    currency,
    plannedMin,
    billing: 'retainer',
    retainerBase,
    amount: retainerBase,
  };
}

function clientIncomes(input: IncomeInput): ClientIncome[] {
  const planned = new Map<string, number>();
  for (const o of input.occurrences)
    planned.set(o.clientId, (planned.get(o.clientId) ?? 0) + minutes(o));
  return input.clients
    .filter((c) => planned.has(c.id) || (c.billing.kind === 'retainer' && !c.archived))
    .map((c) => clientIncome(c, planned.get(c.id) ?? 0));
}

function sessionAmount(s: MicrotaskSession, rate: number): number {
  if (s.status === 'done' && s.actualEarnings !== null) return s.actualEarnings;
  return (rate * minutes(s)) / 60;
}

function platformIncomes(input: IncomeInput): PlatformIncome[] {
  const byId = new Map<string, PlatformIncome>();
  const entry = (p: Platform): PlatformIncome => {
    let e = byId.get(p.id);
    if (!e) {
      e = {
        platformId: p.id,
        name: p.name,
        currency: p.currency,
        acceptedMin: 0,
        acceptedAmount: 0,
        proposedMin: 0,
        proposedAmount: 0,
      };
      byId.set(p.id, e);
    }
    return e;
  };
  const platforms = new Map(input.platforms.map((p) => [p.id, p]));
  for (const s of input.sessions) {
    const p = platforms.get(s.platformId);
    if (!p) continue;
    const e = entry(p);
    e.acceptedMin += minutes(s);
    e.acceptedAmount += sessionAmount(s, p.hourlyRate);
  }
  for (const pr of input.proposals) {
    const p = platforms.get(pr.platformId);
    if (!p) continue;
    const e = entry(p);
    e.proposedMin += minutes(pr);
    e.proposedAmount += pr.expectedEarnings;
  }
  const out = [...byId.values()];
  for (const e of out) {
    e.acceptedAmount = round2(e.acceptedAmount);
    e.proposedAmount = round2(e.proposedAmount);
  }
  return out;
}

function totalsByCurrency(clients: ClientIncome[], platforms: PlatformIncome[]): CurrencyTotal[] {
  const acc = new Map<string, { client: number; acc: number; prop: number; worked: number }>();
  const get = (cur: string): { client: number; acc: number; prop: number; worked: number } => {
    let t = acc.get(cur);
    if (!t) acc.set(cur, (t = { client: 0, acc: 0, prop: 0, worked: 0 }));
    return t;
  };
  for (const c of clients) {
    const t = get(c.currency);
    t.client += c.amount;
    t.worked += c.plannedMin;
  }
  for (const p of platforms) {
    const t = get(p.currency);
    t.acc += p.acceptedAmount;
    t.prop += p.proposedAmount;
    t.worked += p.acceptedMin;
  }
  return [...acc.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, t]) => {
      const planned = t.client + t.acc;
      return {
        currency,
        client: round2(t.client),
        microtaskAccepted: round2(t.acc),
        microtaskProposed: round2(t.prop),
        planned: round2(planned),
        withProposals: round2(planned + t.prop),
        stableShare: planned > 0 ? t.client / planned : 0,
        variableShare: planned > 0 ? t.acc / planned : 0,
        workedMin: t.worked,
        effectiveHourly: t.worked > 0 ? round2(planned / (t.worked / 60)) : 0,
      };
    });
}

/** Projects the week's income per client, per platform and per currency. */
export function projectIncome(input: IncomeInput): Income {
  const clients = clientIncomes(input);
  const platforms = platformIncomes(input);
  const totals = totalsByCurrency(clients, platforms);
  return { clients, platforms, totals };
}

/**
 * Client income (the stable share) in the worker's currency `home`: its own, and every other
 * currency converted at the worker's rates (a currency without one counts for nothing).
 */
export function clientIncomeIn(
  income: Income,
  home: string,
  rates: readonly ExchangeRate[] = [],
): number {
  let sum = 0;
  for (const t of income.totals) sum += amountInHome(t.client, t.currency, home, rates) ?? 0;
  return sum;
}
