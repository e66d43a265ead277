/** How the month view writes money, months and hours. */
import { fromMinor, type Money } from '../../../../core/money';
import { formatDuration } from '../../format';

const formatters = new Map<string, Intl.NumberFormat>();

/** An amount in its currency, through Intl ('US$1,075.00', '₱6,285.60'). */
export function formatAmount(m: Money): string {
  let f = formatters.get(m.currency);
  if (!f) {
    f = new Intl.NumberFormat(undefined, { style: 'currency', currency: m.currency });
    formatters.set(m.currency, f);
  }
  return f.format(fromMinor(m));
}

/** 'March 2026' for '2026-03'. */
export function formatMonth(month: string): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, 1));
}

/** 'Mar' for '2026-03'. */
export function formatShortMonth(month: string): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' }).format(
    Date.UTC(y, m - 1, 1),
  );
}

/** Minutes as hours ('2 h 30 min'), a dash for none. */
export function formatMinutes(minutes: number): string {
  return minutes === 0 ? '–' : formatDuration(minutes);
}
