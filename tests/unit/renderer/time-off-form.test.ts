import { describe, expect, it } from 'vitest';
import type { TimeOff } from '../../../src/core/types';
import {
  checkTimeOffRows,
  newTimeOffRow,
  rowsFromTimeOff,
  timeOffRowErrors,
} from '../../../src/renderer/src/features/clients/time-off-form';

const owner = { kind: 'client' as const, clientId: 'c1' };

describe('time-off form', () => {
  it('turns stored time off into rows, first day first, and back without change', () => {
    const stored: TimeOff[] = [
      {
        id: 'b',
        owner,
        startDate: '2026-12-24',
        endDate: '2026-12-26',
        label: 'Christmas',
        icsUid: 'x@y',
        createdAt: 0,
        updatedAt: 0,
      },
      {
        id: 'a',
        owner,
        startDate: '2026-04-03',
        endDate: '2026-04-03',
        label: '',
        icsUid: null,
        createdAt: 0,
        updatedAt: 0,
      },
    ];
    const rows = rowsFromTimeOff(stored);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(checkTimeOffRows(rows, owner)).toEqual({
      ok: true,
      value: [
        {
          id: 'a',
          draft: { owner, startDate: '2026-04-03', endDate: '2026-04-03', label: '', icsUid: null },
        },
        {
          id: 'b',
          draft: {
            owner,
            startDate: '2026-12-24',
            endDate: '2026-12-26',
            label: 'Christmas',
            icsUid: 'x@y',
          },
        },
      ],
    });
  });

  it('reads a blank last day as a single day', () => {
    const row = { ...newTimeOffRow('2026-05-01'), endDate: '' };
    expect(checkTimeOffRows([row], { kind: 'worker' })).toEqual({
      ok: true,
      value: [
        {
          draft: {
            owner: { kind: 'worker' },
            startDate: '2026-05-01',
            endDate: '2026-05-01',
            label: '',
            icsUid: null,
          },
        },
      ],
    });
  });

  it('reports every invalid field of every row at once', () => {
    const rows = [
      newTimeOffRow('2026-05-01'),
      { ...newTimeOffRow('2026-05-10'), endDate: '2026-05-02' },
      { ...newTimeOffRow('31/12/2026'), endDate: '2026-13-01', label: 'x'.repeat(201) },
    ];
    const checked = checkTimeOffRows(rows, owner);
    expect(checked).toEqual({
      ok: false,
      errors: {
        '1.endDate': 'Last day cannot be before the first day.',
        '2.startDate': 'First day must be a real date (yyyy-mm-dd).',
        '2.endDate': 'Last day must be a real date (yyyy-mm-dd).',
        '2.label': 'Label is too long (at most 200 characters).',
      },
    });
    if (checked.ok) return;
    expect(timeOffRowErrors(checked.errors, 0)).toEqual({});
    expect(timeOffRowErrors(checked.errors, 2)).toEqual({
      startDate: 'First day must be a real date (yyyy-mm-dd).',
      endDate: 'Last day must be a real date (yyyy-mm-dd).',
      label: 'Label is too long (at most 200 characters).',
    });
  });
});
