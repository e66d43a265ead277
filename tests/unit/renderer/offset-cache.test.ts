/** The offset-table cache in localStorage: taken only from the same runtime, never trusted blindly. */
import { describe, expect, it } from 'vitest';
import { offsetMinutes } from '../../../src/core/time';
import { restoreOffsetTables, saveOffsetTables } from '../../../src/renderer/src/offset-cache';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('the offset-table cache', () => {
  it('saves the tables built and takes them back for the same runtime only', () => {
    offsetMinutes('America/Chicago', Date.UTC(2026, 5, 1));
    const storage = memoryStorage();
    saveOffsetTables('Chrome/1', storage);
    expect([...storage.items.values()][0]).toContain('America/Chicago');
    expect(restoreOffsetTables('Chrome/1', storage)).toBe(true);
    expect(restoreOffsetTables('Chrome/2', storage)).toBe(false);
  });

  it('ignores damaged or missing data and storage that throws', () => {
    const storage = memoryStorage();
    expect(restoreOffsetTables('Chrome/1', storage)).toBe(false);
    storage.setItem('hybrid-planner:offset-tables', '{not json');
    expect(restoreOffsetTables('Chrome/1', storage)).toBe(false);
    storage.setItem(
      'hybrid-planner:offset-tables',
      JSON.stringify({ runtime: 'Chrome/1', tables: [1] }),
    );
    expect(restoreOffsetTables('Chrome/1', storage)).toBe(false);
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(restoreOffsetTables('Chrome/1', throwing)).toBe(false);
    expect(() => saveOffsetTables('Chrome/1', throwing)).not.toThrow();
  });
});
