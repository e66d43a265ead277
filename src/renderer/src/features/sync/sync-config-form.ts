/**
 * The calendars screen's state and its check: where the plan is published (a calendar the app
 * creates, or a writable one the worker picks), which calendars are read as busy time and
 * whether each counts as work, and the subscribed calendars. The publish calendar is never also
 * read as busy: the app must not see its own events as someone else's.
 */
import type {
  RemoteCalendar,
  Subscription,
  SyncConfigInput,
  SyncStatus,
} from '../../../../core/bridge/sync-contract';
import type { FieldErrors, Validation } from '../../../../core/validate/fields';
import { subscriptionUrlProblem } from './sync-account-form';

/** The name of the calendar the app creates when the worker picks none. */
export const CREATED_CALENDAR_NAME = 'Hybrid Planner';

/** Refresh interval of a new subscription, in minutes. */
const DEFAULT_REFRESH_MIN = 30;

export type BusyChoice = { on: boolean; countsAsWork: boolean };

export type SyncConfigForm = {
  /** 'create', 'none' or the URL of a writable calendar. */
  publish: string;
  busy: Record<string, BusyChoice>;
  subscriptions: Subscription[];
};

/** Where the worker gave a subscription's address and name. */
export type SubscriptionForm = { url: string; name: string };

/** The form for the configuration the shell holds now. */
export function configToForm(status: SyncStatus): SyncConfigForm {
  const { config, calendars } = status;
  const busy: Record<string, BusyChoice> = {};
  for (const c of calendars) busy[c.url] = { on: false, countsAsWork: false };
  for (const b of config.busyCalendars) busy[b.url] = { on: true, countsAsWork: b.countsAsWork };
  const publish =
    config.publishTo === null
      ? 'create'
      : calendars.some((c) => c.url === config.publishTo)
        ? config.publishTo
        : 'create';
  return { publish, busy, subscriptions: [...config.subscriptions] };
}

/** The configuration to send, or every problem at once. */
export function formToConfig(
  form: SyncConfigForm,
  calendars: readonly RemoteCalendar[],
): Validation<SyncConfigInput> {
  const errors: FieldErrors = {};
  let publishTo: SyncConfigInput['publishTo'] = null;
  if (form.publish === 'create') publishTo = { create: CREATED_CALENDAR_NAME };
  else if (form.publish !== 'none') {
    const target = calendars.find((c) => c.url === form.publish);
    if (!target) errors.publish = 'That calendar is no longer on the server. Pick another.';
    else if (!target.writable) errors.publish = `“${target.displayName}” is read-only here.`;
    else publishTo = { url: target.url };
  }
  const busyCalendars = calendars
    .filter((c) => form.busy[c.url]?.on === true && c.url !== form.publish)
    .map((c) => ({ url: c.url, countsAsWork: form.busy[c.url]?.countsAsWork === true }));
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { publishTo, busyCalendars, subscriptions: form.subscriptions } };
}

/** A name for a subscription the worker did not name: the address's host. */
function nameFromUrl(url: string): string {
  try {
    return new URL(url).hostname || 'Subscribed calendar';
  } catch {
    return 'Subscribed calendar';
  }
}

/** The form with one subscription more, or why not (every problem at once). */
export function addSubscription(
  form: SyncConfigForm,
  input: SubscriptionForm,
  id: string,
): Validation<SyncConfigForm> {
  const errors: FieldErrors = {};
  const url = input.url.trim();
  const problem = subscriptionUrlProblem(url);
  if (problem) errors.url = problem;
  else if (form.subscriptions.some((s) => s.url === url)) {
    errors.url = 'This calendar is already subscribed.';
  }
  const name = input.name.trim() || nameFromUrl(url);
  if (name.length > 100) errors.name = 'The name is too long (100 characters at most).';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const subscription: Subscription = {
    id,
    url,
    name,
    countsAsWork: false,
    refreshMin: DEFAULT_REFRESH_MIN,
  };
  return { ok: true, value: { ...form, subscriptions: [...form.subscriptions, subscription] } };
}
