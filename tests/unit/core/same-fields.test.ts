import { describe, expect, it } from 'vitest';
import { sameFields } from '../../../src/core/same-fields';

describe('sameFields', () => {
  const list = [1, 2];
  const a = { id: 'x', n: 1, list, note: 'a' };

  it('is true when every named field holds the same value, whatever the others hold', () => {
    expect(sameFields(a, { ...a, note: 'b' }, ['id', 'n', 'list'])).toBe(true);
  });

  it('is false when one named field differs, and compares objects by reference', () => {
    expect(sameFields(a, { ...a, n: 2 }, ['id', 'n'])).toBe(false);
    expect(sameFields(a, { ...a, list: [1, 2] }, ['list'])).toBe(false);
  });
});
