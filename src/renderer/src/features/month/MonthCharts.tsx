/**
 * The month's two charts, plain SVG: stable (client) against variable (microtask) income by
 * week, and the stable share over twelve months. Each has a text summary for assistive
 * technology and the same figures as a table a click away.
 */
import type { Money } from '../../../../core/money';
import type { TrendPoint, WeekBar } from '../../../../core/month-figures';
import { formatDayMonth } from '../../format';
import { formatAmount, formatMonth, formatShortMonth } from './month-format';

const W = 420;
const H = 150;
const PAD = { top: 10, bottom: 22, left: 8, right: 8 };

function share(value: number | null): string {
  return value === null ? 'no income' : `${Math.round(value * 100)}% stable`;
}

/** Stable against variable income per week, two bars a week. */
export function WeekChart({ weeks }: { weeks: readonly WeekBar[] }) {
  const max = Math.max(1, ...weeks.flatMap((w) => [w.stable.minor, w.variable.minor]));
  const slot = (W - PAD.left - PAD.right) / Math.max(1, weeks.length);
  const bar = Math.min(26, slot / 3);
  const height = (m: Money) => ((H - PAD.top - PAD.bottom) * m.minor) / max;
  const summary = weeks
    .map(
      (w) =>
        `week of ${formatDayMonth(w.weekStart)}: ${formatAmount(w.stable)} stable, ${formatAmount(w.variable)} variable`,
    )
    .join('; ');
  return (
    <figure className="month-chart">
      <figcaption>Income by week: stable against variable</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Income by week: ${summary}.`}>
        <line
          className="chart-axis"
          x1={PAD.left}
          x2={W - PAD.right}
          y1={H - PAD.bottom}
          y2={H - PAD.bottom}
        />
        {weeks.map((w, i) => {
          const x = PAD.left + i * slot + slot / 2;
          const base = H - PAD.bottom;
          return (
            <g key={w.weekStart}>
              <rect
                className="bar-stable"
                x={x - bar - 1}
                y={base - height(w.stable)}
                width={bar}
                height={height(w.stable)}
              />
              <rect
                className="bar-variable"
                x={x + 1}
                y={base - height(w.variable)}
                width={bar}
                height={height(w.variable)}
              />
              <text className="chart-label" x={x} y={H - 6} textAnchor="middle">
                {formatDayMonth(w.weekStart)}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="chart-legend" aria-hidden>
        <span className="key key-stable" /> stable (clients) <span className="key key-variable" />{' '}
        variable (microtasks)
      </div>
      <ChartTable
        columns={['Week of', 'Stable', 'Variable']}
        rows={weeks.map((w) => ({
          key: w.weekStart,
          cells: [formatDayMonth(w.weekStart), formatAmount(w.stable), formatAmount(w.variable)],
        }))}
      />
    </figure>
  );
}

/** The stable share of each month's income, twelve months to the shown one. */
export function TrendChart({ trend }: { trend: readonly TrendPoint[] }) {
  const slot = (W - PAD.left - PAD.right) / Math.max(1, trend.length);
  const y = (s: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - s);
  const points = trend.map((t, i) => ({ t, x: PAD.left + i * slot + slot / 2 }));
  // A month without income breaks the line rather than dropping it to zero.
  const path = points
    .map(({ t, x }, i) => {
      if (t.stableShare === null) return '';
      const joined = i > 0 && points[i - 1]?.t.stableShare !== null;
      return `${joined ? 'L' : 'M'}${x.toFixed(1)},${y(t.stableShare).toFixed(1)}`;
    })
    .join(' ');
  const summary = trend.map((t) => `${formatMonth(t.month)}: ${share(t.stableShare)}`).join('; ');
  return (
    <figure className="month-chart">
      <figcaption>Stable share of income, twelve months</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Stable share by month: ${summary}.`}>
        {[0, 0.5, 1].map((s) => (
          <g key={s}>
            <line className="chart-grid" x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} />
            <text className="chart-label" x={W - PAD.right} y={y(s) - 2} textAnchor="end">
              {s * 100}%
            </text>
          </g>
        ))}
        <path className="trend-line" d={path} />
        {points.map(({ t, x }) => (
          <g key={t.month}>
            {t.stableShare === null ? null : (
              <circle className="trend-dot" cx={x} cy={y(t.stableShare)} r={3} />
            )}
            <text className="chart-label" x={x} y={H - 6} textAnchor="middle">
              {formatShortMonth(t.month)}
            </text>
          </g>
        ))}
      </svg>
      <ChartTable
        columns={['Month', 'Stable', 'Variable', 'Stable share']}
        rows={trend.map((t) => ({
          key: t.month,
          cells: [
            formatMonth(t.month),
            formatAmount(t.stable),
            formatAmount(t.variable),
            t.stableShare === null ? '–' : `${Math.round(t.stableShare * 100)}%`,
          ],
        }))}
      />
    </figure>
  );
}

/** A chart's figures as a folded table, for reading them exactly or with a screen reader. */
function ChartTable(props: {
  columns: readonly string[];
  /** The first cell of each row heads it. */
  rows: readonly { key: string; cells: readonly string[] }[];
}) {
  return (
    <details>
      <summary>Show as a table</summary>
      <table className="chart-table">
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map(({ key, cells: [head, ...rest] }) => (
            <tr key={key}>
              <th scope="row">{head}</th>
              {rest.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
