/**
 * Burnout warnings for the week, each linked to its place in the grid, with the rule's
 * explanation and source.
 */
import type { BurnoutSummary, BurnoutWarning } from '../../../../core/burnout';
import { BURNOUT_RULES } from '../../../../core/defaults';
import { formatWeekday } from '../../format';

type Props = {
  warnings: readonly BurnoutWarning[];
  summary: BurnoutSummary;
  onFocus: (at: number) => void;
};

const SEVERITY_LABEL = { info: 'Note', warn: 'Warning', critical: 'Critical' } as const;

/** The burnout section of the side panel. */
export function WarningsPanel({ warnings, summary, onFocus }: Props) {
  return (
    <div data-testid="warnings">
      <p className={`risk risk-${summary.level}`} role="status">
        {summary.headline}
      </p>
      <ul className="warnings">
        {warnings.map((w) => {
          const rule = BURNOUT_RULES.find((r) => r.id === w.rule);
          return (
            <li key={w.id} className={`warning warning-${w.severity}`} data-rule={w.rule}>
              <button type="button" className="warning-jump" onClick={() => onFocus(w.start)}>
                <span className="warning-tag">{SEVERITY_LABEL[w.severity]}</span>
                <span className="warning-title">
                  {rule?.title ?? w.rule}
                  {w.day ? ` · ${formatWeekday(w.day)}` : ''}
                </span>
              </button>
              <p className="warning-message">{w.message}</p>
              {rule ? (
                <details>
                  <summary>Why</summary>
                  <p className="small">{rule.explanation}</p>
                  <p className="small muted">Source: {rule.source}</p>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
