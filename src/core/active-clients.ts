/**
 * The one archived-client filter. An archived client's work is over: it is not shown in the week,
 * planned around, reminded or offered for new work, and their commitments go with them.
 */
import type { Client, Commitment } from './types';

/** The clients that are not archived, in their order. */
export function activeClients<C extends Pick<Client, 'archived'>>(clients: readonly C[]): C[] {
  return clients.filter((client) => !client.archived);
}

/** The commitments whose client is not archived (one with an unknown client stays). */
export function activeCommitments<T extends Pick<Commitment, 'clientId'>>(
  commitments: readonly T[],
  clients: readonly Pick<Client, 'id' | 'archived'>[],
): T[] {
  const archived = new Set(clients.filter((client) => client.archived).map((client) => client.id));
  return commitments.filter((commitment) => !archived.has(commitment.clientId));
}
