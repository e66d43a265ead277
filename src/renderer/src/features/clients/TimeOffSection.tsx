/**
 * One owner's time off as an editable list ("Away" in the client editor, "My days off" in the
 * settings): add or remove days and ranges, then save the list on its own. Every invalid field
 * is shown at once; a failed write keeps what was typed and changes nothing.
 */
import { useState } from 'react';
import { dayOf } from '../../../../core/time';
import type { TimeOff, TimeOffOwner } from '../../../../core/types';
import type { FieldErrors } from '../../../../core/validate/fields';
import { Field, FieldError } from '../../components/Field';
import { describeWriteError } from '../../db/write-result';
import { db } from '../../db/instance';
import { replaceTimeOff } from '../../db/repo';
import {
  checkTimeOffRows,
  newTimeOffRow,
  rowsFromTimeOff,
  timeOffRowErrors,
  type TimeOffRow,
} from './time-off-form';
import './time-off.css';

/** A row's inputs, in the order shown. */
const ROW_FIELDS: readonly {
  key: 'startDate' | 'endDate' | 'label';
  label: string;
  type: 'date' | 'text';
  placeholder?: string;
}[] = [
  { key: 'startDate', label: 'First day', type: 'date' },
  { key: 'endDate', label: 'Last day', type: 'date' },
  { key: 'label', label: 'Label', type: 'text', placeholder: 'Holiday' },
];

type Props = {
  legend: string;
  hint: string;
  owner: TimeOffOwner;
  /** This owner's stored time off. */
  stored: readonly TimeOff[];
  /** The owner's zone: a new row starts on today there. */
  zone: string;
  now: number;
};

/** The editable time-off list of one owner. */
export function TimeOffSection({ legend, hint, owner, stored, zone, now }: Props) {
  const [rows, setRows] = useState<TimeOffRow[]>(() => rowsFromTimeOff(stored));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const patch = (i: number, change: Partial<TimeOffRow>) =>
    setRows((list) => list.map((r, j) => (j === i ? { ...r, ...change } : r)));

  async function save() {
    setStatus(null);
    const checked = checkTimeOffRows(rows, owner);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setSaving(true);
    try {
      const result = await replaceTimeOff(db, owner, checked.value, now);
      if (!result.ok) setErrors(result.errors);
      else {
        setErrors({});
        setRows(rowsFromTimeOff(result.value));
        setStatus('Saved.');
      }
    } catch (error) {
      setErrors({ '': describeWriteError(error).message });
    } finally {
      setSaving(false);
    }
  }

  return (
    <fieldset className="stack time-off" data-testid="time-off-section">
      <legend>{legend}</legend>
      <p className="small muted">{hint}</p>
      {rows.length === 0 ? <p className="small">None.</p> : null}
      {rows.map((row, i) => {
        const e = timeOffRowErrors(errors, i);
        return (
          <div className="time-off-row" key={row.id ?? `new-${i}`}>
            {ROW_FIELDS.map(({ key, label, type, placeholder }) => (
              <Field key={key} label={label} error={e[key]}>
                <input
                  type={type}
                  value={row[key]}
                  placeholder={placeholder}
                  onChange={(ev) => patch(i, { [key]: ev.target.value })}
                />
              </Field>
            ))}
            <button
              type="button"
              className="button small"
              onClick={() => setRows((list) => list.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </div>
        );
      })}
      <FieldError error={errors['']} />
      <div className="row">
        <button
          type="button"
          className="button small"
          onClick={() => setRows((list) => [...list, newTimeOffRow(dayOf(now, zone))])}
        >
          Add days
        </button>
        <button
          type="button"
          className="button small primary"
          disabled={saving}
          onClick={() => void save()}
        >
          Save {legend.toLowerCase()}
        </button>
        {status ? (
          <span className="small" role="status">
            {status}
          </span>
        ) : null}
      </div>
    </fieldset>
  );
}
