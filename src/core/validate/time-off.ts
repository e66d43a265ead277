/**
 * The validator of time off (a client's days away, the worker's days off). Every problem is
 * reported at once, under its field: a day that is not a date, an end before the start, a range
 * too long to be time off, an owner that is not a client the planner knows.
 */
import { diffDays } from '../time';
import type { Draft, TimeOff, TimeOffOwner } from '../types';
import { validateRecord, type FieldReader, type Validation } from './fields';

export type TimeOffDraft = Draft<TimeOff>;

/** The longest time off one record holds: two years (a long leave; more is a typing slip). */
export const MAX_TIME_OFF_DAYS = 731;

function readOwner(r: FieldReader, clientIds: ReadonlySet<string> | undefined): TimeOffOwner {
  const owner = r.nested('owner', 'Whose time off', (o): TimeOffOwner => {
    const kind = o.oneOf('kind', 'Whose time off', ['client', 'worker'] as const);
    if (kind === 'worker') return { kind };
    const clientId = o.text('clientId', 'Client', { max: 64, required: true });
    if (clientId !== '' && clientIds && !clientIds.has(clientId)) {
      o.fail('clientId', 'This client is not in the planner (it may have been deleted).');
    }
    return { kind, clientId };
  });
  return owner ?? { kind: 'worker' };
}

/**
 * Validates a time-off draft. With `clientIds`, a client owner must be one of them (a restore
 * checks references across the whole file itself, so it passes none).
 */
export function validateTimeOff(
  input: unknown,
  options?: { clientIds?: ReadonlySet<string> },
): Validation<TimeOffDraft> {
  return validateRecord(input, 'Time off', (r) => {
    const startDate = r.day('startDate', 'First day');
    const endDate = r.day('endDate', 'Last day');
    if (!('startDate' in r.errors) && !('endDate' in r.errors)) {
      const span = diffDays(startDate, endDate);
      if (span < 0) r.fail('endDate', 'Last day cannot be before the first day.');
      else if (span >= MAX_TIME_OFF_DAYS) {
        r.fail('endDate', `Time off can be at most ${MAX_TIME_OFF_DAYS} days long.`);
      }
    }
    const value: TimeOffDraft = {
      owner: readOwner(r, options?.clientIds),
      startDate,
      endDate,
      label: r.text('label', 'Label', { max: 200 }),
      icsUid: r.textOrNull('icsUid', 'Calendar UID', { max: 500 }),
    };
    return value;
  });
}
