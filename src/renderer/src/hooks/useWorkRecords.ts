/** The live list of work records (what became of past occurrences); undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { WorkRecord } from '../../../core/types';
import { db } from '../db/instance';

/** Every work record; a few per past occurrence marked, so read whole. */
export function useWorkRecords(): WorkRecord[] | undefined {
  return useLiveQuery(() => db.workRecords.toArray(), []);
}
