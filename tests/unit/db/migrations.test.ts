/**
 * Migrations: a database created at every earlier schema version, filled with fixture data
 * written with that version's schema, must open in this build with every field as expected.
 *
 * When schema.ts gets version N+1: copy its stores into HISTORY as a new row, add
 * fixtures/vN+1.json (data as that version writes it), and give the row the `expected`
 * function that says what the upgrade turns the fixture into. Older rows stay as they are: they
 * then test the upgrade from each older version all the way to the newest.
 */
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  createBackup,
  parseBackup,
} from '../../../src/core/backup';
import { createDb } from '../../../src/renderer/src/db/db';
import { SCHEMA_VERSION } from '../../../src/renderer/src/db/schema';
import { V1_STORES, dump, fakeDeps, sorted } from './helpers';

type Rows = Record<string, unknown>[];
type Fixture = Record<string, Rows>;

type HistoryRow = {
  version: number;
  /** The stores exactly as that version declared them (copied, never imported). */
  stores: Record<string, string>;
  fixture: string;
  /** The data this build should read after opening a database written by that version. */
  expected: (fixture: Fixture) => Fixture;
};

/** Version 2 folds settings.breakRule into the burnout thresholds, the stricter value winning. */
function oneBreakRule(fixture: Fixture): Fixture {
  const settings = (fixture['settings'] ?? []).map((row) => {
    const { breakRule, burnout, ...rest } = row;
    if (!isRecord(breakRule) || !isRecord(burnout)) throw new Error('v1 settings expected');
    return {
      ...rest,
      burnout: {
        ...burnout,
        continuousMaxMin: Math.min(
          Number(burnout['continuousMaxMin']),
          Number(breakRule['maxContinuousMin']),
        ),
        continuousBreakMin: Math.max(
          Number(burnout['continuousBreakMin']),
          Number(breakRule['breakMin']),
        ),
      },
    };
  });
  return { ...fixture, settings };
}

/** Data written before version 5 reads back with an empty time-off table. */
function noTimeOff(fixture: Fixture): Fixture {
  return { ...fixture, timeOff: [] };
}

/** Data written before version 7 reads back with no exchange rates. */
function noRates(fixture: Fixture): Fixture {
  const settings = (fixture['settings'] ?? []).map((row) => ({ ...row, exchangeRates: [] }));
  return { ...fixture, settings };
}

/**
 * Data written before version 8 reads back with no work records, and every session with no
 * actual minutes (as planned), whatever its status.
 */
function noActuals(fixture: Fixture): Fixture {
  const sessions = (fixture['sessions'] ?? []).map((row) => ({ ...row, actualMin: null }));
  return { ...fixture, sessions, workRecords: [] };
}

const V5_STORES = { ...V1_STORES, timeOff: 'id, owner.clientId, icsUid' };

const HISTORY: HistoryRow[] = [
  {
    version: 1,
    stores: V1_STORES,
    // Its two break rules disagree: 60 min / 10 min for gap filling, 90 / 15 for the warning.
    fixture: 'v1.json',
    expected: (fixture) => noActuals(noRates(noTimeOff(oneBreakRule(fixture)))),
  },
  {
    version: 2,
    // The same indexes as version 1.
    stores: V1_STORES,
    fixture: 'v2.json',
    // Version 5 adds the time-off table: an older database has none.
    expected: (fixture) => noActuals(noRates(noTimeOff(fixture))),
  },
  {
    version: 5,
    stores: V5_STORES,
    // A client's time off and the worker's day off; a session done without actual minutes.
    fixture: 'v5.json',
    // Version 7 adds exchange rates to the settings, version 8 work records and sessions'
    // actual minutes: an older database has none.
    expected: (fixture) => noActuals(noRates(fixture)),
  },
  {
    version: 7,
    // The same indexes as version 5.
    stores: V5_STORES,
    // A worker paid in PHP with a USD rate and a JPY rate (different exponents) set on two days.
    fixture: 'v7.json',
    // Version 8 adds work records and sessions' actual minutes.
    expected: noActuals,
  },
  {
    version: 8,
    stores: { ...V5_STORES, workRecords: 'id, commitmentId' },
    // Occurrences done with and without actual minutes and one missed; a session done in 45 min.
    fixture: 'v8.json',
    // Version 8 is the newest: nothing changes.
    expected: (fixture) => fixture,
  },
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRows(value: unknown): value is Rows {
  return Array.isArray(value) && value.every(isRecord);
}

function loadFixture(name: string): Fixture {
  const parsed: unknown = JSON.parse(
    readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
  );
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${name}: not an object`);
  const fixture: Fixture = {};
  for (const [table, rows] of Object.entries(parsed)) {
    if (!isRows(rows)) throw new Error(`${name}: ${table} is not a list of records`);
    fixture[table] = rows;
  }
  return fixture;
}

let counter = 0;

/** Writes `fixture` into a new database declared exactly as `row.version` declared it. */
async function writeAtVersion(row: HistoryRow, fixture: Fixture): Promise<string> {
  const name = `migration-v${row.version}-${++counter}`;
  const old = new Dexie(name, fakeDeps);
  old.version(row.version).stores(row.stores);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return name;
}

function idOf(row: Record<string, unknown>): string {
  return String(row['id']);
}

describe('schema migrations', () => {
  it('HISTORY ends at this build’s schema version and matches its stores', async () => {
    const last = HISTORY[HISTORY.length - 1];
    expect(last?.version).toBe(SCHEMA_VERSION);
    const db = createDb(`migration-schema-${++counter}`, fakeDeps);
    await db.open();
    const declared = Object.fromEntries(
      db.tables.map((t) => [
        t.name,
        [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', '),
      ]),
    );
    expect(declared).toEqual(last?.stores);
    db.close();
  });

  it.each(HISTORY)(
    'opens a database written by version $version with every field as expected',
    async (row) => {
      const fixture = loadFixture(row.fixture);
      const expected = row.expected(structuredClone(fixture));
      const name = await writeAtVersion(row, fixture);

      const db = createDb(name, fakeDeps);
      const data = await dump(db);
      const actual: Fixture = {
        settings: data.settings ? [data.settings] : [],
        clients: data.clients,
        commitments: data.commitments,
        platforms: data.platforms,
        sessions: data.sessions,
        timeOff: data.timeOff,
        workRecords: data.workRecords,
      };
      expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
      for (const [table, rows] of Object.entries(expected)) {
        const byId = new Map((actual[table] ?? []).map((r) => [idOf(r), r]));
        expect(byId.size, `${table}: number of records`).toBe(rows.length);
        for (const want of rows) {
          const got = byId.get(idOf(want));
          expect(got, `${table} ${idOf(want)} is missing`).toBeDefined();
          const keys = new Set([...Object.keys(want), ...Object.keys(got ?? {})]);
          for (const key of keys) {
            expect(got?.[key], `${table} ${idOf(want)}: ${key}`).toEqual(want[key]);
          }
        }
      }
      // What was upgraded is valid for this build: a backup of it restores.
      const text = createBackup(data, {
        appVersion: 'test',
        now: 0,
        schemaVersion: SCHEMA_VERSION,
      });
      const parsed = parseBackup(text, { schemaVersion: SCHEMA_VERSION });
      expect(parsed.ok ? 'valid' : parsed.details.join('\n')).toBe('valid');
      db.close();
    },
  );

  it.each(HISTORY)(
    'a backup written by version $version restores the records its database upgrades to',
    async (row) => {
      const fixture = loadFixture(row.fixture);
      const name = await writeAtVersion(row, structuredClone(fixture));
      const db = createDb(name, fakeDeps);
      const upgraded = await dump(db);
      db.close();
      const { settings, ...lists } = fixture;
      const text = JSON.stringify({
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        appVersion: `v${row.version}`,
        schemaVersion: row.version,
        exportedAt: '2026-01-12T00:00:00.000Z',
        data: { settings: settings?.[0] ?? null, ...lists },
      });
      const parsed = parseBackup(text, { schemaVersion: SCHEMA_VERSION });
      expect(parsed.ok ? 'valid' : parsed.details.join('\n')).toBe('valid');
      if (parsed.ok) expect(sorted(parsed.backup.data)).toEqual(upgraded);
    },
  );

  it('a backup written at version 5 restores with no exchange rates, and a rate survives a round trip', () => {
    const { settings, ...lists } = loadFixture('v5.json');
    const v5 = settings?.[0];
    expect(v5 && 'exchangeRates' in v5).toBe(false);
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: 'v5',
      schemaVersion: 5,
      exportedAt: '2026-01-12T00:00:00.000Z',
      data: { settings: v5 ?? null, ...lists },
    });
    const parsed = parseBackup(text, { schemaVersion: SCHEMA_VERSION });
    if (!parsed.ok) throw new Error(parsed.details.join('\n'));
    const restored = parsed.backup.data.settings;
    if (!restored) throw new Error('the v5 backup has settings');
    expect(restored.exchangeRates).toEqual([]);

    // The worker is paid in USD here: 1 PHP = 0.0172 USD.
    const rate = { currency: 'PHP', perUnit: 0.0172, setOn: '2026-01-10' };
    const withRate = { ...parsed.backup.data, settings: { ...restored, exchangeRates: [rate] } };
    const again = parseBackup(
      createBackup(withRate, { appVersion: 'test', now: 0, schemaVersion: SCHEMA_VERSION }),
      { schemaVersion: SCHEMA_VERSION },
    );
    if (!again.ok) throw new Error(again.details.join('\n'));
    expect(again.backup.data.settings?.exchangeRates).toEqual([rate]);
  });
});
