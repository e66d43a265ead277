/**
 * The client list: edit, archive, or delete a client after saying what goes with it.
 */
import { useState } from 'react';
import type { Client, Commitment } from '../../../../core/types';
import { Dialog } from '../../components/Dialog';
import { ConfirmDelete, EditDelete } from '../../components/EditorButtons';
import { db } from '../../db/instance';
import { deleteClient } from '../../db/repo';
import { formatMoney, zoneCity } from '../../format';

type Props = {
  clients: Client[];
  commitments: Commitment[];
  onClose: () => void;
  onEdit: (client: Client | null) => void;
};

function billingLabel(client: Client): string {
  const b = client.billing;
  return b.kind === 'hourly'
    ? `${formatMoney(b.rate, client.currency)}/h`
    : `${formatMoney(b.monthlyFee, client.currency)}/month, ${b.includedHours} h included`;
}

/** Lists clients with their zone, billing and commitments. */
export function ClientListDialog({ clients, commitments, onClose, onEdit }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Dialog
      title="Clients"
      onClose={onClose}
      testId="clients-dialog"
      footer={
        <button type="button" className="button primary" onClick={() => onEdit(null)}>
          New client
        </button>
      }
    >
      {clients.length === 0 ? <p className="muted">No clients yet.</p> : null}
      {problem ? (
        <p className="notice critical" role="alert">
          {problem}
        </p>
      ) : null}
      <ul className="entity-list">
        {clients.map((client) => {
          const owned = commitments.filter((c) => c.clientId === client.id);
          return (
            <li key={client.id} className={client.archived ? 'archived' : undefined}>
              <span className="dot" style={{ background: client.color }} aria-hidden />
              <div className="entity-main">
                <strong>{client.name}</strong>
                {client.archived ? <span className="tag">archived</span> : null}
                <div className="muted small">
                  {zoneCity(client.zone)} · {billingLabel(client)} · {owned.length} commitment
                  {owned.length === 1 ? '' : 's'}
                </div>
                {confirming === client.id ? (
                  <ConfirmDelete
                    name={client.name}
                    onDelete={() => deleteClient(db, client.id)}
                    onDone={() => setConfirming(null)}
                    onFailed={setProblem}
                  >
                    Delete {client.name} and{' '}
                    {owned.length === 0
                      ? 'nothing else'
                      : `their ${owned.length} commitment${owned.length === 1 ? '' : 's'}`}
                    ? This cannot be undone. Archive instead to keep the history.
                  </ConfirmDelete>
                ) : null}
              </div>
              <div className="row-actions">
                <EditDelete
                  name={client.name}
                  onEdit={() => onEdit(client)}
                  onDelete={() => setConfirming(client.id)}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
