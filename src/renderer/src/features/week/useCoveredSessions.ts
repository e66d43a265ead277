/**
 * The sessions a week's plan needs, taken from whichever loaded read covers its range (the
 * start-up read, or a wider read made for a neighbouring week), as an array that keeps its
 * identity while its content is the same, so a repeated answer does not re-plan the week.
 */
import { useMemo } from 'react';
import type { MicrotaskSession } from '../../../../core/types';
import type { SessionsResult } from '../../db/boot';

type Results = readonly (SessionsResult | null | undefined)[];

/** Sessions overlapping [from, to) from the first read that covers it, else undefined. */
export function coveredSessions(
  results: Results,
  from: number,
  to: number,
): MicrotaskSession[] | undefined {
  const source = results.find((r) => r && r.from <= from && r.to >= to);
  return source?.list.filter((s) => s.end > from && s.start < to);
}

/** Sessions overlapping [from, to), or undefined while no loaded read covers that range. */
export function useCoveredSessions(
  results: Results,
  from: number,
  to: number,
): MicrotaskSession[] | undefined {
  const picked = coveredSessions(results, from, to);
  // A signature of every field: the same sessions, unchanged, give the same key. (updatedAt alone
  // is not enough: two edits within one clock tick share it.)
  const key = picked ? picked.map(signature).join('|') : null;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on content, not on identity
  return useMemo(() => picked, [key, from, to]);
}

function signature(s: MicrotaskSession): string {
  return [
    s.id,
    s.platformId,
    s.start,
    s.end,
    s.locked,
    s.status,
    s.actualEarnings,
    s.note,
    s.updatedAt,
  ].join('\u0000');
}
