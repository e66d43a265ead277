/**
 * The fields every way of making a commitment shares: which client (named with their city, so
 * the zone it is written in is plain) and which kind.
 */
import type { Client, CommitmentKind } from '../../../../core/types';
import { Field } from '../../components/Field';
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
  const { clients } = props;
  return (
    <Field label="Client" error={props.error} hint={props.hint}>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {clients.length === 0 ? <option value="">Add a client first</option> : null}
        {clients.map((x) => (
          <option key={x.id} value={x.id}>
            {x.name} ({zoneCity(x.zone)})
          </option>
        ))}
      </select>
    </Field>
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
