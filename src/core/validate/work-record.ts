/**
 * The validator of a work record: what became of one past occurrence (done as planned, done with
 * its actual minutes, or missed). Its id is the occurrence id, `${commitmentId}@${originalDate}`,
 * so the id must name the record's commitment and a calendar day.
 */
import { isValidDay } from '../time';
import type { WorkOutcome, WorkRecord } from '../types';
import { validateRecord, type Validation } from './fields';
import { MAX_ACTUAL_MIN } from './records';

export type WorkRecordDraft = Omit<WorkRecord, 'createdAt' | 'updatedAt'>;

const OUTCOMES: readonly WorkOutcome[] = ['done', 'missed'];

/** Validates a work record (its id included, since the id carries the occurrence's day). */
export function validateWorkRecord(input: unknown): Validation<WorkRecordDraft> {
  return validateRecord(input, 'Work record', (r) => {
    const id = r.text('id', 'Occurrence', { max: 140, required: true });
    const commitmentId = r.text('commitmentId', 'Commitment', { max: 64, required: true });
    const outcome = r.oneOf('outcome', 'Outcome', OUTCOMES);
    const actualMin = r.optionalNumber('actualMin', 'Actual minutes', {
      min: 0,
      max: MAX_ACTUAL_MIN,
      integer: true,
    });
    const day = id.slice(commitmentId.length + 1);
    if (
      id !== '' &&
      commitmentId !== '' &&
      (!id.startsWith(`${commitmentId}@`) || !isValidDay(day))
    ) {
      r.fail('id', 'The occurrence does not name its commitment and day.');
    }
    if (outcome === 'missed' && actualMin !== null) {
      r.fail('actualMin', 'Missed work has no actual minutes.');
    }
    return { id, commitmentId, outcome, actualMin };
  });
}
