import { describe, expect, it } from 'vitest';
import { sampleWeek } from '../../../src/core/sample-week';
import { toInstant } from '../../../src/core/time';
import { buildWeekModel, type WeekModelInput } from '../../../src/renderer/src/features/week/model';
import { workRecord } from '../core/planner-fixtures';

const NOW = toInstant('2026-11-25', '10:00', 'Asia/Manila');
const sample = sampleWeek({ weekStart: '2026-11-23', now: NOW });

function input(patch: Partial<WeekModelInput> = {}): WeekModelInput {
  return {
    ...sample,
    timeOff: [],
    hiddenBands: new Set(),
    dismissed: new Set(),
    now: NOW,
    ...patch,
  };
}

describe('done and missed on the week’s blocks', () => {
  const [first, second] = buildWeekModel(input()).plan.occurrences;
  if (!first || !second) throw new Error('sample occurrences missing');
  const model = buildWeekModel(
    input({ workRecords: [workRecord(first.id, 'done', 45), workRecord(second.id, 'missed')] }),
  );
  const block = (id: string) => model.blocks.find((b) => b.id === id);

  it('marks a block done with its actual minutes, in its description too', () => {
    expect(block(first.id)?.outcome).toEqual({ kind: 'done', text: 'Done, 45 min actually.' });
    expect(block(first.id)?.description).toContain('Done, 45 min actually.');
  });

  it('marks a missed block, and leaves the others unmarked', () => {
    expect(block(second.id)?.outcome?.kind).toBe('missed');
    expect(block(second.id)?.description).toContain('Missed.');
    const others = model.blocks.filter(
      (b) => b.kind === 'commitment' && b.id !== first.id && b.id !== second.id,
    );
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((b) => b.outcome === undefined)).toBe(true);
  });
});
