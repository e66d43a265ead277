/**
 * The schema history. Append-only: never edit a shipped version; add the next one with an
 * upgrade function whenever stored data changes shape, and a migration test with fixture data
 * written at the previous version (tests/unit/db/migrations.test.ts).
 */
import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { recordUpgrades } from '../../../core/migrate';

/** The database's name. */
export const DB_NAME = 'hybrid-planner';

/** The newest schema version this build knows. */
export const SCHEMA_VERSION = 8;

/** Declares every schema version on `db`, oldest first. */
export function applySchema(db: Dexie): void {
  // Version 1: the first release. Indexes only on what the app queries by.
  const v1 = {
    settings: 'id',
    clients: 'id, name',
    commitments: 'id, clientId, icsUid',
    platforms: 'id, name',
    sessions: 'id, platformId, start',
  };
  db.version(1).stores(v1);
  // Version 2: one break rule (settings.breakRule folded into the burnout thresholds). Same
  // indexes; the records are upgraded by the core's migration, as a backup of version 1 is.
  db.version(2)
    .stores(v1)
    .upgrade((tx) => upgradeRecords(tx, 2));
  // Version 5: time off (a client's days away, the worker's days off), a new table. Versions 3
  // and 4 were set aside for parallel work and never used; Dexie only needs increasing numbers. A
  // client's time off is found by its client (to delete it with the client) and an imported
  // one by its calendar UID (a re-import updates it).
  const v5 = { ...v1, timeOff: 'id, owner.clientId, icsUid' };
  db.version(5)
    .stores(v5)
    .upgrade((tx) => upgradeRecords(tx, 5));
  // Version 6: dismissed proposals, a new table, so a dismissal outlives a reload. Found by
  // when they expire (the end of their week), to clear the old ones. Not part of a backup:
  // they are view state that lapses within a week, and a proposal's id names a platform and a
  // start that a restored database may plan differently; core/migrate.ts lists no table for it.
  const v6 = { ...v5, dismissals: 'id, expiresAt' };
  db.version(6).stores(v6);
  // Version 7: the exchange rates the worker enters, in the settings record (an empty list for
  // data written before). Same indexes.
  db.version(7)
    .stores(v6)
    .upgrade((tx) => upgradeRecords(tx, 7));
  // Version 8: plan against actual. What became of past occurrences, a new table keyed by the
  // occurrence id and found by its commitment (deleted with it); sessions gain their actual
  // minutes (null: as planned).
  db.version(8)
    .stores({ ...v6, workRecords: 'id, commitmentId' })
    .upgrade((tx) => upgradeRecords(tx, 8));
  refuseNewerVersions(db);
}

/** Rewrites every record of the tables that change shape on the way to `version`. */
async function upgradeRecords(tx: Transaction, version: number): Promise<void> {
  // Only Dexie work inside the upgrade transaction: the migration itself is synchronous.
  for (const [table, upgrade] of recordUpgrades(version)) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: unknown, ref: { value: unknown }) => {
        ref.value = upgrade(row);
      });
  }
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
function refuseNewerVersions(db: Dexie): void {
  db.on(
    'ready',
    () => {
      const installed = installedSchemaVersion(db.backendDB().version);
      if (installed > SCHEMA_VERSION) throw new NewerDatabaseError(installed);
    },
    true,
  );
}
