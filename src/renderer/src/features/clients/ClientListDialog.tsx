/**
 * The client list: edit, archive, or delete a client after saying what goes with it. A retainer
 * client shows its billing month: hours used of the included hours, and a warning when over.
 */
import { useState } from 'react';
import type { Client, Commitment } from '../../../../core/types';
import { EntityListDialog } from '../../components/EntityListDialog';
import { db } from '../../db/instance';
import { deleteClient, setClientArchived } from '../../db/repo';
import { formatDuration, formatMoney, zoneCity } from '../../format';
import { overageText, useRetainerMonths } from '../insights/RetainerMonths';

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

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Archiving keeps the client and its history and takes it off the week. */
function archive(client: Client): { label: string; run: () => Promise<unknown> } {
  return {
    label: `Archive ${client.name}`,
    run: async () => {
      const result = await setClientArchived(db, client.id, true, Date.now());
      if (!result.ok)
        throw new Error(result.problem?.message ?? 'the client could not be archived');
    },
  };
}

/** Lists clients with their zone, billing and commitments. */
export function ClientListDialog({ clients, commitments, onClose, onEdit }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const months = new Map(useRetainerMonths(clients, commitments).map((m) => [m.clientId, m]));
  const entries = clients.map((client) => {
    const owned = commitments.filter((c) => c.clientId === client.id).length;
    const month = months.get(client.id);
    const over = month ? overageText(month) : null;
    return {
      id: client.id,
      name: client.name,
      color: client.color,
      archived: client.archived,
      tag: client.archived ? 'archived' : null,
      details: (
        <>
          <div className="muted small">
            {zoneCity(client.zone)} · {billingLabel(client)} · {plural(owned, 'commitment')}
          </div>
          {month ? (
            <div className="small" data-testid="client-retainer-month">
              This month: {formatDuration(month.doneMin + month.plannedMin)} of{' '}
              {formatDuration(month.includedMin)} done and planned
              {over ? <div className="notice warn small">{over}</div> : null}
            </div>
          ) : null}
        </>
      ),
      deleteQuestion: (
        <>
          Delete {client.name} and{' '}
          {owned === 0 ? 'nothing else' : `their ${plural(owned, 'commitment')}`}? This cannot be
          undone.{client.archived ? null : ' Archive instead to keep the history.'}
        </>
      ),
      onDelete: () => deleteClient(db, client.id),
      ...(client.archived ? {} : { instead: archive(client) }),
      onEdit: () => onEdit(client),
    };
  });
  return (
    <EntityListDialog
      title="Clients"
      testId="clients-dialog"
      addLabel="New client"
      onAdd={() => onEdit(null)}
      onClose={onClose}
      empty={<p className="muted">No clients yet.</p>}
      entries={entries}
      problem={problem}
      onProblem={setProblem}
    />
  );
}
