/**
 * The forms of plan against actual, pure so every refusal is unit-tested: what became of a past
 * occurrence (done as planned, done with its actual minutes, missed, or not marked), and a
 * session's actual minutes and earnings once done. Work that has not started cannot be marked;
 * minutes must be whole, from 0 to a day. Every invalid field is reported at once.
 */
import type { FieldErrors, Validation } from '../../../../core/validate/fields';
import { MAX_ACTUAL_MIN } from '../../../../core/validate/records';
import type { Instant, WorkOutcome, WorkRecord } from '../../../../core/types';
import { optionalNumberText, parseNumber, parseOptionalNumber } from '../../components/form-values';

/** What the worker picks for an occurrence. */
export type OutcomeChoice = 'none' | 'planned' | 'actual' | 'missed';

export type OutcomeForm = { choice: OutcomeChoice; minutes: string };

/** The mark to store, or null to take it off. */
export type OutcomeValue = { outcome: WorkOutcome; actualMin: number | null } | null;

/** When the work was planned, and the time now. */
export type WorkTiming = { start: Instant; now: Instant };

const NOT_STARTED = 'This work has not started yet: mark it once it has.';

/** The form for an occurrence's stored mark (none: not marked). */
export function outcomeFormOf(record: WorkRecord | undefined): OutcomeForm {
  if (!record) return { choice: 'none', minutes: '' };
  if (record.outcome === 'missed') return { choice: 'missed', minutes: '' };
  return record.actualMin === null
    ? { choice: 'planned', minutes: '' }
    : { choice: 'actual', minutes: String(record.actualMin) };
}

/** Why `value` is not a number of minutes worked, or null. */
function minutesProblem(value: number): string | null {
  if (!Number.isFinite(value)) return 'Enter the minutes worked as a number.';
  if (value < 0) return 'Minutes worked cannot be below zero.';
  if (value > MAX_ACTUAL_MIN) return `At most ${MAX_ACTUAL_MIN} minutes (a day).`;
  if (!Number.isInteger(value)) return 'Enter whole minutes.';
  return null;
}

/** Reads the occurrence form: the mark to store, or every problem at once. */
export function readOutcomeForm(form: OutcomeForm, timing: WorkTiming): Validation<OutcomeValue> {
  const errors: FieldErrors = {};
  if (form.choice === 'none') return { ok: true, value: null };
  if (timing.start > timing.now) errors['choice'] = NOT_STARTED;
  let actualMin: number | null = null;
  if (form.choice === 'actual') {
    actualMin = parseNumber(form.minutes);
    const problem = minutesProblem(actualMin);
    if (problem) errors['minutes'] = problem;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const outcome: WorkOutcome = form.choice === 'missed' ? 'missed' : 'done';
  return { ok: true, value: { outcome, actualMin } };
}

export type SessionDoneForm = { minutes: string; earnings: string };

export type SessionDoneValue = { actualMin: number | null; actualEarnings: number | null };

/** The form for a session's actual minutes and earnings (blank: as planned, none). */
export function sessionDoneFormOf(session: {
  actualMin: number | null;
  actualEarnings: number | null;
}): SessionDoneForm {
  return {
    minutes: optionalNumberText(session.actualMin),
    earnings: optionalNumberText(session.actualEarnings),
  };
}

/** Reads the session form: minutes (blank: as planned) and earnings, or every problem at once. */
export function readSessionDoneForm(
  form: SessionDoneForm,
  timing: WorkTiming,
): Validation<SessionDoneValue> {
  const errors: FieldErrors = {};
  if (timing.start > timing.now) errors['status'] = NOT_STARTED;
  const actualMin = parseOptionalNumber(form.minutes);
  const minutes = actualMin === null ? null : minutesProblem(actualMin);
  if (minutes) errors['actualMin'] = minutes;
  const actualEarnings = parseOptionalNumber(form.earnings);
  if (actualEarnings !== null && !(Number.isFinite(actualEarnings) && actualEarnings >= 0)) {
    errors['actualEarnings'] = 'Enter earnings of zero or more, as a number.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { actualMin, actualEarnings } };
}
