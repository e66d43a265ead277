/**
 * The side panel: availability legend with toggles, and hours per day against the cap.
 */
import type { Settings } from '../../../../core/types';
import { formatDuration, formatWeekday, zoneCity } from '../../format';
import type { WeekModel } from './model';

type Props = {
  model: WeekModel;
  settings: Settings;
  hiddenBands: ReadonlySet<string>;
  onToggleBand: (clientId: string) => void;
};

/** Side panel with legend and totals. */
export function SidePanel({ model, settings, hiddenBands, onToggleBand }: Props) {
  const perDay = model.days.map((day) => {
    let minutes = 0;
    for (const o of model.occurrences) {
      const start = Math.max(o.start, day.start);
      const end = Math.min(o.end, day.end);
      if (end > start) minutes += (end - start) / 60_000;
    }
    return { day, minutes };
  });
  const weekMinutes = perDay.reduce((sum, d) => sum + d.minutes, 0);
  return (
    <aside className="side-panel" aria-label="Week summary">
      <section className="panel-section">
        <h2>Client availability</h2>
        {model.bandClients.length === 0 ? (
          <p className="muted small">No client hours yet.</p>
        ) : null}
        <ul className="legend">
          {model.bandClients.map((client) => (
            <li key={client.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={!hiddenBands.has(client.id)}
                  onChange={() => onToggleBand(client.id)}
                />
                <span className="dot" style={{ background: client.color }} aria-hidden />
                {client.name} <span className="muted small">{zoneCity(client.zone)}</span>
              </label>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel-section">
        <h2>Hours this week</h2>
        <p className="big-number" data-testid="week-total">
          {formatDuration(weekMinutes)}{' '}
          <span className="muted small">of {formatDuration(settings.weeklyCapMin)}</span>
        </p>
        <ul className="day-totals">
          {perDay.map(({ day, minutes }) => (
            <li key={day.date}>
              <span className="day-total-name">{formatWeekday(day.date)}</span>
              <span className="bar" aria-hidden>
                <span
                  style={{ width: `${Math.min(100, (minutes / settings.dailyCapMin) * 100)}%` }}
                />
              </span>
              <span className="day-total-value">{formatDuration(minutes)}</span>
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
