import { describe, expect, it } from 'vitest';
import { unavailableSyncStatus, type SyncStatus } from '../../../src/core/bridge/sync-contract';
import {
  addSubscription,
  configToForm,
  formToConfig,
} from '../../../src/renderer/src/features/sync/sync-config-form';
import {
  busyProblemsIntro,
  reportText,
  retryText,
  stateLabel,
  versionText,
} from '../../../src/renderer/src/features/sync/sync-text';

const PERSONAL = { url: 'https://d/p/', displayName: 'Personal', color: null, writable: true };
const CLIENTS = { url: 'https://d/c/', displayName: 'Clients', color: '#9333ea', writable: true };
const HOLIDAYS = { url: 'https://d/h/', displayName: 'Holidays', color: null, writable: false };

function connected(patch: Partial<SyncStatus> = {}): SyncStatus {
  return {
    ...unavailableSyncStatus(),
    state: 'idle',
    error: null,
    account: { serverUrl: 'https://d/', username: 'ana' },
    calendars: [PERSONAL, CLIENTS, HOLIDAYS],
    ...patch,
  };
}

describe('sync calendars form', () => {
  it('offers to create the app calendar when nothing is published yet', () => {
    const form = configToForm(connected());
    expect(form.publish).toBe('create');
    expect(formToConfig(form, connected().calendars)).toEqual({
      ok: true,
      value: { publishTo: { create: 'Hybrid Planner' }, busyCalendars: [], subscriptions: [] },
    });
  });

  it('keeps the chosen calendars and their work switches', () => {
    const status = connected({
      config: {
        publishTo: PERSONAL.url,
        busyCalendars: [{ url: CLIENTS.url, countsAsWork: true }],
        subscriptions: [],
      },
    });
    const form = configToForm(status);
    expect(form.publish).toBe(PERSONAL.url);
    expect(form.busy[CLIENTS.url]).toEqual({ on: true, countsAsWork: true });
    expect(formToConfig(form, status.calendars)).toMatchObject({
      ok: true,
      value: {
        publishTo: { url: PERSONAL.url },
        busyCalendars: [{ url: CLIENTS.url, countsAsWork: true }],
      },
    });
  });

  it('never reads the publish calendar back as busy time', () => {
    const form = configToForm(connected());
    const checked = formToConfig(
      { ...form, publish: CLIENTS.url, busy: { [CLIENTS.url]: { on: true, countsAsWork: true } } },
      connected().calendars,
    );
    expect(checked.ok && checked.value.busyCalendars).toEqual([]);
  });

  it('refuses a read-only or vanished publish target', () => {
    const form = configToForm(connected());
    expect(formToConfig({ ...form, publish: HOLIDAYS.url }, connected().calendars)).toEqual({
      ok: false,
      errors: { publish: '“Holidays” is read-only here.' },
    });
    const gone = formToConfig({ ...form, publish: 'https://d/x/' }, connected().calendars);
    expect(gone.ok).toBe(false);
  });

  it('adds a subscription once, named after its host when unnamed', () => {
    const form = configToForm(connected());
    const added = addSubscription(
      form,
      { url: ' webcal://cal.example.com/a.ics ', name: '' },
      's1',
    );
    expect(added.ok && added.value.subscriptions).toEqual([
      {
        id: 's1',
        url: 'webcal://cal.example.com/a.ics',
        name: 'cal.example.com',
        countsAsWork: false,
        refreshMin: 30,
      },
    ]);
    if (!added.ok) return;
    const again = addSubscription(
      added.value,
      { url: 'webcal://cal.example.com/a.ics', name: 'x'.repeat(101) },
      's2',
    );
    expect(again.ok === false && Object.keys(again.errors).sort()).toEqual(['name', 'url']);
  });
});

describe('sync status words', () => {
  it('says what the last sync did', () => {
    expect(reportText({ at: 0, created: 1, updated: 2, deleted: 0, received: 1 })).toBe(
      'Created 1 event, updated 2, deleted 0, received 1 change.',
    );
  });

  it('says changes wait even when idle', () => {
    expect(stateLabel(connected())).toBe('Up to date');
    expect(stateLabel(connected({ pending: 2 }))).toBe('Changes waiting to be sent');
    expect(stateLabel(connected({ state: 'error', nextRetryAt: 1 }))).toMatch(/^Sync paused/);
    expect(stateLabel(connected({ state: 'error' }))).toBe('Sync stopped');
  });

  it('says what an unreadable busy calendar means for the plan', () => {
    expect(busyProblemsIntro(1)).toBe(
      'A calendar read as busy time could not be read. The busy time read from it before still counts.',
    );
    expect(busyProblemsIntro(3)).toMatch(/^3 calendars .* from them before still counts\.$/);
  });

  it('says when the next try is due, in the worker’s zone', () => {
    const now = Date.parse('2026-11-23T02:00:00Z');
    expect(retryText(null, now, 'Asia/Manila', '24h')).toBeNull();
    expect(retryText(now + 5 * 60_000, now, 'Asia/Manila', '24h')).toBe(
      'Next try in 5 min (10:05).',
    );
    expect(retryText(now + 20_000, now, 'Asia/Manila', '24h')).toBe(
      'Next try within a minute (10:00).',
    );
  });

  it('reads each side of a conflict in words', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//t//EN',
      'BEGIN:VEVENT',
      'UID:a',
      'DTSTAMP:20261120T000000Z',
      'DTSTART;TZID=America/New_York:20261123T090000',
      'DURATION:PT1H',
      'RRULE:FREQ=WEEKLY',
      'SUMMARY:Call',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    // New York 09:00 is 22:00 in Manila (the day's name follows the host's locale).
    expect(versionText(ics, 'Asia/Manila', '24h')).toEqual({
      title: 'Call',
      when: expect.stringMatching(/^Mon, .*23.*2026, 22:00–23:00, repeating$/),
    });
    expect(versionText(null, 'Asia/Manila', '24h')).toEqual({ deleted: true });
    // The app's own session (marked as one) is shown too, not refused as the import does.
    const session = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//t//EN',
      'BEGIN:VEVENT',
      'UID:session-s@hybrid-planner',
      'DTSTAMP:20261120T000000Z',
      'DTSTART:20261126T050000Z',
      'DTEND:20261126T060000Z',
      'SUMMARY:Prolific',
      'X-HYBRID-PLANNER-KIND:session',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(versionText(session, 'Asia/Manila', '24h')).toEqual({
      title: 'Prolific',
      when: expect.stringMatching(/26.*2026, 13:00–14:00$/),
    });
    expect(versionText('garbage', 'Asia/Manila', '24h')).toHaveProperty('unreadable');
  });
});
