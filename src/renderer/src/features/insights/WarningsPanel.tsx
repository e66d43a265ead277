/**
 * Burnout warnings for the week, grouped by rule, each day linked to its place in the grid, with
 * the rule's explanation and source.
 */
import { BURNOUT_RULES, type BurnoutSummary, type BurnoutWarning } from '../../../../core/burnout';
import { formatWeekday } from '../../format';
import './insights.css';

type Props = {
  warnings: readonly BurnoutWarning[];
  summary: BurnoutSummary;
  onFocus: (at: number) => void;
};

const SEVERITY_LABEL = { info: 'Note', warn: 'Warning', critical: 'Critical' } as const;
const RANK = { info: 0, warn: 1, critical: 2 } as const;

type Group = {
  rule: BurnoutWarning['rule'];
  items: BurnoutWarning[];
  worst: BurnoutWarning['severity'];
};

/** Groups warnings by rule, worst rule first, keeping the core's order inside a group. */
function groupWarnings(warnings: readonly BurnoutWarning[]): Group[] {
  const groups = new Map<string, Group>();
  for (const w of warnings) {
    const group = groups.get(w.rule) ?? { rule: w.rule, items: [], worst: w.severity };
    group.items.push(w);
    if (RANK[w.severity] > RANK[group.worst]) group.worst = w.severity;
    groups.set(w.rule, group);
  }
  return [...groups.values()].sort(
    (a, b) => RANK[b.worst] - RANK[a.worst] || b.items.length - a.items.length,
  );
}

/** The burnout section of the side panel. */
export function WarningsPanel({ warnings, summary, onFocus }: Props) {
  const groups = groupWarnings(warnings);
  const headline =
    warnings.length === 0
      ? 'No burnout warnings this week.'
      : `${summary.level === 'high' ? 'High' : summary.level === 'elevated' ? 'Elevated' : 'Low'} risk: ${groups.length} rule${groups.length === 1 ? '' : 's'} flagged`;
  return (
    <div data-testid="warnings">
      <p className={`risk risk-${summary.level}`} role="status">
        {headline}
      </p>
      <ul className="warnings">
        {groups.map((group) => {
          const rule = BURNOUT_RULES.find((r) => r.id === group.rule);
          const first = group.items[0];
          return (
            <li
              key={group.rule}
              className={`warning warning-${group.worst}`}
              data-rule={group.rule}
            >
              <div className="warning-jump">
                <span className="warning-tag">{SEVERITY_LABEL[group.worst]}</span>
                <span className="warning-title">{rule?.label ?? group.rule}</span>
                {group.items.length > 1 ? (
                  <span className="warning-count">×{group.items.length}</span>
                ) : null}
              </div>
              {first ? <p className="warning-message">{first.message}</p> : null}
              <div className="warning-days">
                {group.items.map((w) => (
                  <button
                    key={w.id}
                    type="button"
                    className="control day-chip"
                    title={w.message}
                    aria-label={`Show ${rule?.label ?? w.rule} ${w.day ? `on ${formatWeekday(w.day)}` : 'this week'} in the week`}
                    onClick={() => onFocus(w.start)}
                  >
                    {w.day ? formatWeekday(w.day) : 'Week'}
                  </button>
                ))}
              </div>
              <details>
                <summary>Why and what to change</summary>
                {rule ? (
                  <p className="small">
                    {rule.rule} {rule.explanation}
                  </p>
                ) : null}
                {group.items.slice(1).map((w) => (
                  <p key={w.id} className="small">
                    {w.message}
                  </p>
                ))}
                {rule ? <p className="small muted">Source: {rule.source}</p> : null}
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
