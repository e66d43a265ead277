/**
 * "Advanced: burnout rules": every rule of the catalogue with its threshold inputs, what it
 * guards against and where its default comes from. Each threshold is edited with the rule it
 * belongs to (the break rule's with the limits above); a rule that reads others names them.
 */
import { BURNOUT_RULES } from '../../../../core/burnout';
import type { FieldErrors } from '../../../../core/validate/fields';
import { Field } from '../../components/Field';
import {
  BREAK_RULE_KEYS,
  THRESHOLD_FIELDS,
  type SettingsForm,
  type ThresholdKey,
} from './settings-form';
import { TimeField } from '../../components/TimeField';

type Props = {
  form: SettingsForm;
  setThreshold: (key: ThresholdKey, text: string) => void;
  errors: FieldErrors;
  open: boolean;
  onToggle: (open: boolean) => void;
};

const INPUT_LIMITS: Record<'h' | 'min' | 'count', { min: number; step: number }> = {
  h: { min: 0, step: 0.5 },
  min: { min: 0, step: 5 },
  count: { min: 1, step: 1 },
};

/** Where a threshold is edited: with the limits (the break rule) or with the rule it belongs to. */
function ownerOf(key: ThresholdKey): string {
  if (BREAK_RULE_KEYS.includes(key)) return 'Limits, breaks and income';
  return BURNOUT_RULES.find((r) => r.thresholds.some((k) => k === key))?.label ?? 'another rule';
}

/** The collapsible list of burnout rules with their thresholds, explanations and sources. */
export function BurnoutRules({ form, setThreshold, errors, open, onToggle }: Props) {
  return (
    <details
      className="burnout-rules"
      open={open}
      onToggle={(event) => onToggle(event.currentTarget.open)}
    >
      <summary>Advanced: burnout rules</summary>
      <p className="muted small">
        The planner warns when a week breaks these rules. The defaults follow the sources given;
        change a threshold only if you have a reason to.
      </p>
      <ol className="rule-list">
        {BURNOUT_RULES.map((rule) => {
          const own = rule.thresholds.filter((key) => !BREAK_RULE_KEYS.includes(key));
          const shared = [
            ...rule.thresholds.filter((key) => BREAK_RULE_KEYS.includes(key)),
            ...rule.alsoReads,
          ];
          const titleId = `rule-${rule.id}`;
          return (
            <li key={rule.id} className="rule">
              <h4 id={titleId}>{rule.label}</h4>
              <p className="rule-text">
                <span className="muted">Default:</span> {rule.rule}
              </p>
              <p className="small">{rule.explanation}</p>
              <p className="muted small rule-source">Source: {rule.source}</p>
              <div className="form-grid compact">
                {own.map((key) => {
                  const field = THRESHOLD_FIELDS[key];
                  const path = `burnout.${key}`;
                  const value = form.burnout[key];
                  const onChange = (text: string) => setThreshold(key, text);
                  return (
                    <Field key={key} label={field.label} error={errors[path]}>
                      {field.unit === 'time' ? (
                        <TimeField value={value} onChange={onChange} />
                      ) : (
                        <input
                          type="number"
                          inputMode="decimal"
                          min={INPUT_LIMITS[field.unit].min}
                          step={INPUT_LIMITS[field.unit].step}
                          value={value}
                          onChange={(e) => onChange(e.target.value)}
                        />
                      )}
                    </Field>
                  );
                })}
              </div>
              {shared.length > 0 ? (
                <p className="muted small">
                  Also uses:{' '}
                  {shared
                    .map((key) => `${THRESHOLD_FIELDS[key].label} (set under ${ownerOf(key)})`)
                    .join(', ')}
                  .
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
