/**
 * The schema history. Append-only: never edit a shipped version; add the next one with an
 * upgrade function whenever stored data changes shape, and a migration test with fixture data
 * written at the previous version (tests/unit/db/migrations.test.ts).
 */
import type Dexie from 'dexie';

/** The newest schema version this build knows. */
export const SCHEMA_VERSION = 1;

/** Declares every schema version on `db`, oldest first. */
export function applySchema(db: Dexie): void {
  // Version 1: the first release. Indexes only on what the app queries by.
  db.version(1).stores({
    settings: 'id',
    clients: 'id, name',
    commitments: 'id, clientId, icsUid',
    platforms: 'id, name',
    sessions: 'id, platformId, start',
  });
}
