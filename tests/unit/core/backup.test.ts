import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_BACKUP_BYTES,
  createBackup,
  parseBackup,
  planRestore,
  type BackupData,
  type ParseResult,
} from '../../../src/core/backup';
import { sampleWeek } from '../../../src/core/sample-week';
import { SCHEMA_VERSION } from '../../../src/renderer/src/db/schema';
import { jsonErrorOffset } from '../../../src/core/validate/json-text';
import { datasetArb } from '../arbitraries';
import { invalidBackupArb } from '../db/backup-mutations';

const NOW = Date.UTC(2026, 10, 23, 2);
const OPTIONS = { schemaVersion: SCHEMA_VERSION };
const sample = sampleWeek({ weekStart: '2026-11-23', now: NOW });
const SAMPLE: BackupData = {
  settings: sample.settings,
  clients: sample.clients,
  commitments: sample.commitments,
  platforms: sample.platforms,
  sessions: sample.sessions,
  timeOff: [],
  workRecords: [],
};

function backupText(data: BackupData): string {
  return createBackup(data, { appVersion: '0.1.0', now: NOW, schemaVersion: SCHEMA_VERSION });
}

/** The parsed JSON of a backup of the sample week, to break on purpose. */
function sampleJson(): { data: Record<string, Record<string, unknown>[]> } & Record<
  string,
  unknown
> {
  return JSON.parse(backupText(SAMPLE));
}

function errorOf(result: ParseResult): string {
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

describe('createBackup', () => {
  it('writes a versioned envelope with the export time in UTC', () => {
    const json = JSON.parse(backupText(SAMPLE));
    expect(json).toMatchObject({
      format: 'hybrid-planner-backup',
      formatVersion: 1,
      appVersion: '0.1.0',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: '2026-11-23T02:00:00.000Z',
    });
    expect(Object.keys(json.data)).toEqual([
      'settings',
      'clients',
      'commitments',
      'platforms',
      'sessions',
      'timeOff',
      'workRecords',
    ]);
  });
});

describe('parseBackup', () => {
  it('reads the sample week back unchanged', () => {
    const result = parseBackup(backupText(SAMPLE), OPTIONS);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.data).toEqual(SAMPLE);
  });

  it('any valid dataset survives createBackup → parseBackup (deep-equal)', () => {
    fc.assert(
      fc.property(datasetArb(), (data) => {
        const result = parseBackup(backupText(data), OPTIONS);
        if (!result.ok) throw new Error(`${result.error}\n${result.details.join('\n')}`);
        expect(result.backup.data).toEqual(data);
      }),
      { numRuns: 150 },
    );
  });

  it('any mutation of a valid backup into an invalid one is refused', () => {
    fc.assert(
      fc.property(invalidBackupArb, ({ what, text }) => {
        const result = parseBackup(text, OPTIONS);
        expect(result.ok, what).toBe(false);
        if (!result.ok) expect(result.error).toMatch(/Nothing was changed\.$/);
      }),
      { numRuns: 400 },
    );
  });

  it('names the record, its place and the field: an unknown zone', () => {
    const json = sampleJson();
    const third = json.data['commitments']?.[2];
    if (!third) throw new Error('the sample has three commitments');
    third['title'] = 'Weekly sync';
    third['zone'] = 'Mars/Base';
    expect(errorOf(parseBackup(JSON.stringify(json), OPTIONS))).toBe(
      'Commitment 3 (“Weekly sync”): time zone “Mars/Base” is not a time zone this computer knows. Nothing was changed.',
    );
  });

  it('lists every problem, first one in the headline', () => {
    const json = sampleJson();
    const client = json.data['clients']?.[0];
    const session = json.data['sessions']?.[0];
    if (!client || !session) throw new Error('sample data missing');
    client['color'] = 'blue';
    session['platformId'] = 'gone';
    const result = parseBackup(JSON.stringify(json), OPTIONS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(
      /^Client 1 \(“Acme Goods \(New York\)”\): Colour must be a colour/,
    );
    expect(result.error).toMatch(/\(and 1 more problem\)\. Nothing was changed\.$/);
    expect(result.details).toEqual([
      expect.stringMatching(/^Client 1/),
      'Microtask session 1: its platform (id “gone”) is not in the backup.',
    ]);
  });

  it('refuses dangling references and duplicate ids with the record named', () => {
    const json = sampleJson();
    const commitment = json.data['commitments']?.[0];
    if (!commitment) throw new Error('sample data missing');
    commitment['clientId'] = 'nobody';
    expect(errorOf(parseBackup(JSON.stringify(json), OPTIONS))).toMatch(
      /^Commitment 1 \(“.+”\): its client \(id “nobody”\) is not in the backup\./,
    );
    const dup = sampleJson();
    const platforms = dup.data['platforms'];
    platforms?.push({ ...platforms[0], name: 'Copy' });
    expect(errorOf(parseBackup(JSON.stringify(dup), OPTIONS))).toMatch(
      /^Platform 5 \(“Copy”\) has the same id \(“sample-mturk”\) as platform 1\./,
    );
  });

  it('says where the JSON breaks, and when it is truncated', () => {
    const text = backupText(SAMPLE);
    const broken = text.replace('"clients": [', '"clients": [,');
    const line = broken.slice(0, broken.indexOf('[,')).split('\n').length;
    expect(errorOf(parseBackup(broken, OPTIONS))).toMatch(
      new RegExp(`not valid JSON: the error is at line ${line}, column \\d+`),
    );
    expect(errorOf(parseBackup(text.slice(0, 500), OPTIONS))).toMatch(/probably truncated/);
    expect(errorOf(parseBackup('', OPTIONS))).toBe('The file is empty. Nothing was changed.');
  });

  it('refuses files over 50 MB before parsing them', () => {
    const huge = ' '.repeat(MAX_BACKUP_BYTES + 1);
    expect(errorOf(parseBackup(huge, OPTIONS))).toMatch(
      /^This file is 50\.0 MB; backups over 50 MB are refused/,
    );
    // Size is counted in UTF-8 bytes: 20 M three-byte characters are 60 MB.
    expect(errorOf(parseBackup('€'.repeat(20 * 1024 * 1024), OPTIONS))).toMatch(/60\.0 MB/);
  });

  it('upgrades a data-version-1 backup to one break rule, the stricter of its two', () => {
    const json = sampleJson();
    const settings = json.data['settings'];
    const burnout = { ...SAMPLE.settings?.burnout, continuousMaxMin: 50, continuousBreakMin: 5 };
    const v1 = {
      ...json,
      schemaVersion: 1,
      data: {
        ...json.data,
        settings: { ...settings, burnout, breakRule: { maxContinuousMin: 120, breakMin: 30 } },
      },
    };
    const result = parseBackup(JSON.stringify(v1), OPTIONS);
    expect(result.ok ? result.backup.data.settings?.burnout : result.details).toEqual({
      ...burnout,
      continuousMaxMin: 50,
      continuousBreakMin: 30,
    });
    expect(
      result.ok && result.backup.data.settings && 'breakRule' in result.backup.data.settings,
    ).toBe(false);
  });

  it('restores a backup from before time off with none, and keeps time off in a new one', () => {
    const { timeOff: _none, ...before } = sampleJson().data;
    const v2 = { ...sampleJson(), schemaVersion: 2, data: before };
    const old = parseBackup(JSON.stringify(v2), OPTIONS);
    expect(old.ok ? old.backup.data.timeOff : old.details).toEqual([]);
    const holiday = {
      id: 'off-1',
      owner: { kind: 'client' as const, clientId: 'sample-acme' },
      startDate: '2026-11-26',
      endDate: '2026-11-27',
      label: 'Thanksgiving',
      icsUid: null,
      createdAt: NOW,
      updatedAt: NOW,
    };
    const withOff = parseBackup(backupText({ ...SAMPLE, timeOff: [holiday] }), OPTIONS);
    expect(withOff.ok ? withOff.backup.data.timeOff : withOff.details).toEqual([holiday]);
    const dangling = { ...holiday, owner: { kind: 'client' as const, clientId: 'nobody' } };
    expect(errorOf(parseBackup(backupText({ ...SAMPLE, timeOff: [dangling] }), OPTIONS))).toBe(
      'Time off 1 (“Thanksgiving”): its client (id “nobody”) is not in the backup. Nothing was changed.',
    );
  });

  it('refuses a newer format or newer data with a clear message', () => {
    const newer = { ...sampleJson(), formatVersion: 2, appVersion: '3.0.0' };
    expect(errorOf(parseBackup(JSON.stringify(newer), OPTIONS))).toMatch(
      /^This backup was made by a newer Hybrid Planner \(version 3\.0\.0, backup format 2\); this app reads up to format 1\. Update the app/,
    );
    const newerData = { ...sampleJson(), schemaVersion: SCHEMA_VERSION + 1 };
    expect(errorOf(parseBackup(JSON.stringify(newerData), OPTIONS))).toContain(
      `data version ${SCHEMA_VERSION + 1}; this app knows up to ${SCHEMA_VERSION}`,
    );
  });

  it('refuses other JSON, hostile keys and absurd nesting', () => {
    expect(errorOf(parseBackup('{"hello": "world"}', OPTIONS))).toMatch(
      /^This file is not a Hybrid Planner backup\./,
    );
    const text = backupText(SAMPLE).replace('"name": ', '"__proto__": {"x": 1}, "name": ');
    expect(errorOf(parseBackup(text, OPTIONS))).toMatch(
      /contains the key “__proto__” \(in data\.clients\[0\]\)/,
    );
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(errorOf(parseBackup(deep, OPTIONS))).toMatch(/nested far deeper/);
  });
});

describe('jsonErrorOffset', () => {
  it('finds no error in any valid JSON, and the same verdict as JSON.parse on broken text', () => {
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', 'x', '\\'),
        (json, at, junk) => {
          expect(jsonErrorOffset(json)).toBeNull();
          const cut = at % (json.length + 1);
          const broken = json.slice(0, cut) + junk + json.slice(cut);
          let valid = true;
          try {
            JSON.parse(broken);
          } catch {
            valid = false;
          }
          expect(jsonErrorOffset(broken) === null).toBe(valid);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('planRestore', () => {
  const [a, b] = SAMPLE.clients;
  if (!a || !b) throw new Error('sample clients missing');
  const empty: BackupData = {
    settings: null,
    clients: [],
    commitments: [],
    platforms: [],
    sessions: [],
    timeOff: [],
    workRecords: [],
  };

  it('replace: the data becomes the backup, with what is added, changed and removed counted', () => {
    const current: BackupData = { ...empty, clients: [a, { ...b, name: 'Old name' }] };
    const backup: BackupData = { ...empty, clients: [b], settings: SAMPLE.settings };
    const plan = planRestore(current, backup, 'replace', { now: NOW, exportedAt: NOW });
    expect(plan.final).toEqual(backup);
    expect(plan.changes.clients).toEqual({ added: 0, updated: 1, removed: 1, unchanged: 0 });
    expect(plan.changes.settings).toEqual({ added: 1, updated: 0, removed: 0, unchanged: 0 });
    expect(plan.contains.clients).toBe(1);
  });

  it('merge: by id, the newer change wins and nothing is removed', () => {
    const newerHere = { ...a, name: 'Renamed here', updatedAt: a.updatedAt + 10 };
    const newerThere = { ...b, name: 'Renamed there', updatedAt: b.updatedAt + 10 };
    const extra = { ...a, id: 'only-in-backup' };
    const current: BackupData = { ...empty, clients: [newerHere, b] };
    const backup: BackupData = { ...empty, clients: [a, newerThere, extra] };
    const plan = planRestore(current, backup, 'merge', { now: NOW, exportedAt: NOW });
    expect(plan.final.clients).toEqual(expect.arrayContaining([newerHere, newerThere, extra]));
    expect(plan.final.clients).toHaveLength(3);
    expect(plan.changes.clients).toEqual({ added: 1, updated: 1, removed: 0, unchanged: 1 });
    expect(plan.writes.clients).toEqual([newerThere, extra]);
  });

  it('keeps the settings here when the backup has none', () => {
    const current: BackupData = { ...empty, settings: SAMPLE.settings };
    for (const mode of ['replace', 'merge'] as const) {
      const plan = planRestore(current, empty, mode, { now: NOW, exportedAt: NOW });
      expect(plan.final.settings).toEqual(SAMPLE.settings);
      expect(plan.writes.settings).toBeNull();
    }
  });

  it('merging a backup into itself changes nothing', () => {
    fc.assert(
      fc.property(datasetArb(), (data) => {
        const plan = planRestore(data, data, 'merge', { now: NOW, exportedAt: NOW });
        expect(plan.writes.clients.length + plan.writes.commitments.length).toBe(0);
        expect(plan.writes.settings).toBeNull();
        for (const changes of Object.values(plan.changes)) {
          expect(changes.added + changes.updated + changes.removed).toBe(0);
        }
      }),
      { numRuns: 50 },
    );
  });
});
