/**
 * Mutations that turn a valid backup file into an invalid one, as a fast-check arbitrary: wrong
 * types anywhere, unknown zones, dangling references, duplicate ids, out-of-range values,
 * prototype-pollution keys and truncated text. Each says what it did, for failure reports.
 */
import fc from 'fast-check';
import { createBackup, type BackupData } from '../../../src/core/backup';
import { datasetArb } from '../arbitraries';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export type Mutated = { what: string; text: string };

const NOW = Date.UTC(2026, 10, 23, 2);

function toJson(text: string): Json {
  const parsed: Json = JSON.parse(text);
  return parsed;
}

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every path below the root, depth first. */
function paths(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [];
  const children: [string | number, Json][] = Array.isArray(value)
    ? value.map((v, i): [number, Json] => [i, v])
    : isObject(value)
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) {
    out.push([...prefix, key], ...paths(child, [...prefix, key]));
  }
  return out;
}

function parentOf(root: Json, path: Path): { parent: Json; key: string | number } {
  let node = root;
  for (const step of path.slice(0, -1)) {
    node =
      Array.isArray(node) && typeof step === 'number'
        ? (node[step] ?? null)
        : isObject(node) && typeof step === 'string'
          ? (node[step] ?? null)
          : null;
  }
  return { parent: node, key: path[path.length - 1] ?? '' };
}

function getAt(root: Json, path: Path): Json {
  const { parent, key } = parentOf(root, path);
  if (Array.isArray(parent) && typeof key === 'number') return parent[key] ?? null;
  if (isObject(parent) && typeof key === 'string') return parent[key] ?? null;
  return null;
}

function setAt(root: Json, path: Path, value: Json): void {
  const { parent, key } = parentOf(root, path);
  if (Array.isArray(parent) && typeof key === 'number') parent[key] = value;
  else if (isObject(parent) && typeof key === 'string') parent[key] = value;
}

/** A value of another JSON type than `value`, which no field accepts in its place. */
function wrongType(value: Json): Json {
  if (value === null) return true;
  if (Array.isArray(value)) return { not: 'a list' };
  if (typeof value === 'object') return ['not', 'a record'];
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return String(value);
  return 'yes';
}

const pick = <T>(items: readonly T[], n: number): T | undefined =>
  items[n % Math.max(1, items.length)];

const LIST_TABLES = ['clients', 'commitments', 'platforms', 'sessions'] as const;

/** Values out of range for a field that is otherwise the right type. */
const OUT_OF_RANGE: { table: (typeof LIST_TABLES)[number]; field: string; value: Json }[] = [
  { table: 'commitments', field: 'durationMin', value: 0 },
  { table: 'commitments', field: 'durationMin', value: 1441 },
  { table: 'commitments', field: 'start', value: '24:30' },
  { table: 'clients', field: 'color', value: 'blue' },
  { table: 'clients', field: 'createdAt', value: -1 },
  { table: 'clients', field: 'id', value: ' padded ' },
  { table: 'platforms', field: 'minSessionMin', value: 4 },
  { table: 'platforms', field: 'hourlyRate', value: -5 },
  { table: 'sessions', field: 'start', value: 1.5 },
  { table: 'sessions', field: 'updatedAt', value: 9e15 },
];

type Kind =
  'wrong-type' | 'bad-zone' | 'dangling' | 'duplicate' | 'range' | 'hostile-key' | 'truncate';

function mutate(data: BackupData, kind: Kind, a: number, b: number): Mutated {
  const text = createBackup(data, { appVersion: '0.1.0', now: NOW, schemaVersion: 1 });
  const root = toJson(text);
  const all = paths(root);
  switch (kind) {
    case 'wrong-type': {
      const path = pick(all, a) ?? ['data'];
      setAt(root, path, wrongType(getAt(root, path)));
      return { what: `wrong type at ${path.join('.')}`, text: JSON.stringify(root) };
    }
    case 'bad-zone': {
      const zones = all.filter((p) => /zone$/i.test(String(p[p.length - 1])));
      const path = pick(zones, a) ?? ['data', 'settings', 'homeZone'];
      setAt(
        root,
        path,
        pick(['Mars/Base', 'America/Nowhere', 'EST5EDT/Bad', ''], b) ?? 'Mars/Base',
      );
      return { what: `bad zone at ${path.join('.')}`, text: JSON.stringify(root) };
    }
    case 'dangling': {
      const table = a % 2 === 0 ? 'commitments' : 'sessions';
      const field = table === 'commitments' ? 'clientId' : 'platformId';
      const index = b % data[table].length;
      setAt(root, ['data', table, index, field], `missing-${field}`);
      return { what: `dangling ${table}.${index}.${field}`, text: JSON.stringify(root) };
    }
    case 'duplicate': {
      const table = pick(LIST_TABLES, a) ?? 'clients';
      const list = getAt(root, ['data', table]);
      if (Array.isArray(list)) list.push(structuredClone(list[b % list.length] ?? null));
      return { what: `duplicate in ${table}`, text: JSON.stringify(root) };
    }
    case 'range': {
      const spec = pick(OUT_OF_RANGE, a) ?? OUT_OF_RANGE[0];
      if (!spec) throw new Error('no out-of-range cases');
      const index = b % data[spec.table].length;
      setAt(root, ['data', spec.table, index, spec.field], spec.value);
      return {
        what: `${spec.table}.${index}.${spec.field} = ${JSON.stringify(spec.value)}`,
        text: JSON.stringify(root),
      };
    }
    case 'hostile-key': {
      const objects: Path[] = [[], ...all.filter((p) => isObject(getAt(root, p)))];
      const path = pick(objects, a) ?? [];
      const target = path.length === 0 ? root : getAt(root, path);
      const key = pick(['__proto__', 'constructor', 'prototype'], b) ?? '__proto__';
      if (isObject(target)) target['__MARK__'] = { polluted: true };
      // JSON.stringify cannot write an own "__proto__" key, so the text is edited instead.
      return {
        what: `${key} in ${path.join('.') || 'root'}`,
        text: JSON.stringify(root).replace('"__MARK__"', `"${key}"`),
      };
    }
    case 'truncate': {
      const body = text.trimEnd();
      const cut = a % body.length;
      return { what: `truncated to ${cut} of ${body.length} characters`, text: body.slice(0, cut) };
    }
  }
}

/** A valid backup (every table non-empty) turned invalid in one of several ways. */
export const invalidBackupArb: fc.Arbitrary<Mutated> = fc
  .tuple(
    datasetArb({ minEach: 1, maxEach: 3, settings: 'always' }),
    fc.constantFrom<Kind>(
      'wrong-type',
      'bad-zone',
      'dangling',
      'duplicate',
      'range',
      'hostile-key',
      'truncate',
    ),
    fc.nat(),
    fc.nat(),
  )
  .map(([data, kind, a, b]) => mutate(data, kind, a, b));
