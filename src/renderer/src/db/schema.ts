/**
 * The schema history. Append-only: never edit a shipped version; add the next one with an
 * upgrade function whenever stored data changes shape, and a migration test with fixture data
 * written at the previous version (tests/unit/db/migrations.test.ts).
 */
import type Dexie from 'dexie';

/** The database's name. */
export const DB_NAME = 'hybrid-planner';

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
  refuseNewerVersions(db);
}

/** The database on disk was upgraded by a newer build; this build must not read or write it. */
export class NewerDatabaseError extends Error {
  override readonly name = 'NewerDatabaseError';

  constructor(readonly installedVersion: number) {
    super(
      `The planner’s data was upgraded by a newer version of Hybrid Planner (data version ${installedVersion}; this version knows up to ${SCHEMA_VERSION}).`,
    );
  }
}

/** The schema version of an open connection (Dexie keeps 10× the version on disk). */
export function installedSchemaVersion(nativeVersion: number): number {
  return Math.floor(nativeVersion / 10);
}

/**
 * Refuses to finish opening a database a newer build has upgraded. Dexie 4 would otherwise open
 * it at the newer version without complaint, and this build would write old-shaped records into
 * it. Declared with the schema so every connection (tests included) has the guard.
 */
export function refuseNewerVersions(db: Dexie): void {
  db.on(
    'ready',
    () => {
      const installed = installedSchemaVersion(db.backendDB().version);
      if (installed > SCHEMA_VERSION) throw new NewerDatabaseError(installed);
    },
    true,
  );
}
