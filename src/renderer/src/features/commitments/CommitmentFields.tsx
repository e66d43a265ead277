/**
 * The fields every way of making a commitment shares: which client (named with their city, so
 * the zone it is written in is plain) and which kind.
 */
import type { Client, CommitmentKind } from '../../../../core/types';
import { Field } from '../../components/Field';
import { RecordSelect } from '../../components/RecordSelect';
import { zoneCity } from '../../format';
import { parseKind } from './commitment-form';

/** The client picker; says so when there is no client to pick. */
export function ClientField(props: {
  clients: readonly Client[];
  value: string;
  error: string | undefined;
  hint?: string | undefined;
  onChange: (clientId: string) => void;
}) {
  return (
    <RecordSelect
      {...props}
      label="Client"
      records={props.clients}
      name={(c) => `${c.name} (${zoneCity(c.zone)})`}
      empty="Add a client first"
    />
  );
}

/** Call, work block or deadline. */
export function KindField(props: {
  value: CommitmentKind;
  error: string | undefined;
  onChange: (kind: CommitmentKind) => void;
}) {
  return (
    <Field label="Kind" error={props.error}>
      <select value={props.value} onChange={(e) => props.onChange(parseKind(e.target.value))}>
        <option value="call">Call</option>
        <option value="work">Work block</option>
        <option value="deadline">Deadline</option>
      </select>
    </Field>
  );
}
