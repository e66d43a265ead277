/**
 * Another CalDAV client sees the same events: vdirsyncer (Debian's /usr/bin/vdirsyncer)
 * downloads the published calendar from Radicale into a filesystem storage, and its events,
 * parsed, equal the ICS export of the same plan. Skipped, with this reason, only where the
 * binary is absent; .ci/run installs it.
 */
import ICAL from 'ical.js';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { toIcs } from '../../../src/core/ics/export';
import type { IcsExportInput } from '../../../src/core/ics/types';
import { connected, harness, planItems, SINCE, week } from './fixtures';
import { PASSWORD, startRadicale, USER, type Radicale } from './radicale';

vi.mock('electron', () => import('../main/fake-electron'));

const VDIRSYNCER = '/usr/bin/vdirsyncer';
const hasVdirsyncer = existsSync(VDIRSYNCER);

let server: Radicale;
const dir = mkdtempSync(join(tmpdir(), 'vdirsyncer-'));
beforeAll(async () => {
  if (hasVdirsyncer) server = await startRadicale();
});
afterAll(async () => {
  await server?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

/** An event reduced to what it means: two writers may order, fold and spell it differently. */
function meaning(vevent: ICAL.Component): unknown {
  const event = new ICAL.Event(vevent);
  const rrule = vevent.getFirstPropertyValue('rrule');
  const exdates = vevent
    .getAllProperties('exdate')
    .flatMap((p) => p.getValues().map((v) => String(v)))
    .sort();
  const recurrenceId = vevent.getFirstPropertyValue('recurrence-id');
  return {
    uid: event.uid,
    summary: event.summary,
    description: event.description ?? null,
    start: event.startDate.toString(),
    zone: event.startDate.zone?.tzid ?? null,
    durationSec: event.duration.toSeconds(),
    rrule: rrule instanceof ICAL.Recur ? rrule.toJSON() : null,
    exdates,
    recurrenceId: recurrenceId ? String(recurrenceId) : null,
    kind: vevent.getFirstPropertyValue('x-hybrid-planner-kind'),
  };
}

function meanings(texts: string[]): string[] {
  return texts
    .flatMap((text) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent'))
    .map((v) => JSON.stringify(meaning(v)))
    .sort();
}

function exportOf(extra: Partial<IcsExportInput>): string {
  return toIcs({
    calendarName: 'Hybrid Planner',
    range: { kind: 'recurring' },
    content: { commitments: true, sessions: false, availability: false, alarms: false },
    commitments: week.commitments,
    clients: week.clients,
    sessions: week.sessions,
    platforms: week.platforms,
    homeZone: week.settings.homeZone,
    defaultReminderLeadMin: 10,
    now: week.now,
    ...extra,
  });
}

describe('vdirsyncer', () => {
  // Skipped only when vdirsyncer is not installed (apt-get install vdirsyncer).
  it.skipIf(!hasVdirsyncer)('downloads the published calendar: the export’s events', async () => {
    const h = await harness();
    const calendar = await connected(h, server.url);
    await h.engine.publish({ items: planItems() });
    expect((await h.engine.syncNow()).state).toBe('idle');
    const local = join(dir, 'local');
    mkdirSync(local, { recursive: true });
    const config = join(dir, 'config');
    writeFileSync(
      config,
      [
        '[general]',
        `status_path = "${join(dir, 'status')}"`,
        '[pair planner]',
        'a = "planner_remote"',
        'b = "planner_local"',
        'collections = null',
        '[storage planner_remote]',
        'type = "caldav"',
        `url = "${calendar}"`,
        `username = "${USER}"`,
        `password = "${PASSWORD}"`,
        '[storage planner_local]',
        'type = "filesystem"',
        `path = "${local}"`,
        'fileext = ".ics"',
        '',
      ].join('\n'),
    );
    const vdir = (...args: string[]): { status: number | null; stderr: string } => {
      const run = spawnSync(VDIRSYNCER, ['-c', config, ...args], { encoding: 'utf8' });
      return { status: run.status, stderr: run.stderr };
    };
    expect(vdir('discover', 'planner')).toEqual({ status: 0, stderr: expect.any(String) });
    const run = vdir('sync');
    expect({ status: run.status, stderr: run.stderr }).toEqual({
      status: 0,
      stderr: expect.any(String),
    });
    const downloaded = readdirSync(local).map((name) => readFileSync(join(local, name), 'utf8'));
    const exported = [
      exportOf({}),
      exportOf({
        range: { kind: 'span', start: SINCE, end: 8.64e15 },
        commitments: week.commitments.filter((c) => c.recurrence.kind === 'once'),
        content: { commitments: true, sessions: true, availability: false, alarms: false },
      }),
    ];
    expect(downloaded.length).toBe(planItems().length);
    expect(meanings(downloaded)).toEqual(meanings(exported));
    await h.dispose();
  });
});
