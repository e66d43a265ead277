/**
 * Hours per day, stacked (client work, accepted microtasks, proposals), with the daily cap as a
 * line. Plain SVG that takes its colours from the theme's CSS variables.
 */
import type { PlanDay } from '../../../../core/plan-week';
import { formatDuration, formatWeekday } from '../../format';
import './insights.css';

type Props = { days: readonly PlanDay[]; capMin: number };

const W = 268;
const H = 130;
const PAD_BOTTOM = 18;
const PAD_TOP = 8;

/** A stacked bar chart of the week's hours. */
export function HoursChart({ days, capMin }: Props) {
  const max = Math.max(capMin * 1.25, ...days.map((d) => d.plannedMin + d.proposedMin), 60);
  const scale = (min: number) => ((H - PAD_BOTTOM - PAD_TOP) * min) / max;
  const slot = W / days.length;
  const bar = slot * 0.56;
  const capY = H - PAD_BOTTOM - scale(capMin);
  const summary = days
    .map(
      (d) =>
        `${formatWeekday(d.day)}: ${formatDuration(d.clientMin)} client, ${formatDuration(d.microtaskMin)} microtasks${d.proposedMin ? `, ${formatDuration(d.proposedMin)} proposed` : ''}`,
    )
    .join('; ');
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Hours per day against the ${formatDuration(capMin)} daily cap. ${summary}.`}
      >
        {days.map((d, i) => {
          const x = i * slot + (slot - bar) / 2;
          let y = H - PAD_BOTTOM;
          const parts = [
            { min: d.clientMin, cls: 'seg-client' },
            { min: d.microtaskMin, cls: 'seg-micro' },
            { min: d.proposedMin, cls: 'seg-proposed' },
          ];
          return (
            <g key={d.day}>
              {parts.map((p) => {
                const h = scale(p.min);
                y -= h;
                return h > 0 ? (
                  <rect key={p.cls} className={p.cls} x={x} y={y} width={bar} height={h} rx={2} />
                ) : null;
              })}
              <text className="chart-label" x={i * slot + slot / 2} y={H - 4} textAnchor="middle">
                {formatWeekday(d.day)}
              </text>
            </g>
          );
        })}
        <line className="cap-line" x1={0} x2={W} y1={capY} y2={capY} />
        <text className="chart-label" x={W - 2} y={capY - 3} textAnchor="end">
          cap {formatDuration(capMin)}
        </text>
      </svg>
      <figcaption className="chart-legend">
        <span>
          <i className="key seg-client" /> client
        </span>
        <span>
          <i className="key seg-micro" /> microtasks
        </span>
        <span>
          <i className="key seg-proposed" /> proposed
        </span>
      </figcaption>
    </figure>
  );
}
