/**
 * Every write the UI makes goes through here: validate with the core's validators, then write.
 * A failed validation returns field errors and writes nothing; a failed write (a full disk, the
 * database closed by another window) and a record changed elsewhere come back in words, never
 * as a rejection, so an editor can say so, keep what was typed and let the user try again.
 */
import type { InsertType, Table } from 'dexie';
import type { FieldErrors, Validation } from '../../../core/validate/fields';
import {
  validateClient,
  validateCommitment,
  validatePlatform,
  validateSession,
  validateSettings,
} from '../../../core/validate/records';
import { validateTimeOff } from '../../../core/validate/time-off';
import type {
  Client,
  Commitment,
  Draft,
  MicrotaskSession,
  Platform,
  Settings,
  Stamp,
  TimeOff,
} from '../../../core/types';
import type { PlannerDb } from './db';
import { attempt, conflictProblem, refused, stampAfter, type WriteResult } from './write-result';

export { conflictProblem, type WriteProblem, type WriteResult } from './write-result';

/** The record an editor writes over: its id and the change time it loaded (unchecked without). */
export type SaveTarget = { id: string; loadedAt?: number };

const newId = (): string => crypto.randomUUID();

function targetOf(target: string | SaveTarget | null | undefined): SaveTarget | undefined {
  return typeof target === 'string' ? { id: target } : (target ?? undefined);
}

/**
 * Writes one record inside the caller's transaction after checking, in that same transaction,
 * that the stored record is still the one the editor loaded: checked outside it, another
 * window's write could land between the check and the put.
 */
async function putChecked<T extends Stamp>(
  table: Table<T, string, InsertType<T, 'id'>>,
  target: SaveTarget | undefined,
  now: number,
  build: (stamps: Stamp) => T,
): Promise<WriteResult<T>> {
  const existing = target ? await table.get(target.id) : undefined;
  if (target?.loadedAt !== undefined && existing?.updatedAt !== target.loadedAt) {
    return refused(conflictProblem(existing));
  }
  // A record the user chose to overwrite after it was deleted elsewhere keeps its id.
  const value = build({
    id: existing?.id ?? target?.id ?? newId(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: stampAfter(existing, now),
  });
  await table.put(value);
  return { ok: true, value };
}

/** Saves the settings (created on first run); with `loadedAt`, only over the settings loaded. */
export async function saveSettings(
  db: PlannerDb,
  draft: unknown,
  now: number,
  options: { loadedAt?: number } = {},
): Promise<WriteResult<Settings>> {
  const checked = validateSettings(draft);
  if (!checked.ok) return checked;
  return attempt(() =>
    db.transaction('rw', db.settings, async () => {
      const existing = await db.settings.get('settings');
      if (options.loadedAt !== undefined && existing?.updatedAt !== options.loadedAt) {
        return refused<Settings>(conflictProblem(existing));
      }
      const value: Settings = {
        ...checked.value,
        id: 'settings',
        updatedAt: stampAfter(existing, now),
      };
      await db.settings.put(value);
      return { ok: true as const, value };
    }),
  );
}

/** A check a save makes in its transaction, on another table: field errors refuse the save. */
type SaveCheck<D> = {
  reads: (db: PlannerDb) => Table;
  refuse: (db: PlannerDb, value: D) => Promise<FieldErrors | null>;
};

/**
 * The save of one table's drafts: validated, then created, or written over the `target` one
 * (putChecked), in one transaction with the `check` when there is one.
 */
function draftSaver<T extends Stamp, D>(
  table: (db: PlannerDb) => Table<T, string, InsertType<T, 'id'>>,
  validate: (draft: unknown) => Validation<D>,
  build: (value: D, stamps: Stamp) => T,
  check?: SaveCheck<D>,
): (
  db: PlannerDb,
  draft: unknown,
  now: number,
  target?: string | SaveTarget | null,
) => Promise<WriteResult<T>> {
  return async (db, draft, now, target) => {
    const checked = validate(draft);
    if (!checked.ok) return checked;
    const tables = check ? [table(db), check.reads(db)] : [table(db)];
    return attempt(() =>
      db.transaction('rw', tables, async () => {
        const errors = check ? await check.refuse(db, checked.value) : null;
        if (errors) return { ok: false as const, errors };
        return putChecked(table(db), targetOf(target), now, (stamps) =>
          build(checked.value, stamps),
        );
      }),
    );
  };
}

/** Creates a client, or updates the `target` one. */
export const saveClient = draftSaver(
  (db) => db.clients,
  validateClient,
  (value, stamps): Client => ({ ...value, ...stamps }),
);

/** Creates a commitment, or updates the `target` one; the client must exist. */
export const saveCommitment = draftSaver(
  (db) => db.commitments,
  validateCommitment,
  (value, stamps): Commitment => ({ ...value, ...stamps }),
  {
    reads: (db) => db.clients,
    refuse: async (db, value) =>
      (await db.clients.get(value.clientId))
        ? null
        : { clientId: 'Pick a client for this commitment.' },
  },
);

/** Creates a platform, or updates the `target` one. */
export const savePlatform = draftSaver(
  (db) => db.platforms,
  validatePlatform,
  (value, stamps): Platform => ({ ...value, ...stamps }),
);

/**
 * Deletes a client with its commitments, their work records and its time off (the UI asks
 * first and says so).
 */
export async function deleteClient(db: PlannerDb, id: string): Promise<void> {
  const tables = [db.clients, db.commitments, db.workRecords, db.timeOff];
  await db.transaction('rw', tables, async () => {
    const ids = await db.commitments.where('clientId').equals(id).primaryKeys();
    await db.workRecords.where('commitmentId').anyOf(ids).delete();
    await db.commitments.where('clientId').equals(id).delete();
    await db.timeOff.where('owner.clientId').equals(id).delete();
    await db.clients.delete(id);
  });
}

/** Deletes one commitment with the work records of its occurrences. */
export async function deleteCommitment(db: PlannerDb, id: string): Promise<void> {
  await db.transaction('rw', db.commitments, db.workRecords, async () => {
    await db.workRecords.where('commitmentId').equals(id).delete();
    await db.commitments.delete(id);
  });
}

/**
 * A switch's write: only `patch` changes, read and written in one transaction. Writing back the
 * whole record a list or dialog showed would undo another window's newer edit.
 */
async function patchRecord<T extends Stamp>(
  db: PlannerDb,
  table: Table<T, string, InsertType<T, 'id'>>,
  id: string,
  patch: Partial<T>,
  now: number,
): Promise<WriteResult<T>> {
  return attempt(() =>
    db.transaction('rw', table, async () => {
      const existing = await table.get(id);
      if (!existing) return refused<T>(conflictProblem(existing));
      const value: T = { ...existing, ...patch, updatedAt: stampAfter(existing, now) };
      await table.put(value);
      return { ok: true as const, value };
    }),
  );
}

/** The write of one switch of a table's records: only `field` changes (see patchRecord). */
function fieldSwitch<T extends Stamp, K extends keyof T>(
  table: (db: PlannerDb) => Table<T, string, InsertType<T, 'id'>>,
  field: K,
): (db: PlannerDb, id: string, value: T[K], now: number) => Promise<WriteResult<T>> {
  return (db, id, value, now) => {
    const patch: Partial<T> = {};
    patch[field] = value;
    return patchRecord(db, table(db), id, patch, now);
  };
}

/** Switches a platform on or off. */
export const setPlatformEnabled = fieldSwitch<Platform, 'enabled'>((db) => db.platforms, 'enabled');

/** Archives a client or brings one back. */
export const setClientArchived = fieldSwitch<Client, 'archived'>((db) => db.clients, 'archived');

/** Locks or unlocks a session (only that field: another window may have moved it). */
export const setSessionLocked = fieldSwitch<MicrotaskSession, 'locked'>(
  (db) => db.sessions,
  'locked',
);

/** Deletes a platform with its sessions. */
export async function deletePlatform(db: PlannerDb, id: string): Promise<void> {
  await db.transaction('rw', db.platforms, db.sessions, async () => {
    await db.sessions.where('platformId').equals(id).delete();
    await db.platforms.delete(id);
  });
}

/**
 * Stores accepted sessions (all or none); each must belong to a known platform. With `loadedAt`,
 * a session is written only over the copy the caller loaded (else "changed in another window").
 */
export async function saveSessions(
  db: PlannerDb,
  drafts: readonly { id?: string; draft: unknown; loadedAt?: number }[],
  now: number,
): Promise<WriteResult<MicrotaskSession[]>> {
  const values: MicrotaskSession[] = [];
  return db.transaction('rw', db.platforms, db.sessions, async () => {
    for (const [i, item] of drafts.entries()) {
      const checked = validateSession(item.draft);
      if (!checked.ok) return { ok: false as const, errors: prefix(checked.errors, `${i}.`) };
      if (!(await db.platforms.get(checked.value.platformId))) {
        return { ok: false as const, errors: { [`${i}.platformId`]: 'Unknown platform.' } };
      }
      const existing = item.id ? await db.sessions.get(item.id) : undefined;
      if (item.loadedAt !== undefined && existing?.updatedAt !== item.loadedAt) {
        return refused<MicrotaskSession[]>(conflictProblem(existing));
      }
      values.push({
        ...checked.value,
        id: existing?.id ?? newId(),
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      });
    }
    await db.sessions.bulkPut(values);
    return { ok: true as const, value: values };
  });
}

/** Deletes one session. */
export async function deleteSession(db: PlannerDb, id: string): Promise<void> {
  await db.sessions.delete(id);
}

function prefix(errors: FieldErrors, p: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [p + k, v]));
}

/** Writes an import's new and updated commitments, all or none, each validated first. */
export async function importCommitments(
  db: PlannerDb,
  records: readonly Commitment[],
): Promise<WriteResult<number>> {
  return importCalendar(db, records, []);
}

/**
 * Writes what an import kept, commitments and time off together, all or none: each record is
 * validated first, and every client they name must be here.
 */
export async function importCalendar(
  db: PlannerDb,
  records: readonly Commitment[],
  timeOff: readonly TimeOff[],
): Promise<WriteResult<number>> {
  const values: Commitment[] = [];
  for (const [i, record] of records.entries()) {
    const { id, createdAt, updatedAt, ...draft } = record;
    const checked = validateCommitment(draft);
    if (!checked.ok) return { ok: false, errors: prefix(checked.errors, `${i}.`) };
    values.push({ ...checked.value, id, createdAt, updatedAt });
  }
  return attempt(() =>
    db.transaction('rw', db.clients, db.commitments, db.timeOff, async () => {
      for (const value of values) {
        if (!(await db.clients.get(value.clientId))) {
          return {
            ok: false as const,
            errors: { clientId: 'Pick a client for the imported events.' },
          };
        }
      }
      const ids = await clientIds(db);
      const days: TimeOff[] = [];
      for (const [i, record] of timeOff.entries()) {
        const { id, createdAt, updatedAt, ...draft } = record;
        const checked = validateTimeOff(draft, { clientIds: ids });
        if (!checked.ok)
          return { ok: false as const, errors: prefix(checked.errors, `timeOff.${i}.`) };
        days.push({ ...checked.value, id, createdAt, updatedAt });
      }
      await db.commitments.bulkPut(values);
      await db.timeOff.bulkPut(days);
      return { ok: true as const, value: values.length + days.length };
    }),
  );
}

/** The ids of every client, read inside the caller's transaction. */
async function clientIds(db: PlannerDb): Promise<Set<string>> {
  return new Set(await db.clients.toCollection().primaryKeys());
}

/**
 * Replaces one owner's time off with `drafts` (the editor's whole list), all or none: every
 * draft is validated, errors come back under `i.field`, and nothing is written if one fails.
 */
export async function replaceTimeOff(
  db: PlannerDb,
  owner: TimeOff['owner'],
  drafts: readonly { id?: string; draft: unknown }[],
  now: number,
): Promise<WriteResult<TimeOff[]>> {
  return db.transaction('rw', db.clients, db.timeOff, async () => {
    const ids = await clientIds(db);
    const current = (await db.timeOff.toArray()).filter((t) => sameOwner(t.owner, owner));
    const byId = new Map(current.map((t) => [t.id, t]));
    const values: TimeOff[] = [];
    let errors: FieldErrors = {};
    for (const [i, item] of drafts.entries()) {
      const checked = validateTimeOff(item.draft, { clientIds: ids });
      if (!checked.ok) {
        errors = { ...errors, ...prefix(checked.errors, `${i}.`) };
        continue;
      }
      const existing = item.id ? byId.get(item.id) : undefined;
      values.push({
        ...checked.value,
        owner,
        id: existing?.id ?? newId(),
        createdAt: existing?.createdAt ?? now,
        // Unchanged rows keep their stamp, so a merge restore sees what really changed.
        updatedAt: existing && sameTimeOff(existing, checked.value) ? existing.updatedAt : now,
      });
    }
    if (Object.keys(errors).length > 0) return { ok: false as const, errors };
    const kept = new Set(values.map((v) => v.id));
    await db.timeOff.bulkDelete(current.filter((t) => !kept.has(t.id)).map((t) => t.id));
    await db.timeOff.bulkPut(values);
    return { ok: true as const, value: values };
  });
}

function sameOwner(a: TimeOff['owner'], b: TimeOff['owner']): boolean {
  if (a.kind === 'worker' || b.kind === 'worker') return a.kind === b.kind;
  return a.clientId === b.clientId;
}

function sameTimeOff(a: TimeOff, b: Draft<TimeOff>): boolean {
  return (
    a.startDate === b.startDate &&
    a.endDate === b.endDate &&
    a.label === b.label &&
    a.icsUid === b.icsUid
  );
}
