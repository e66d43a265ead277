import { describe, expect, it } from 'vitest';
import { describeWriteError, isQuotaExceeded } from '../../../src/renderer/src/db/write-result';

describe('write errors', () => {
  const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
  it.each([
    ['a QuotaExceededError', quota],
    [
      'an AbortError with the quota error as inner (Dexie)',
      Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota }),
    ],
    [
      'an AbortError with the quota error as cause',
      Object.assign(new Error('aborted', { cause: quota }), { name: 'AbortError' }),
    ],
    [
      'a BulkError with a quota failure',
      Object.assign(new Error('bulk'), { name: 'BulkError', failures: [quota] }),
    ],
  ])('recognises a full disk: %s', (_label, error) => {
    expect(isQuotaExceeded(error)).toBe(true);
    expect(describeWriteError(error)).toEqual({
      reason: 'quota',
      message: expect.stringMatching(
        /^There is not enough storage space on this computer.*Nothing was changed\./,
      ),
    });
  });

  it('does not mistake other errors for a full disk', () => {
    expect(
      isQuotaExceeded(Object.assign(new Error('aborted'), { name: 'AbortError', inner: null })),
    ).toBe(false);
    expect(describeWriteError(new Error('boom'))).toEqual({
      reason: 'failed',
      message: 'The data could not be saved (boom). Nothing was changed.',
    });
    expect(
      describeWriteError(Object.assign(new Error('closed'), { name: 'DatabaseClosedError' }))
        .reason,
    ).toBe('closed');
  });
});
