/**
 * Reading DAV:current-user-privilege-set as tsdav hands it over: what lets the account write
 * events (write, write-content, bind, all), what does not (read, write-properties alone), and
 * what says nothing (missing, empty, hostile shapes), which the caller takes as writable.
 */
import { describe, expect, it } from 'vitest';
import { canWriteEvents } from '../../../src/main/sync/privileges';

const set = (...names: string[]): unknown => ({
  privilege: names.length === 1 ? { [names[0] ?? '']: {} } : names.map((n) => ({ [n]: {} })),
});

describe('canWriteEvents', () => {
  it('is true with any privilege that writes events', () => {
    expect(canWriteEvents(set('read', 'all', 'write', 'writeProperties', 'writeContent'))).toBe(
      true,
    );
    expect(canWriteEvents(set('read', 'writeContent'))).toBe(true);
    expect(canWriteEvents(set('read', 'bind'))).toBe(true);
    expect(canWriteEvents(set('write'))).toBe(true);
    expect(canWriteEvents(set('all'))).toBe(true);
  });

  it('is false when the set is reported without one (Radicale’s read-only calendar)', () => {
    expect(canWriteEvents(set('read'))).toBe(false);
    expect(canWriteEvents(set('read', 'readCurrentUserPrivilegeSet', 'writeProperties'))).toBe(
      false,
    );
    expect(canWriteEvents(set('unbind'))).toBe(false);
  });

  it('says nothing (null) when the server reported nothing it can read', () => {
    for (const value of [
      undefined,
      null,
      '',
      'write',
      42,
      {},
      { privilege: null },
      { privilege: [] },
    ]) {
      expect(canWriteEvents(value)).toBeNull();
    }
    expect(canWriteEvents({ privilege: ['write', 7, null] })).toBeNull();
  });
});
