/**
 * Every write the UI makes goes through here: validate with the core's validators, then write.
 * A failed validation returns field errors and writes nothing.
 */
import type { FieldErrors } from '../../../core/validate/fields';
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
  MicrotaskSession,
  Platform,
  Settings,
  TimeOff,
} from '../../../core/types';
import type { PlannerDb } from './db';

export type WriteResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function newId(): string {
  return crypto.randomUUID();
}

/** Saves the settings (created on first run). */
export async function saveSettings(
  db: PlannerDb,
  draft: unknown,
  now: number,
): Promise<WriteResult<Settings>> {
  const checked = validateSettings(draft);
  if (!checked.ok) return checked;
  const value: Settings = { ...checked.value, id: 'settings', updatedAt: now };
  await db.settings.put(value);
  return { ok: true, value };
}

/** Creates a client, or updates it when `id` is given. */
export async function saveClient(
  db: PlannerDb,
  draft: unknown,
  now: number,
  id?: string,
): Promise<WriteResult<Client>> {
  const checked = validateClient(draft);
  if (!checked.ok) return checked;
  return db.transaction('rw', db.clients, async () => {
    const existing = id ? await db.clients.get(id) : undefined;
    const value: Client = {
      ...checked.value,
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.clients.put(value);
    return { ok: true as const, value };
  });
}

/** Deletes a client with its commitments and time off (the UI asks first and says so). */
export async function deleteClient(db: PlannerDb, id: string): Promise<void> {
  await db.transaction('rw', db.clients, db.commitments, db.timeOff, async () => {
    await db.commitments.where('clientId').equals(id).delete();
    await db.timeOff.where('owner.clientId').equals(id).delete();
    await db.clients.delete(id);
  });
}

/** Creates a commitment, or updates it when `id` is given; the client must exist. */
export async function saveCommitment(
  db: PlannerDb,
  draft: unknown,
  now: number,
  id?: string,
): Promise<WriteResult<Commitment>> {
  const checked = validateCommitment(draft);
  if (!checked.ok) return checked;
  return db.transaction('rw', db.clients, db.commitments, async () => {
    if (!(await db.clients.get(checked.value.clientId))) {
      return { ok: false as const, errors: { clientId: 'Pick a client for this commitment.' } };
    }
    const existing = id ? await db.commitments.get(id) : undefined;
    const value: Commitment = {
      ...checked.value,
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.commitments.put(value);
    return { ok: true as const, value };
  });
}

/** Deletes one commitment. */
export async function deleteCommitment(db: PlannerDb, id: string): Promise<void> {
  await db.commitments.delete(id);
}

/** Creates a platform, or updates it when `id` is given. */
export async function savePlatform(
  db: PlannerDb,
  draft: unknown,
  now: number,
  id?: string,
): Promise<WriteResult<Platform>> {
  const checked = validatePlatform(draft);
  if (!checked.ok) return checked;
  return db.transaction('rw', db.platforms, async () => {
    const existing = id ? await db.platforms.get(id) : undefined;
    const value: Platform = {
      ...checked.value,
      id: existing?.id ?? newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.platforms.put(value);
    return { ok: true as const, value };
  });
}

/** Deletes a platform with its sessions. */
export async function deletePlatform(db: PlannerDb, id: string): Promise<void> {
  await db.transaction('rw', db.platforms, db.sessions, async () => {
    await db.sessions.where('platformId').equals(id).delete();
    await db.platforms.delete(id);
  });
}

/** Stores accepted sessions (all or none); each must belong to a known platform. */
export async function saveSessions(
  db: PlannerDb,
  drafts: readonly { id?: string; draft: unknown }[],
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
  return db.transaction('rw', db.clients, db.commitments, db.timeOff, async () => {
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
  });
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

function sameTimeOff(a: TimeOff, b: Omit<TimeOff, 'id' | 'createdAt' | 'updatedAt'>): boolean {
  return (
    a.startDate === b.startDate &&
    a.endDate === b.endDate &&
    a.label === b.label &&
    a.icsUid === b.icsUid
  );
}
