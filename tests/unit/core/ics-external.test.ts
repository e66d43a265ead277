/**
 * The exported file read by other implementations: Debian's python3-icalendar (parse, count,
 * times) and khal (import into a fresh vdir, then list the DST weeks). Each test is skipped, with
 * the reason, on machines without the tool; .ci/run installs both.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitmentUid, toIcs } from '../../../src/core/ics';
import { expandCommitments } from '../../../src/core/recurrence';
import { commitments, exportInput } from '../fixtures/ics/plan';

const PYTHON = '/usr/bin/python3';
const KHAL = '/usr/bin/khal';
const hasPythonIcalendar =
  existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import icalendar']).status === 0;
const hasKhal = existsSync(KHAL);

const content = { commitments: true, sessions: false, availability: false, alarms: true };
const text = toIcs(exportInput({ content }));
const dir = mkdtempSync(join(tmpdir(), 'ics-external-'));
const file = join(dir, 'export.ics');
writeFileSync(file, text);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Prints, per VEVENT, UID, RECURRENCE-ID and DTSTART in UTC, then the VTIMEZONE ids. */
const PY_SCRIPT = `
import sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
def utc(p):
    if p is None:
        return '-'
    return p.dt.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%MZ')
for ev in cal.walk('VEVENT'):
    print('EVENT', str(ev['UID']), utc(ev.get('RECURRENCE-ID')), utc(ev.get('DTSTART')))
for tz in cal.walk('VTIMEZONE'):
    print('TZ', str(tz['TZID']), len(tz.walk('DAYLIGHT')), len(tz.walk('STANDARD')))
`;

function utcMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}

describe('validation by other implementations', () => {
  // Skipped when Debian's python3-icalendar is not installed (apt-get install python3-icalendar).
  it.skipIf(!hasPythonIcalendar)('python3-icalendar parses it with the planner’s times', () => {
    const run = spawnSync(PYTHON, ['-c', PY_SCRIPT, file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const events = lines.filter((l) => l.startsWith('EVENT '));
    expect(events).toHaveLength((text.match(/^BEGIN:VEVENT\r$/gm) ?? []).length);
    // Each series starts at its first occurrence, in UTC as the planner computes it.
    const range = exportInput().range;
    if (range.kind !== 'span') throw new Error('span expected');
    for (const c of commitments) {
      const first = expandCommitments([c], range).find((o) => !o.moved && o.resolution === 'exact');
      if (!first || c.recurrence.kind !== 'weekly') continue;
      expect(events).toContain(`EVENT ${commitmentUid(c)} - ${utcMinute(first.start)}`);
    }
    // The moved occurrence and the DST-gap override (02:30 NY on 8 March is 07:30 UTC).
    expect(events).toContain('EVENT ny-standup@hybrid-planner 2026-03-13T13:00Z 2026-03-13T18:00Z');
    expect(events).toContain('EVENT ny-gap@hybrid-planner 2026-03-08T07:30Z 2026-03-08T07:30Z');
    const zones = lines.filter((l) => l.startsWith('TZ '));
    expect(zones).toContain('TZ America/Mexico_City 0 1');
    expect(zones).toContain('TZ America/Sao_Paulo 0 1');
    expect(zones).toContain('TZ Australia/Sydney 1 1');
  });

  // Skipped when khal is not installed (apt-get install khal).
  it.skipIf(!hasKhal)(
    'khal imports it and lists the planner’s occurrences in the DST weeks',
    () => {
      const vdir = join(dir, 'vdir');
      mkdirSync(join(vdir, 'planner'), { recursive: true });
      const config = join(dir, 'khal.conf');
      writeFileSync(
        config,
        [
          '[calendars]',
          '[[planner]]',
          `path = ${join(vdir, 'planner')}`,
          'type = calendar',
          '[locale]',
          'local_timezone = UTC',
          'default_timezone = UTC',
          'timeformat = %H:%M',
          'dateformat = %Y-%m-%d',
          'longdateformat = %Y-%m-%d',
          'datetimeformat = %Y-%m-%dT%H:%M',
          'longdatetimeformat = %Y-%m-%dT%H:%M',
          '',
        ].join('\n'),
      );
      const env = { ...process.env, TZ: 'UTC', HOME: dir, XDG_DATA_HOME: join(dir, 'data') };
      const khal = (args: string[]) =>
        spawnSync(KHAL, ['--config', config, ...args], { env, encoding: 'utf8' });
      const imported = khal(['import', '--batch', '-a', 'planner', file]);
      expect(imported.status, imported.stderr).toBe(0);

      // 6–14 March (US on DST, Europe not yet, the 02:30 gap call) and 3–8 April (Sydney change).
      for (const [from, to] of [
        ['2026-03-06', '2026-03-14'],
        ['2026-04-03', '2026-04-08'],
      ] as const) {
        const listed = khal(['list', '--format', '{start} {end} {title}', from, to]);
        expect(listed.status, listed.stderr).toBe(0);
        const actual = [
          ...new Set(listed.stdout.split('\n').filter((l) => /^\d{4}-\d\d-\d\dT/.test(l))),
        ];
        const span = {
          start: Date.parse(`${from}T00:00:00Z`),
          end: Date.parse(`${to}T00:00:00Z`) + 86_400_000,
        };
        const expected = expandCommitments(commitments, span).map(
          (o) => `${utcMinute(o.start).slice(0, -1)} ${utcMinute(o.end).slice(0, -1)} ${o.title}`,
        );
        expect(actual.sort()).toEqual(expected.sort());
      }
    },
  );
});
