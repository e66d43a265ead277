/**
 * The month per client and per platform: hours planned, done and missed, income expected and
 * earned in each one's currency and the worker's, then the totals and what they leave out.
 */
import type { Money, Total } from '../../../../core/money';
import type { MonthFigures, MonthRow } from '../../../../core/month-figures';
import { formatAmount, formatMinutes } from './month-format';

type Props = {
  figures: MonthFigures;
  onTimesheet: (clientId: string) => void;
};

/** Own currency, and the worker's beneath it when it differs (or a note when it has no rate). */
function Amount({ own, home }: { own: Money; home: Money | null }) {
  if (own.currency === home?.currency) return <>{formatAmount(own)}</>;
  return (
    <>
      {formatAmount(own)}
      <span className="month-home">{home ? formatAmount(home) : 'no rate'}</span>
    </>
  );
}

function Row({ row, onTimesheet }: { row: MonthRow; onTimesheet?: () => void }) {
  const over = row.retainer?.over;
  return (
    <tr>
      <th scope="row">
        {row.name}
        {row.retainer ? (
          <span className={over ? 'month-retainer over' : 'month-retainer'}>
            {formatMinutes(row.retainer.doneMin + row.retainer.plannedMin)} of{' '}
            {formatMinutes(row.retainer.includedMin)} included
            {over ? ` · ${formatMinutes(row.retainer.overageMin)} over` : ''}
          </span>
        ) : null}
      </th>
      <td>{formatMinutes(row.plannedMin)}</td>
      <td>{formatMinutes(row.doneMin)}</td>
      <td>{formatMinutes(row.missedMin)}</td>
      <td>
        <Amount own={row.expected} home={row.expectedHome} />
      </td>
      <td>
        <Amount own={row.earned} home={row.earnedHome} />
      </td>
      <td>
        {onTimesheet ? (
          <button
            type="button"
            className="button small"
            aria-label={`Timesheet for ${row.name}`}
            onClick={onTimesheet}
          >
            Timesheet
          </button>
        ) : null}
      </td>
    </tr>
  );
}

/** What a total leaves out (no rate) and which rates are old. */
function TotalNotes({ total }: { total: Total }) {
  return (
    <>
      {total.missing.length > 0 ? (
        <span className="month-home">Left out (no rate): {total.missing.join(', ')}</span>
      ) : null}
      {total.stale.length > 0 ? (
        <span className="month-home">Rate over 30 days old: {total.stale.join(', ')}</span>
      ) : null}
    </>
  );
}

type GroupProps = {
  label: string;
  rows: readonly MonthRow[];
  empty: string;
  onTimesheet?: (id: string) => void;
};

/** A heading row, then the group's rows (or a line saying there are none). */
function Group({ label, rows, empty, onTimesheet }: GroupProps) {
  return (
    <>
      <tr className="month-group">
        <th scope="rowgroup" colSpan={7}>
          {label}
        </th>
      </tr>
      {rows.length === 0 ? (
        <tr>
          <td colSpan={7} className="muted">
            {empty}
          </td>
        </tr>
      ) : null}
      {rows.map((row) => (
        <Row
          key={row.id}
          row={row}
          {...(onTimesheet ? { onTimesheet: () => onTimesheet(row.id) } : {})}
        />
      ))}
    </>
  );
}

/** The month's table. */
export function MonthTable({ figures, onTimesheet }: Props) {
  return (
    <table className="month-table" data-testid="month-table">
      <caption className="visually-hidden">Hours and income per client and platform</caption>
      <thead>
        <tr>
          <th scope="col">Who</th>
          <th scope="col">Planned</th>
          <th scope="col">Done</th>
          <th scope="col">Missed</th>
          <th scope="col">Expected</th>
          <th scope="col">Earned</th>
          <th scope="col">
            <span className="visually-hidden">Timesheet</span>
          </th>
        </tr>
      </thead>
      <tbody>
        <Group
          label="Clients (stable)"
          rows={figures.clients}
          empty="No client work this month."
          onTimesheet={onTimesheet}
        />
        <Group
          label="Microtasks (variable)"
          rows={figures.platforms}
          empty="No microtask sessions this month."
        />
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total in {figures.currency}</th>
          <td colSpan={3} />
          <td data-testid="month-expected">
            {formatAmount(figures.expected.total)}
            <TotalNotes total={figures.expected} />
          </td>
          <td data-testid="month-earned">{formatAmount(figures.earned.total)}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}
