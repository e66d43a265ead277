/**
 * One client's timesheet for the month, as the worker sends it with an invoice: on screen, as a
 * CSV download (through the bridge's saveFile) and as a printed page (the print stylesheet shows
 * the sheet alone).
 */
import { useState } from 'react';
import { timesheetCsv, type Timesheet } from '../../../../core/timesheet';
import { getBridge } from '../../bridge';
import { errorText } from '../../format';
import { formatAmount, formatMinutes, formatMonth } from './month-format';

const STATUS = { done: 'Done', missed: 'Missed', planned: 'Not marked' } as const;

type Props = { sheet: Timesheet; onBack: () => void };

/** The timesheet with its download and print buttons. */
export function TimesheetView({ sheet, onBack }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const { client } = sheet;
  const name = `timesheet-${client.name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}-${sheet.month}.csv`;
  async function download() {
    try {
      const result = await getBridge().saveFile({
        kind: 'csv',
        suggestedName: name,
        content: timesheetCsv(sheet),
      });
      setMessage(result.saved ? `Saved ${result.name ?? name}.` : 'Not saved.');
    } catch (error) {
      setMessage(`The timesheet could not be saved: ${errorText(error)}`);
    }
  }
  return (
    <section className="timesheet" aria-labelledby="timesheet-title" data-testid="timesheet">
      <div className="timesheet-actions">
        <button type="button" className="button" onClick={onBack}>
          ‹ Back to the month
        </button>
        <span className="spacer" />
        <button type="button" className="button" onClick={() => void download()}>
          Download CSV
        </button>
        <button type="button" className="button primary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {message ? (
        <p role="status" className="muted">
          {message}
        </p>
      ) : null}
      <div className="timesheet-sheet">
        <h3 id="timesheet-title">
          Timesheet: {client.name}, {formatMonth(sheet.month)}
        </h3>
        <table className="month-table">
          <thead>
            <tr>
              <th scope="col">Date ({client.zone})</th>
              <th scope="col">Time</th>
              <th scope="col">Your date ({sheet.homeZone})</th>
              <th scope="col">Your time</th>
              <th scope="col">Work</th>
              <th scope="col">Minutes</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {sheet.rows.map((r) => (
              <tr key={r.occurrenceId} className={r.status === 'missed' ? 'row-missed' : undefined}>
                <td>{r.clientDate}</td>
                <td>
                  {r.clientStart}–{r.clientEnd}
                </td>
                <td>{r.homeDate}</td>
                <td>
                  {r.homeStart}–{r.homeEnd}
                </td>
                <td>{r.title}</td>
                <td>{r.minutes}</td>
                <td>{STATUS[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="timesheet-totals">
          <dt>Total</dt>
          <dd data-testid="timesheet-minutes">
            {sheet.totals.minutes} min ({formatMinutes(sheet.totals.minutes)})
          </dd>
          <dt>Done</dt>
          <dd>{sheet.totals.doneMin} min</dd>
          <dt>Missed</dt>
          <dd>{sheet.totals.missedMin} min</dd>
          <dt>Not yet marked</dt>
          <dd>{sheet.totals.plannedMin} min</dd>
          {sheet.retainer ? (
            <>
              <dt>Retainer</dt>
              <dd>
                {formatAmount(sheet.retainer.fee)} for {formatMinutes(sheet.retainer.includedMin)}
              </dd>
              <dt>Overage</dt>
              <dd>
                {formatMinutes(sheet.retainer.overageMin)}:{' '}
                {formatAmount(sheet.retainer.overageAmount)}
              </dd>
            </>
          ) : null}
          <dt>Amount due</dt>
          <dd data-testid="timesheet-due">{formatAmount(sheet.due)}</dd>
        </dl>
      </div>
    </section>
  );
}
