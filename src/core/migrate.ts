/**
 * Upgrades of stored records from one data version to the next. The one place that knows how an
 * older record becomes today's: the database's `upgrade()` (renderer db/schema.ts) and the backup
 * reader (backup.ts) both call it, so an old database and an old backup end up the same.
 *
 * Versions are the database schema versions. Records come in as stored (`unknown`: nothing here
 * trusts them) and go out in the newer shape; what cannot be upgraded is left for the validators
 * to refuse (a backup) or for the app to meet as it was (a database, which it wrote itself).
 */
import { isPlainRecord } from './validate/fields';

/** The tables a database and a backup hold, in the order they are shown. */
export const STORED_TABLES = [
  'settings',
  'clients',
  'commitments',
  'platforms',
  'sessions',
  'timeOff',
  'workRecords',
] as const;

/** One of the tables a database and a backup hold. */
export type StoredTable = (typeof STORED_TABLES)[number];

/** Turns one stored record of a table into the next version's shape. */
export type RecordUpgrade = (raw: unknown) => unknown;

/** Version 2: one break rule. */
function settingsV2(raw: unknown): unknown {
  if (!isPlainRecord(raw)) return raw;
  const { breakRule, ...rest } = raw;
  const burnout = rest['burnout'];
  if (!isPlainRecord(burnout) || !isPlainRecord(breakRule)) return rest;
  // Version 1 kept the gap filler's break rule apart from the burnout rule's screen-break
  // thresholds. Where the two disagree the stricter wins (the shorter run before a break, the
  // longer break), so nothing the worker asked the planner to keep to is loosened.
  return {
    ...rest,
    burnout: {
      ...burnout,
      continuousMaxMin: stricter(
        burnout['continuousMaxMin'],
        breakRule['maxContinuousMin'],
        Math.min,
      ),
      continuousBreakMin: stricter(burnout['continuousBreakMin'], breakRule['breakMin'], Math.max),
    },
  };
}

/** Version 7: exchange rates into the worker's currency; data before it has none. */
function settingsV7(raw: unknown): unknown {
  if (!isPlainRecord(raw) || Object.hasOwn(raw, 'exchangeRates')) return raw;
  return { ...raw, exchangeRates: [] };
}

/** `pick` of two stored numbers; a value that is not a number gives way to the other. */
function stricter(a: unknown, b: unknown, pick: (x: number, y: number) => number): unknown {
  const ok = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
  if (ok(a) && ok(b)) return pick(a, b);
  return ok(a) ? a : ok(b) ? b : a;
}

/** Version 8: a session records the minutes it actually took (none yet: as planned). */
function sessionV8(raw: unknown): unknown {
  if (!isPlainRecord(raw) || Object.hasOwn(raw, 'actualMin')) return raw;
  return { ...raw, actualMin: null };
}

/** Per version, the record upgrades that take data written at the version before to it. */
const UPGRADES: Readonly<Record<number, Partial<Record<StoredTable, RecordUpgrade>>>> = {
  2: { settings: settingsV2 },
  7: { settings: settingsV7 },
  8: { sessions: sessionV8 },
};

/** Per version, the list tables it adds: data written before it has none of their records. */
const ADDED_TABLES: Readonly<Record<number, readonly StoredTable[]>> = {
  5: ['timeOff'],
  8: ['workRecords'],
};

/** The tables whose records change on the way to `version`, with the upgrade of each. */
export function recordUpgrades(version: number): [StoredTable, RecordUpgrade][] {
  const steps = UPGRADES[version] ?? {};
  return STORED_TABLES.flatMap((table): [StoredTable, RecordUpgrade][] => {
    const upgrade = steps[table];
    return upgrade ? [[table, upgrade]] : [];
  });
}

/**
 * A backup's tables written at version `from`, upgraded to version `to`: `settings` is one record
 * (or null), the others lists. Anything not shaped so is passed on for the validators to name.
 */
export function migrateRecords(
  from: number,
  to: number,
  tables: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...tables };
  for (let v = from + 1; v <= to; v++) {
    // A table this version adds starts empty; one already there is left for the validators.
    for (const table of ADDED_TABLES[v] ?? []) {
      if (!Object.hasOwn(out, table)) out[table] = [];
    }
    for (const [table, upgrade] of recordUpgrades(v)) {
      const value = out[table];
      if (table === 'settings')
        out[table] = value === null || value === undefined ? value : upgrade(value);
      else if (Array.isArray(value)) out[table] = value.map((row: unknown) => upgrade(row));
    }
  }
  return out;
}
