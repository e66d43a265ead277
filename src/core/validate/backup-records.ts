/**
 * Reads the records of a backup: every record through the record validators, plus the id and
 * time stamps each stored record carries, duplicate ids and references between records. Each
 * problem is said with the record's place and name ("Commitment 3 (“Weekly sync”): …").
 */
import { hasInvisible, isPlainRecord, type FieldErrors, type Validation } from './fields';
import {
  INSTANT_MAX,
  validateClient,
  validateCommitment,
  validatePlatform,
  validateSession,
  validateSettings,
} from './records';
import { validateTimeOff } from './time-off';
import { validateWorkRecord, type WorkRecordDraft } from './work-record';
import type { StoredTable } from '../migrate';
import type {
  Client,
  Commitment,
  Draft,
  MicrotaskSession,
  Platform,
  Settings,
  Stamp,
  TimeOff,
} from '../types';

const MAX_PROBLEMS = 20;
// Ids are short texts with nothing invisible in them and no spaces at either end.
// eslint-disable-next-line no-control-regex -- detecting control characters is the point
const ID_RE = /^[^\s\u0000-\u001f\u007f](?:[^\u0000-\u001f\u007f]{0,62}[^\s\u0000-\u001f\u007f])?$/;

/** The record tables (everything but the settings singleton). */
export type ListTable = Exclude<StoredTable, 'settings'>;

/** What the validator of each record table returns (the stamp is read apart). */
type TableDrafts = {
  clients: Draft<Client>;
  commitments: Draft<Commitment>;
  platforms: Draft<Platform>;
  sessions: Draft<MicrotaskSession>;
  timeOff: Draft<TimeOff>;
  workRecords: WorkRecordDraft;
};

/** How one table's records are validated and named in messages. */
type TableSpec<D> = {
  label: string;
  nameField: 'name' | 'title' | 'label' | null;
  validate: (input: unknown) => Validation<D>;
};

/** The record tables as backups and restores read them. */
const TABLES: { [K in ListTable]: TableSpec<TableDrafts[K]> } = {
  clients: { label: 'Client', nameField: 'name', validate: validateClient },
  commitments: { label: 'Commitment', nameField: 'title', validate: validateCommitment },
  platforms: { label: 'Platform', nameField: 'name', validate: validatePlatform },
  sessions: { label: 'Microtask session', nameField: null, validate: validateSession },
  // Owners are checked against the whole file's clients by checkTimeOffOwners.
  timeOff: { label: 'Time off', nameField: 'label', validate: (input) => validateTimeOff(input) },
  // The commitment is checked against the whole file's commitments by checkReference.
  workRecords: { label: 'Work record', nameField: null, validate: validateWorkRecord },
};

/** Collects problems, keeping the first few in full. */
export class Problems {
  readonly list: string[] = [];
  total = 0;
  add(message: string): void {
    this.total++;
    if (this.list.length < MAX_PROBLEMS) this.list.push(message);
  }
}

/** One field error in words: time-zone messages get their field named, editor hints dropped. */
function fieldMessage(path: string, message: string): string {
  const last = path.split('.').pop() ?? '';
  // The validators speak to an editor ("Pick one from the list"); a restore has no list.
  const text = message.replace(/ Pick one from the list\.$/, '');
  return /zone$/i.test(last) && text.startsWith('“') ? `time zone ${text}` : text;
}

/** "Commitment 3 (“Weekly sync”)": a record's place in the file and its name. */
function describeRecord(
  spec: Pick<TableSpec<unknown>, 'label' | 'nameField'>,
  raw: unknown,
  i: number,
) {
  const name = spec.nameField !== null && isPlainRecord(raw) ? raw[spec.nameField] : undefined;
  const shown =
    typeof name === 'string' && name.trim() !== '' ? ` (“${name.trim().slice(0, 60)}”)` : '';
  return `${spec.label} ${i + 1}${shown}`;
}

/** Checks the id and time stamps every stored record carries. */
function readStamp(raw: unknown, errors: FieldErrors, withCreated: boolean): Stamp {
  const record = isPlainRecord(raw) ? raw : {};
  const id = record['id'];
  if (typeof id !== 'string' || !ID_RE.test(id) || hasInvisible(id)) {
    errors['id'] =
      'its id is missing or not a short text without invisible characters or spaces at either end.';
  }
  const instant = (field: 'createdAt' | 'updatedAt', label: string): number => {
    const value = record[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > INSTANT_MAX) {
      errors[field] = `${label} is missing or not a time between 1970 and 2200.`;
      return 0;
    }
    return value;
  };
  return {
    id: typeof id === 'string' ? id : '',
    createdAt: withCreated ? instant('createdAt', 'Created time') : 0,
    updatedAt: instant('updatedAt', 'Changed time'),
  };
}

/** Validates the records of table `key`, reporting each problem with the record's place and name. */
export function readTable<K extends ListTable>(
  raw: Record<string, unknown>,
  key: K,
  problems: Problems,
): (TableDrafts[K] & Stamp)[] {
  const list = raw[key];
  if (!Array.isArray(list)) {
    problems.add(`The backup has no list of ${key}.`);
    return [];
  }
  const spec = TABLES[key];
  const out: (TableDrafts[K] & Stamp)[] = [];
  const seen = new Map<string, number>();
  list.forEach((item: unknown, i) => {
    const who = describeRecord(spec, item, i);
    const stampErrors: FieldErrors = {};
    const stamp = readStamp(item, stampErrors, true);
    const checked = spec.validate(item);
    const errors = { ...stampErrors, ...(checked.ok ? {} : checked.errors) };
    for (const [path, message] of Object.entries(errors)) {
      problems.add(`${who}: ${fieldMessage(path, message)}`);
    }
    const first = seen.get(stamp.id);
    if (stamp.id !== '' && first !== undefined) {
      problems.add(
        `${who} has the same id (“${stamp.id}”) as ${spec.label.toLowerCase()} ${first + 1}.`,
      );
    } else if (stamp.id !== '') seen.set(stamp.id, i);
    if (checked.ok && Object.keys(stampErrors).length === 0)
      out.push({ ...checked.value, ...stamp });
  });
  return out;
}

export function readSettings(raw: unknown, problems: Problems): Settings | null {
  if (raw === null) return null;
  const stampErrors: FieldErrors = {};
  const stamp = readStamp(raw, stampErrors, false);
  if (isPlainRecord(raw) && raw['id'] !== 'settings')
    stampErrors['id'] = 'its id must be “settings”.';
  const checked = validateSettings(raw);
  const errors = { ...stampErrors, ...(checked.ok ? {} : checked.errors) };
  for (const [path, message] of Object.entries(errors)) {
    problems.add(`Settings: ${fieldMessage(path, message)}`);
  }
  if (!checked.ok || Object.keys(stampErrors).length > 0) return null;
  return { ...checked.value, id: 'settings', updatedAt: stamp.updatedAt };
}

/** Ids in a raw list, whether or not the records themselves are valid. */
function rawIds(list: unknown): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(list)) return ids;
  for (const item of list) {
    if (isPlainRecord(item) && typeof item['id'] === 'string') ids.add(item['id']);
  }
  return ids;
}

/** Every `field` of the records in table `key` must name a record in table `target`. */
export function checkReference(
  raw: Record<string, unknown>,
  key: ListTable,
  field: 'clientId' | 'platformId' | 'commitmentId',
  target: ListTable,
  noun: string,
  problems: Problems,
): void {
  const ids = rawIds(raw[target]);
  const list = raw[key];
  if (!Array.isArray(list)) return;
  list.forEach((item: unknown, i) => {
    const ref = isPlainRecord(item) ? item[field] : undefined;
    if (typeof ref !== 'string' || ref.trim() === '' || ids.has(ref.trim())) return;
    problems.add(
      `${describeRecord(TABLES[key], item, i)}: its ${noun} (id “${ref.slice(0, 64)}”) is not in the backup.`,
    );
  });
}

/** Every client's time off must name a client in the backup (the worker's names none). */
export function checkTimeOffOwners(raw: Record<string, unknown>, problems: Problems): void {
  const ids = rawIds(raw['clients']);
  const list = raw['timeOff'];
  if (!Array.isArray(list)) return;
  list.forEach((item: unknown, i) => {
    const owner = isPlainRecord(item) ? item['owner'] : undefined;
    if (!isPlainRecord(owner) || owner['kind'] !== 'client') return;
    const ref = owner['clientId'];
    if (typeof ref !== 'string' || ref.trim() === '' || ids.has(ref.trim())) return;
    problems.add(
      `${describeRecord(TABLES.timeOff, item, i)}: its client (id “${ref.slice(0, 64)}”) is not in the backup.`,
    );
  });
}
