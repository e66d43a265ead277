/**
 * What the user creates on a span sketched in the grid: a microtask session for a platform, or
 * a one-off commitment for a client (in the client's zone, as every commitment is written). The
 * form is checked whole, so every missing or invalid field is reported at once.
 */
import { dayOf, MINUTE, toInstant, toWall } from '../../../../core/time';
import type { Client, CommitmentKind, IanaZone, Instant, Platform } from '../../../../core/types';
import type { FieldErrors, Validation } from '../../../../core/validate/fields';
import {
  validateCommitment,
  validateSession,
  type CommitmentDraft,
  type SessionDraft,
} from '../../../../core/validate/records';
import { parseNumber, startDurationErrors } from '../../components/form-values';
import { defaultTitle } from '../commitments/commitment-form';

export type CreateWhat = 'session' | 'commitment';

export type CreateForm = {
  what: CreateWhat;
  platformId: string;
  clientId: string;
  title: string;
  kind: CommitmentKind;
  /** Start on the span's day and length, home zone: fine-tuned after the sketch, or typed. */
  time: string;
  duration: string;
};

/** The span sketched, as instants. */
export type CreateSpan = { start: Instant; end: Instant };

export type CreateContext = {
  platforms: readonly Platform[];
  clients: readonly Client[];
  /** The home zone: the day and time fields are in it. */
  zone: IanaZone;
};

/** What a valid form creates. */
export type CreateDraft =
  { what: 'session'; draft: SessionDraft } | { what: 'commitment'; draft: CommitmentDraft };

/** The error paths the create dialog shows next to its fields. */
export const CREATE_FIELD_PATHS = ['platformId', 'clientId', 'title', 'kind', 'time', 'duration'];

/**
 * The platforms and clients offered: every platform, those proposed in the week first (one
 * switched off for proposals can still be worked on by hand), and the clients not archived.
 */
export function createChoices(context: CreateContext): CreateContext {
  return {
    zone: context.zone,
    platforms: [...context.platforms].sort((a, b) => Number(b.enabled) - Number(a.enabled)),
    clients: context.clients.filter((c) => !c.archived),
  };
}

/** A fresh form on `span`: a session when there is a platform to work on, else a commitment. */
export function initialCreateForm(context: CreateContext, span: CreateSpan): CreateForm {
  const { platforms, clients } = createChoices(context);
  return {
    time: toWall(span.start, context.zone).time,
    duration: String(Math.round((span.end - span.start) / MINUTE)),
    what: platforms.length > 0 || clients.length === 0 ? 'session' : 'commitment',
    platformId: platforms[0]?.id ?? '',
    clientId: clients[0]?.id ?? '',
    title: '',
    kind: 'work',
  };
}

/** The title saved for a commitment: what was typed, or "<client> <kind>". */
export function createTitle(form: CreateForm, clients: readonly Client[]): string {
  const client = clients.find((c) => c.id === form.clientId);
  return form.title.trim() === '' && client ? defaultTitle(client, form.kind) : form.title.trim();
}

function sessionDraft(form: CreateForm, span: CreateSpan): SessionDraft {
  return {
    platformId: form.platformId,
    start: span.start,
    end: span.end,
    locked: false,
    status: 'planned',
    actualEarnings: null,
    actualMin: null,
    note: '',
  };
}

/** The one-off commitment on the span, written as a wall time in the client's zone. */
function commitmentDraft(
  form: CreateForm,
  span: CreateSpan,
  client: Pick<Client, 'id' | 'zone'>,
  title: string,
): CommitmentDraft {
  const wall = toWall(span.start, client.zone);
  return {
    clientId: client.id,
    title,
    kind: form.kind,
    zone: client.zone,
    start: wall.time,
    durationMin: Math.round((span.end - span.start) / MINUTE),
    recurrence: { kind: 'once', date: wall.date },
    skippedDates: [],
    moved: [],
    reminderLeadMin: null,
    notes: '',
    icsUid: null,
  };
}

const NO_CLIENT: Pick<Client, 'id' | 'zone'> = { id: '', zone: 'UTC' };

/**
 * The span the form gives on the day of the sketched `span`, or its time and duration errors
 * (a block of 5 minutes to a day; it may run past midnight).
 */
export function formSpan(
  form: CreateForm,
  span: CreateSpan,
  zone: IanaZone,
): Validation<CreateSpan> {
  const errors = startDurationErrors(form, 5);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const start = toInstant(dayOf(span.start, zone), form.time, zone);
  return { ok: true, value: { start, end: start + parseNumber(form.duration) * MINUTE } };
}

/** The session or commitment the form describes on `span`'s day, or every error at once. */
export function checkCreateForm(
  form: CreateForm,
  sketched: CreateSpan,
  context: CreateContext,
): Validation<CreateDraft> {
  const timed = formSpan(form, sketched, context.zone);
  // With the times in error, the rest is still checked on the sketched span.
  const span = timed.ok ? timed.value : sketched;
  const errors: FieldErrors = timed.ok ? {} : { ...timed.errors };
  const { platforms, clients } = createChoices(context);
  if (form.what === 'session') {
    const checked = validateSession(sessionDraft(form, span));
    if (!checked.ok) Object.assign(errors, checked.errors);
    if (!platforms.some((p) => p.id === form.platformId)) {
      errors.platformId = 'Pick a platform for this session.';
    }
    if (!checked.ok || !timed.ok || Object.keys(errors).length > 0) return { ok: false, errors };
    return { ok: true, value: { what: 'session', draft: checked.value } };
  }
  const client = clients.find((c) => c.id === form.clientId);
  // Without a client the rest is still checked (in UTC), so every problem shows at once.
  const draft = commitmentDraft(
    form,
    span,
    client ?? { ...NO_CLIENT, id: form.clientId },
    createTitle(form, clients),
  );
  const checked = validateCommitment(draft);
  if (checked.ok && client)
    return { ok: true, value: { what: 'commitment', draft: checked.value } };
  if (!checked.ok) Object.assign(errors, checked.errors);
  if (!client) errors.clientId = 'Pick a client for this commitment.';
  return { ok: false, errors };
}
