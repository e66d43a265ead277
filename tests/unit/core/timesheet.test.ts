import { describe, expect, it } from 'vitest';
import { csvCell, timesheet, timesheetCsv } from '../../../src/core/timesheet';
import type { Commitment } from '../../../src/core/types';
import { client, commitment, workRecord } from './planner-fixtures';

const NY = 'America/New_York';
const acme = client({
  id: 'acme',
  name: 'Acme',
  zone: NY,
  billing: { kind: 'retainer', monthlyFee: 1000, includedHours: 6, overageRate: 50 },
});
const tuesdays: Commitment = {
  ...commitment({ id: 'ops', clientId: 'acme', zone: NY, start: '09:00', durationMin: 120 }),
  title: 'Ops block',
  recurrence: {
    kind: 'weekly',
    weekdays: [2],
    interval: 1,
    startDate: '2026-02-01',
    endDate: null,
    count: null,
  },
};
const input = {
  client: acme,
  month: '2026-03',
  homeZone: 'Asia/Manila',
  commitments: [tuesdays],
  workRecords: [workRecord('ops@2026-03-03', 'done', 90), workRecord('ops@2026-03-10', 'missed')],
};

describe('timesheet', () => {
  const sheet = timesheet(input);

  it('lists the month’s work in the client’s zone and the worker’s, across the US clock change', () => {
    expect(sheet.rows.map((r) => r.clientDate)).toEqual([
      '2026-03-03',
      '2026-03-10',
      '2026-03-17',
      '2026-03-24',
      '2026-03-31',
    ]);
    expect(sheet.rows[0]).toMatchObject({
      clientStart: '09:00',
      clientEnd: '11:00',
      homeDate: '2026-03-03',
      homeStart: '22:00',
      minutes: 90,
      status: 'done',
    });
    // After 8 March New York is on EDT: the same 09:00 is 21:00 in Manila.
    expect(sheet.rows[2]).toMatchObject({ homeStart: '21:00', status: 'planned', minutes: 120 });
    expect(sheet.rows[1]).toMatchObject({ status: 'missed', minutes: 0 });
  });

  it('totals the minutes and bills the retainer fee plus overage', () => {
    expect(sheet.totals).toEqual({ minutes: 450, doneMin: 90, missedMin: 120, plannedMin: 360 });
    // 450 min against 360 included: 90 min over at $50/h.
    expect(sheet.retainer).toMatchObject({ includedMin: 360, overageMin: 90 });
    expect(sheet.due).toEqual({ minor: 107_500, currency: 'USD' });
  });

  it('bills an hourly client its minutes, counting work by the client’s month', () => {
    const hourly = { ...acme, billing: { kind: 'hourly' as const, rate: 40 } };
    // 23:30 on 31 March in New York is 1 April in Manila, but March's work.
    const late = commitment({
      id: 'late',
      clientId: 'acme',
      zone: NY,
      date: '2026-03-31',
      start: '23:30',
      durationMin: 30,
    });
    const sheet2 = timesheet({ ...input, client: hourly, commitments: [tuesdays, late] });
    expect(sheet2.rows.at(-1)).toMatchObject({ clientDate: '2026-03-31', homeDate: '2026-04-01' });
    expect(sheet2.totals.minutes).toBe(480);
    expect(sheet2.due).toEqual({ minor: 32_000, currency: 'USD' });
    expect(sheet2.retainer).toBeNull();
  });
});

describe('timesheetCsv', () => {
  it('writes RFC 4180 lines with the totals and the amount due', () => {
    const csv = timesheetCsv(timesheet(input));
    const lines = csv.split('\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe(
      'Date (America/New_York),Start,End,Date (Asia/Manila),Start,End,Work,Minutes,Status',
    );
    expect(lines[1]).toBe('2026-03-03,09:00,11:00,2026-03-03,22:00,00:00,Ops block,90,done');
    expect(lines).toContain('Total minutes,450');
    expect(lines).toContain('Overage (USD),75.00');
    expect(lines).toContain('Amount due (USD),1075.00');
  });

  it('quotes and defuses what a spreadsheet would misread', () => {
    expect(csvCell('Call, with "quotes"')).toBe('"Call, with ""quotes"""');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(90)).toBe('90');
  });

  it('defuses a formula in a work title', () => {
    const evil = { ...tuesdays, title: '=cmd|calc' };
    const csv = timesheetCsv(timesheet({ ...input, commitments: [evil] }));
    expect(csv).toContain(",'=cmd|calc,");
  });
});
