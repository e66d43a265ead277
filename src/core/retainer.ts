/**
 * Retainer months: a retainer's included hours are used up per billing month, and the billing
 * month is the client's calendar month in the client's zone (a call at 23:30 on 31 March in New
 * York is March's, though it is 1 April in Manila). Work done counts its actual minutes, missed
 * work counts nothing, work not yet marked counts as planned.
 */
import { money, type Money } from './money';
import { expandCommitments } from './recurrence';
import { MINUTE, dayOf, startOfDay } from './time';
import type {
  CalendarDay,
  Client,
  Commitment,
  IanaZone,
  Instant,
  Occurrence,
  OccurrenceStatus,
} from './types';

/** A billing month: 'yyyy-MM' and its instants [start, end) in the client's zone. */
export type BillingMonth = { month: string; start: Instant; end: Instant };

/** A piece of retainer work as planned, and what became of it. */
export type RetainerWork = {
  start: Instant;
  end: Instant;
  status: OccurrenceStatus;
  /** Minutes actually worked, when marked done with them (else the planned length). */
  actualMin: number | null;
};

export type RetainerTerms = { monthlyFee: number; includedHours: number; overageRate: number };

/** One retainer client's month: hours against the included hours, and the overage. */
export type RetainerMonth = BillingMonth & {
  includedMin: number;
  doneMin: number;
  plannedMin: number;
  missedMin: number;
  /** Done and planned together, past the included minutes (0 when within). */
  overageMin: number;
  fee: Money;
  overageAmount: Money;
  /** True when what is done and planned goes over the included hours. */
  over: boolean;
};

const firstOfMonth = (month: string): CalendarDay => `${month}-01`;

function nextMonth(month: string): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The billing month 'yyyy-MM' in `zone`. */
export function billingMonth(month: string, zone: IanaZone): BillingMonth {
  return {
    month,
    start: startOfDay(firstOfMonth(month), zone),
    end: startOfDay(firstOfMonth(nextMonth(month)), zone),
  };
}

/** The billing month an instant falls in, in `zone`. */
export function billingMonthOf(instant: Instant, zone: IanaZone): BillingMonth {
  return billingMonth(dayOf(instant, zone).slice(0, 7), zone);
}

const lengthMin = (w: RetainerWork) => Math.round((w.end - w.start) / MINUTE);

/** The month of a retainer: work is the client's, attributed to the month it starts in. */
export function retainerMonth(
  terms: RetainerTerms,
  currency: string,
  month: BillingMonth,
  work: readonly RetainerWork[],
): RetainerMonth {
  let doneMin = 0;
  let plannedMin = 0;
  let missedMin = 0;
  for (const w of work) {
    if (w.start < month.start || w.start >= month.end) continue;
    if (w.status === 'done') doneMin += w.actualMin ?? lengthMin(w);
    else if (w.status === 'missed') missedMin += lengthMin(w);
    else plannedMin += lengthMin(w);
  }
  const includedMin = Math.round(terms.includedHours * 60);
  const overageMin = Math.max(0, doneMin + plannedMin - includedMin);
  return {
    ...month,
    includedMin,
    doneMin,
    plannedMin,
    missedMin,
    overageMin,
    fee: money(terms.monthlyFee, currency),
    overageAmount: money((terms.overageRate * overageMin) / 60, currency),
    over: overageMin > 0,
  };
}

/** A retainer client's billing month, named for the lists that show it. */
export type ClientRetainerMonth = RetainerMonth & { clientId: string; name: string };

/** What became of an occurrence, once marked (undefined: not marked, it counts as planned). */
export type WorkMark = (
  occurrence: Occurrence,
) => Pick<RetainerWork, 'status' | 'actualMin'> | undefined;

/**
 * The billing month that contains `now` for every active retainer client: its commitments
 * expanded over that month only (in the client's zone, 4–6 weeks), against the included hours.
 */
export function retainerMonthsAt(
  clients: readonly Client[],
  commitments: readonly Commitment[],
  now: Instant,
  options?: { mark?: WorkMark },
): ClientRetainerMonth[] {
  const out: ClientRetainerMonth[] = [];
  for (const client of clients) {
    const b = client.billing;
    if (b.kind !== 'retainer' || client.archived) continue;
    const month = billingMonthOf(now, client.zone);
    const own = commitments.filter((c) => c.clientId === client.id);
    const work = expandCommitments(own, month).map((o): RetainerWork => {
      const mark = options?.mark?.(o);
      return {
        start: o.start,
        end: o.end,
        status: mark?.status ?? 'planned',
        actualMin: mark?.actualMin ?? null,
      };
    });
    out.push({
      ...retainerMonth(b, client.currency, month, work),
      clientId: client.id,
      name: client.name,
    });
  }
  return out;
}
