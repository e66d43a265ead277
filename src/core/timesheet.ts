/**
 * Timesheets: one client's billing month (in the client's zone) as the worker sends it with an
 * invoice. Every occurrence with its dates and times in the client's zone and the worker's, the
 * minutes it counts (done: its actual minutes; missed: none; not marked: as planned) and what
 * became of it; the totals; and the amount due, hourly or as the retainer's fee plus overage
 * (retainer.ts). The CSV is RFC 4180 (CRLF, quoted where needed) and safe to open in a
 * spreadsheet: a cell that would start a formula is prefixed with an apostrophe.
 */
import { activeCommitments } from './active-clients';
import { indexWorkRecords } from './actuals';
import { fromMinor, minorDigits, money, type Money } from './money';
import { monthSpan } from './month-tally';
import { expandCommitments } from './recurrence';
import { retainerMonth, type RetainerMonth } from './retainer';
import { MINUTE, toWall } from './time';
import type {
  CalendarDay,
  Client,
  ClockTime,
  Commitment,
  IanaZone,
  OccurrenceStatus,
  WorkRecord,
} from './types';

/** One occurrence on the timesheet. */
export type TimesheetRow = {
  occurrenceId: string;
  title: string;
  clientDate: CalendarDay;
  clientStart: ClockTime;
  clientEnd: ClockTime;
  homeDate: CalendarDay;
  homeStart: ClockTime;
  homeEnd: ClockTime;
  plannedMin: number;
  /** The minutes it counts: actual when done, 0 when missed, planned when not marked. */
  minutes: number;
  status: OccurrenceStatus;
};

export type Timesheet = {
  client: Client;
  month: string;
  homeZone: IanaZone;
  rows: TimesheetRow[];
  totals: { minutes: number; doneMin: number; missedMin: number; plannedMin: number };
  /** What is due for the month, in the client's currency. */
  due: Money;
  /** A retainer's month (included hours, overage); null for an hourly client. */
  retainer: RetainerMonth | null;
};

export type TimesheetInput = {
  client: Client;
  /** 'yyyy-MM', the client's billing month. */
  month: string;
  homeZone: IanaZone;
  commitments: readonly Commitment[];
  workRecords: readonly WorkRecord[];
};

/** The timesheet of one client's month. */
export function timesheet(input: TimesheetInput): Timesheet {
  const { client, homeZone } = input;
  const span = monthSpan(input.month, client.zone);
  const own = activeCommitments(input.commitments, [client]).filter(
    (c) => c.clientId === client.id,
  );
  const records = indexWorkRecords(input.workRecords);
  const rows: TimesheetRow[] = [];
  for (const o of expandCommitments(own, span)) {
    // Work belongs to the month it starts in (retainer.ts), not one it runs into.
    if (o.start < span.start || o.start >= span.end) continue;
    const record = records.get(o.id);
    const plannedMin = Math.round((o.end - o.start) / MINUTE);
    const status: OccurrenceStatus = record ? record.outcome : 'planned';
    const minutes =
      status === 'missed' ? 0 : status === 'done' ? (record?.actualMin ?? plannedMin) : plannedMin;
    const theirs = [toWall(o.start, client.zone), toWall(o.end, client.zone)] as const;
    const mine = [toWall(o.start, homeZone), toWall(o.end, homeZone)] as const;
    rows.push({
      occurrenceId: o.id,
      title: o.title,
      clientDate: theirs[0].date,
      clientStart: theirs[0].time,
      clientEnd: theirs[1].time,
      homeDate: mine[0].date,
      homeStart: mine[0].time,
      homeEnd: mine[1].time,
      plannedMin,
      minutes,
      status,
    });
  }
  const sum = (f: (r: TimesheetRow) => number) => rows.reduce((s, r) => s + f(r), 0);
  const totals = {
    minutes: sum((r) => r.minutes),
    doneMin: sum((r) => (r.status === 'done' ? r.minutes : 0)),
    missedMin: sum((r) => (r.status === 'missed' ? r.plannedMin : 0)),
    plannedMin: sum((r) => (r.status === 'planned' ? r.minutes : 0)),
  };
  const b = client.billing;
  if (b.kind === 'hourly') {
    return {
      client,
      month: input.month,
      homeZone,
      rows,
      totals,
      due: money((b.rate * totals.minutes) / 60, client.currency),
      retainer: null,
    };
  }
  // Every row is already the month's: each is given at the month's start with its length.
  const work = rows.map((r) => ({
    start: span.start,
    end: span.start + r.plannedMin * MINUTE,
    status: r.status,
    actualMin: r.status === 'done' ? r.minutes : null,
  }));
  const retainer = retainerMonth(b, client.currency, span, work);
  const due = {
    minor: retainer.fee.minor + retainer.overageAmount.minor,
    currency: client.currency,
  };
  return { client, month: input.month, homeZone, rows, totals, due, retainer };
}

/** The CSV text of a timesheet, one row per occurrence, then the totals and the amount due. */
export function timesheetCsv(sheet: Timesheet): string {
  const cur = sheet.client.currency;
  const amount = (m: Money) => fromMinor(m).toFixed(minorDigits(m.currency));
  const lines: (string | number)[][] = [
    [
      `Date (${sheet.client.zone})`,
      'Start',
      'End',
      `Date (${sheet.homeZone})`,
      'Start',
      'End',
      'Work',
      'Minutes',
      'Status',
    ],
    ...sheet.rows.map((r) => [
      r.clientDate,
      r.clientStart,
      r.clientEnd,
      r.homeDate,
      r.homeStart,
      r.homeEnd,
      r.title,
      r.minutes,
      r.status,
    ]),
    [],
    ['Total minutes', sheet.totals.minutes],
    ['Done minutes', sheet.totals.doneMin],
    ['Missed minutes', sheet.totals.missedMin],
    ['Not yet marked minutes', sheet.totals.plannedMin],
  ];
  if (sheet.retainer) {
    lines.push(
      ['Included minutes', sheet.retainer.includedMin],
      ['Overage minutes', sheet.retainer.overageMin],
      [`Retainer fee (${cur})`, amount(sheet.retainer.fee)],
      [`Overage (${cur})`, amount(sheet.retainer.overageAmount)],
    );
  }
  lines.push([`Amount due (${cur})`, amount(sheet.due)]);
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * One CSV cell: a text that a spreadsheet would run as a formula (= + - @, or a tab or carriage
 * return before one) gets an apostrophe first; then a cell with a comma, a quote or a line break
 * is quoted, its quotes doubled (RFC 4180). Numbers are written as they are.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
