/**
 * Validators of the 'sync:*' channels' arguments, as strict as validate.ts: plain objects, no
 * extra keys, bounded lengths, URLs parsed and limited to https (or http on this machine), and a
 * publish request bounded in count, per-event size and total size so the window cannot make main
 * buffer gigabytes.
 */
import { checkServerUrl, checkSubscriptionUrl, MAX_URL_LENGTH } from '../sync/url';
import type { InvokeChannels } from './contract';
import {
  fail,
  readArray,
  readBoolean,
  readEnum,
  readId,
  readInstant,
  readName,
  readNoArgument,
  readNumber,
  readRecord,
  readString,
  readText,
  safe,
  type Validator,
} from './read';
import type {
  BusyCalendar,
  BusyRequest,
  ConflictChoice,
  PublishedItem,
  PublishRequest,
  PublishTarget,
  Subscription,
  SyncAccountInput,
  SyncConfigInput,
} from './sync-contract';

type SyncChannel = Extract<keyof InvokeChannels, `sync:${string}`>;

/** Bounds of the sync payloads. */
export const SYNC_LIMITS = {
  /** A heavy plan: a year of one-offs and sessions is a few thousand events. */
  maxItems: 20_000,
  maxIcsBytes: 1024 * 1024,
  /** The whole publish request. */
  maxPublishBytes: 64 * 1024 * 1024,
  /** Imported UIDs are kept up to 500 characters, plus the app's suffixes. */
  maxUidLength: 600,
  maxPasswordLength: 1024,
  maxCalendars: 200,
  maxSubscriptions: 50,
  /** A busy request covers at most this many days (a year and a bit). */
  maxBusySpanDays: 400,
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;
const KINDS = ['commitment', 'session', 'time-off'] as const;

function readUrl(value: unknown, where: string, kind: 'server' | 'subscription'): string {
  const raw = readString(value, where, { min: 1, max: MAX_URL_LENGTH, noControl: true });
  const checked = kind === 'server' ? checkServerUrl(raw) : checkSubscriptionUrl(raw);
  if (!checked.ok) fail(`${where}: ${checked.error}`);
  return checked.url;
}

function readUid(value: unknown, where: string): string {
  const uid = readString(value, where, { min: 1, max: SYNC_LIMITS.maxUidLength, noControl: true });
  if (uid.trim() !== uid) fail(`${where} has surrounding spaces`);
  return uid;
}

function accountInput(raw: unknown): SyncAccountInput {
  const r = readRecord(raw, 'account', ['serverUrl', 'username', 'password']);
  return {
    serverUrl: readUrl(r.get('serverUrl'), 'account.serverUrl', 'server'),
    username: readName(r.get('username'), 'account.username'),
    password: readString(r.get('password'), 'account.password', {
      min: 1,
      max: SYNC_LIMITS.maxPasswordLength,
      noControl: true,
    }),
  };
}

function publishTarget(value: unknown, where: string): PublishTarget {
  if (value === null) return null;
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'create')) {
    const r = readRecord(value, where, ['create']);
    const name = readName(r.get('create'), `${where}.create`);
    if (name.trim() === '') fail(`${where}.create must not be blank`);
    return { create: name };
  }
  const r = readRecord(value, where, ['url']);
  return { url: readUrl(r.get('url'), `${where}.url`, 'server') };
}

function busyCalendar(value: unknown, where: string): BusyCalendar {
  const r = readRecord(value, where, ['url', 'countsAsWork']);
  return {
    url: readUrl(r.get('url'), `${where}.url`, 'server'),
    countsAsWork: readBoolean(r.get('countsAsWork'), `${where}.countsAsWork`),
  };
}

function subscription(value: unknown, where: string): Subscription {
  const r = readRecord(value, where, ['id', 'url', 'name', 'countsAsWork', 'refreshMin']);
  const refreshMin = readNumber(r.get('refreshMin'), `${where}.refreshMin`, 5, 7 * 24 * 60);
  if (!Number.isInteger(refreshMin)) fail(`${where}.refreshMin must be whole minutes`);
  return {
    id: readId(r.get('id'), `${where}.id`),
    url: readUrl(r.get('url'), `${where}.url`, 'subscription'),
    name: readName(r.get('name'), `${where}.name`),
    countsAsWork: readBoolean(r.get('countsAsWork'), `${where}.countsAsWork`),
    refreshMin,
  };
}

function unique<T>(list: T[], key: (item: T) => string, where: string, what: string): T[] {
  const seen = new Set<string>();
  for (const item of list) {
    const k = key(item);
    if (seen.has(k)) fail(`${where} lists the ${what} ${k.slice(0, 80)} twice`);
    seen.add(k);
  }
  return list;
}

function configInput(raw: unknown): SyncConfigInput {
  const r = readRecord(raw, 'config', ['publishTo', 'busyCalendars', 'subscriptions']);
  const publishTo = publishTarget(r.get('publishTo'), 'config.publishTo');
  const busyCalendars = unique(
    readArray(
      r.get('busyCalendars'),
      'config.busyCalendars',
      SYNC_LIMITS.maxCalendars,
      busyCalendar,
    ),
    (c) => c.url,
    'config.busyCalendars',
    'calendar',
  );
  if (publishTo && 'url' in publishTo && busyCalendars.some((c) => c.url === publishTo.url)) {
    // The app never reads its own published events back as someone else's busy time.
    fail('config.busyCalendars must not contain the calendar the plan is published to');
  }
  const subscriptions = unique(
    readArray(
      r.get('subscriptions'),
      'config.subscriptions',
      SYNC_LIMITS.maxSubscriptions,
      subscription,
    ),
    (s) => s.id,
    'config.subscriptions',
    'id',
  );
  return { publishTo, busyCalendars, subscriptions };
}

function publishedItem(value: unknown, where: string): PublishedItem {
  const r = readRecord(value, where, ['uid', 'kind', 'ics', 'end']);
  const ics = readText(r.get('ics'), `${where}.ics`, SYNC_LIMITS.maxIcsBytes, '1 MB');
  if (!ics.startsWith('BEGIN:VCALENDAR')) fail(`${where}.ics must be a VCALENDAR`);
  const end = r.get('end');
  return {
    uid: readUid(r.get('uid'), `${where}.uid`),
    kind: readEnum(r.get('kind'), `${where}.kind`, KINDS),
    ics,
    end: end === null ? null : readInstant(end, `${where}.end`),
  };
}

function publishRequest(raw: unknown): PublishRequest {
  const r = readRecord(raw, 'request', ['items'], ['since']);
  let total = 0;
  const items = readArray(r.get('items'), 'request.items', SYNC_LIMITS.maxItems, (item, where) => {
    const read = publishedItem(item, where);
    // UTF-16 length is a lower bound of the UTF-8 size: enough to stop a runaway request.
    total += read.ics.length;
    if (total > SYNC_LIMITS.maxPublishBytes) fail('request.items is larger than 64 MB in all');
    return read;
  });
  const list = unique(items, (i) => i.uid, 'request.items', 'UID');
  const since = r.get('since');
  if (since === undefined) return { items: list };
  return { items: list, since: readInstant(since, 'request.since') };
}

function conflictChoice(raw: unknown): ConflictChoice {
  const r = readRecord(raw, 'choice', ['uid', 'keep']);
  return {
    uid: readUid(r.get('uid'), 'choice.uid'),
    keep: readEnum(r.get('keep'), 'choice.keep', ['app', 'server'] as const),
  };
}

function busyRequest(raw: unknown): BusyRequest {
  const r = readRecord(raw, 'request', ['from', 'to']);
  const from = readInstant(r.get('from'), 'request.from');
  const to = readInstant(r.get('to'), 'request.to');
  if (to <= from) fail('request.to must be after request.from');
  if (to - from > SYNC_LIMITS.maxBusySpanDays * DAY_MS) {
    fail(`request spans more than ${SYNC_LIMITS.maxBusySpanDays} days`);
  }
  return { from, to };
}

function appliedRequest(raw: unknown): { uids: string[] } {
  const r = readRecord(raw, 'request', ['uids']);
  return { uids: readArray(r.get('uids'), 'request.uids', SYNC_LIMITS.maxItems, readUid) };
}

/** One validator per sync channel. */
export const SYNC_VALIDATORS: { [C in SyncChannel]: Validator<InvokeChannels[C]['arg']> } = {
  'sync:status': safe(readNoArgument),
  'sync:connect': safe(accountInput),
  'sync:disconnect': safe(readNoArgument),
  'sync:configure': safe(configInput),
  'sync:publish': safe(publishRequest),
  'sync:now': safe(readNoArgument),
  'sync:resolve': safe(conflictChoice),
  'sync:busy': safe(busyRequest),
  'sync:applied': safe(appliedRequest),
};
