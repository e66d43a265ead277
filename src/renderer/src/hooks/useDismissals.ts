/**
 * The dismissed proposals, live: a dismissal made in this window or another one hides its
 * proposal at once and after every reload, until its week is over.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Dismissal } from '../../../core/types';
import { db } from '../db/instance';

/** The ids of the dismissed proposals (undefined while loading), the same set until one changes. */
export function useDismissedIds(): ReadonlySet<string> | undefined {
  const rows = useLiveQuery((): Promise<Dismissal[]> => db.dismissals.toArray(), []);
  return useMemo(() => (rows ? new Set(rows.map((d) => d.id)) : undefined), [rows]);
}
