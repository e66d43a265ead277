import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup } from '../../../src/core/backup';
import { validateWorkRecord } from '../../../src/core/validate/work-record';
import { client, commitment, workRecord } from './planner-fixtures';

const record = (patch: Record<string, unknown>) => ({
  id: 'k1@2026-03-02',
  commitmentId: 'k1',
  outcome: 'done',
  actualMin: 90,
  ...patch,
});

describe('validateWorkRecord', () => {
  it('accepts done with or without minutes and missed without', () => {
    expect(validateWorkRecord(record({})).ok).toBe(true);
    expect(validateWorkRecord(record({ actualMin: null })).ok).toBe(true);
    expect(validateWorkRecord(record({ outcome: 'missed', actualMin: null })).ok).toBe(true);
  });

  it('reports every problem at once', () => {
    const result = validateWorkRecord(
      record({ id: 'k2@2026-03-02', outcome: 'late', actualMin: -5 }),
    );
    expect(result.ok ? {} : Object.keys(result.errors).sort()).toEqual([
      'actualMin',
      'id',
      'outcome',
    ]);
  });

  it('refuses minutes above a day, not whole, not numbers, and on missed work', () => {
    const errorOf = (patch: Record<string, unknown>) => {
      const r = validateWorkRecord(record(patch));
      return r.ok ? undefined : r.errors['actualMin'];
    };
    expect(errorOf({ actualMin: 24 * 60 + 1 })).toBeDefined();
    expect(errorOf({ actualMin: 30.5 })).toBeDefined();
    expect(errorOf({ actualMin: 'ninety' })).toBeDefined();
    expect(errorOf({ outcome: 'missed', actualMin: 30 })).toMatch(/Missed/);
  });

  it('refuses an id that is not the commitment and a day', () => {
    const r = validateWorkRecord(record({ id: 'k1@someday' }));
    expect(r.ok ? undefined : r.errors['id']).toBeDefined();
  });
});

describe('work records in a backup', () => {
  const data = {
    settings: null,
    clients: [client({ id: 'c1' })],
    commitments: [commitment({ id: 'k1' })],
    platforms: [],
    sessions: [],
    timeOff: [],
    workRecords: [workRecord('k1@2026-03-02', 'done', 90)],
  };
  const text = (d: typeof data) => createBackup(d, { appVersion: 't', now: 0, schemaVersion: 8 });

  it('are carried and read back', () => {
    const parsed = parseBackup(text(data), { schemaVersion: 8 });
    expect(parsed.ok ? parsed.backup.data.workRecords : parsed.details).toEqual(data.workRecords);
  });

  it('must name a commitment in the backup', () => {
    const parsed = parseBackup(text({ ...data, commitments: [] }), { schemaVersion: 8 });
    expect(parsed.ok ? '' : parsed.details.join('\n')).toMatch(
      /Work record 1: its commitment \(id “k1”\) is not in the backup/,
    );
  });
});
