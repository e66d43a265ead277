/** A labelled select of stored records by id, which says so when there is none to pick yet. */
import { Field } from './Field';

type Props<T extends { id: string }> = {
  label: string;
  records: readonly T[];
  /** How a record is named in the list. */
  name: (record: T) => string;
  /** The only option while there is no record, e.g. "Add a client first". */
  empty: string;
  value: string;
  error: string | undefined;
  hint?: string | undefined;
  onChange: (id: string) => void;
};

/** A record picker. */
export function RecordSelect<T extends { id: string }>(props: Props<T>) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.records.length === 0 ? <option value="">{props.empty}</option> : null}
        {props.records.map((record) => (
          <option key={record.id} value={record.id}>
            {props.name(record)}
          </option>
        ))}
      </select>
    </Field>
  );
}
