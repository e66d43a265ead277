/**
 * The planner's IndexedDB database. Versions are append-only: a change of shape adds a new
 * `version(n)` with an `upgrade()` and keeps every earlier declaration (see schema.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  Client,
  Commitment,
  MicrotaskSession,
  Platform,
  Settings,
  TimeOff,
  WorkRecord,
} from '../../../core/types';
import { applySchema, DB_NAME } from './schema';

export { DB_NAME };

export type PlannerDb = Dexie & {
  settings: EntityTable<Settings, 'id'>;
  clients: EntityTable<Client, 'id'>;
  commitments: EntityTable<Commitment, 'id'>;
  platforms: EntityTable<Platform, 'id'>;
  sessions: EntityTable<MicrotaskSession, 'id'>;
  timeOff: EntityTable<TimeOff, 'id'>;
  workRecords: EntityTable<WorkRecord, 'id'>;
};

/** Opens (lazily) the planner database; `name` lets tests use a fresh one each. */
export function createDb(
  name: string = DB_NAME,
  options?: ConstructorParameters<typeof Dexie>[1],
): PlannerDb {
  const db = new Dexie(name, options) as PlannerDb;
  applySchema(db);
  return db;
}
