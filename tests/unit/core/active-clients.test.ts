import { describe, expect, it } from 'vitest';
import { activeClients, activeCommitments } from '../../../src/core/active-clients';

const clients = [
  { id: 'acme', archived: false },
  { id: 'old', archived: true },
  { id: 'north', archived: false },
];

describe('the archived-client filter', () => {
  it('keeps the clients that are not archived, in order', () => {
    expect(activeClients(clients).map((c) => c.id)).toEqual(['acme', 'north']);
  });

  it('drops the commitments of archived clients and keeps those of unknown ones', () => {
    const commitments = [
      { id: 'a', clientId: 'acme' },
      { id: 'b', clientId: 'old' },
      { id: 'c', clientId: 'gone' },
      { id: 'd', clientId: 'north' },
    ];
    expect(activeCommitments(commitments, clients).map((c) => c.id)).toEqual(['a', 'c', 'd']);
  });
});
