import { describe, expect, it } from 'vitest';
import { refusalOf, savingKey } from '../../../src/renderer/src/features/week/block-refusal';
import type { GridBlock } from '../../../src/renderer/src/features/week/grid-types';

const block = (fields: Partial<GridBlock>): GridBlock => ({
  id: 's1',
  source: 's1',
  kind: 'session',
  start: 0,
  end: 1,
  title: 'Prolific',
  lines: [],
  color: '#000000',
  conflict: false,
  movable: true,
  locked: false,
  description: '',
  ...fields,
});

describe('why a block may not move', () => {
  it('lets a movable, unlocked block that is not saving move', () => {
    expect(refusalOf(block({}), new Set())).toBeNull();
  });

  it('refuses a locked session, a done one, a proposal and an unknown occurrence', () => {
    expect(refusalOf(block({ locked: true }), new Set())).toBe(
      'Locked sessions stay where they are',
    );
    expect(refusalOf(block({ movable: false }), new Set())).toBe(
      'Done sessions stay where they are',
    );
    expect(refusalOf(block({ kind: 'proposal', movable: false }), new Set())).toBe(
      'Accept the proposal first to move it',
    );
    expect(refusalOf(block({ kind: 'commitment', movable: false }), new Set())).toBe(
      'This occurrence cannot be moved',
    );
  });

  it('refuses a block while its save runs, and every occurrence of a commitment being saved', () => {
    const monday = block({ id: 'sync@2026-03-02', source: 'sync', kind: 'commitment' });
    const thursday = block({ id: 'sync@2026-03-05', source: 'sync', kind: 'commitment' });
    const saving = new Set([savingKey(monday)]);
    expect(refusalOf(monday, saving)).toBe('Still saving this block; try again in a moment');
    expect(refusalOf(thursday, saving)).toBe('Still saving this block; try again in a moment');
    expect(refusalOf(block({}), saving)).toBeNull();
    expect(refusalOf(block({}), new Set([savingKey(block({}))]))).not.toBeNull();
  });
});
