/**
 * Every file of the shared corpus of real calendars, through the Import button's path (the core
 * preview, the record conversion and the save validator; everything but the IndexedDB write),
 * compared with an independent reader: python icalendar with recurring_ical_events
 * (fixtures/ics/occurrences.py), the first 10 occurrences of every imported commitment.
 * Skipped, with the reason, where Debian's python3-recurring-ical-events is missing (.ci/run
 * installs it).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeImport, parseIcs } from '../../../src/core/ics';
import type { ImportPreview } from '../../../src/core/ics';
import { expandCommitment } from '../../../src/core/recurrence';
import { DAY } from '../../../src/core/time';
import { validateCommitment } from '../../../src/core/validate/records';
import { CORPUS_DIR, corpusFile, corpusNames } from '../fixtures/ics/corpus';
import { hasIndependentReader, readIndependently } from '../fixtures/ics/independent';
import type { PyFile } from '../fixtures/ics/independent';

const HOME = 'Europe/London';
const FIRST = 10;
const hasReader = hasIndependentReader;

function independent(names: string[]): Record<string, PyFile> {
  return readIndependently(
    names.map((n) => resolve(CORPUS_DIR, n)),
    HOME,
  );
}

/**
 * The UID the independent reader files an imported commitment under: a one-off occurrence
 * carries "#RID" after its series' UID, and an event without a UID is filed under "".
 */
const seriesUid = (icsUid: string): string =>
  /^no-uid-[0-9a-f]+@import$/.test(icsUid) ? '' : icsUid.replace(/#[^#]*$/, '');

/**
 * Files where the independent reader is known to read against the file's own VTIMEZONE: those
 * are compared with what the VTIMEZONE says instead (tests/unit/core/ics-zones.test.ts).
 */
const READER_GAPS: Readonly<Record<string, string>> = {
  'exchange_blank_tzid.ics':
    'python icalendar reads an empty TZID as floating time and ignores its VTIMEZONE (+0000 all year)',
  'exchange_cdo_request_gmt_tzid.ics':
    'python icalendar cannot read BYDAY=MO, TU (with spaces) and gives only the first occurrence',
  'exchange_owa_2012.ics':
    'no VTIMEZONE: python icalendar reads the Windows display names as floating time in the home zone',
};
const utc = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`;
/** Python's instant at the planner's precision: minutes, when the preview said so. */
const floorMinute = (iso: string): string => `${iso.slice(0, 16)}:00Z`;

type Row = {
  file: string;
  result: string;
  wrong: string[];
  unplaced: string[];
  blocked: number;
  refusedWhole: boolean;
  /** All-day events the independent reader places that are not offered as time off. */
  allDayNotOffered: string[];
};

function reasonsOf(p: ImportPreview): string {
  const counts = new Map<string, number>();
  for (const s of p.skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts].map(([r, n]) => `${n}× ${r}`).join('; ');
}

function check(name: string, py: PyFile | undefined): Row {
  const row: Row = {
    file: name,
    result: '',
    wrong: [],
    unplaced: [],
    blocked: 0,
    refusedWhole: false,
    allDayNotOffered: [],
  };
  const parsed = parseIcs(corpusFile(name), { homeZone: HOME, fileName: name });
  const pyUids = py && 'uids' in py ? py.uids : null;
  if (!parsed.ok) {
    row.refusedWhole = pyUids !== null;
    row.result = `refused whole: ${parsed.error.message}`;
    return row;
  }
  const p = parsed.preview;
  const plan = mergeImport(
    [],
    p.events.map((e) => e.draft),
    'client',
    Date.UTC(2026, 0, 1),
  );
  const secondsSaid = new Set(
    p.events.filter((e) => e.notices.some((n) => n.includes('seconds'))).map((e) => e.draft.icsUid),
  );
  const mine = new Map<string, string[]>();
  for (const c of [...plan.creates, ...plan.updates]) {
    const { id: _i, createdAt: _c, updatedAt: _u, ...draft } = c;
    if (!validateCommitment(draft).ok) row.blocked++;
    const start = p.events.find((e) => e.draft.icsUid === c.icsUid)?.start ?? 0;
    const occ = expandCommitment(c, { start: start - 2 * DAY, end: start + 12 * 366 * DAY });
    const list = mine.get(seriesUid(c.icsUid ?? '')) ?? [];
    list.push(...occ.slice(0, FIRST).map((o) => utc(o.start)));
    mine.set(seriesUid(c.icsUid ?? ''), list);
    if (pyUids && READER_GAPS[name] === undefined) {
      const theirs = pyUids[seriesUid(c.icsUid ?? '')]?.starts ?? [];
      const set = new Set(secondsSaid.has(c.icsUid ?? '') ? theirs.map(floorMinute) : theirs);
      for (const t of occ.slice(0, FIRST).map((o) => utc(o.start))) {
        if (!set.has(t)) row.wrong.push(`${c.icsUid}: ${t}`);
      }
    }
  }
  if (pyUids) {
    const listed = new Set(p.skipped.map((s) => seriesUid(s.uid ?? '')));
    const offered = new Set(p.timeOff.map((t) => seriesUid(t.icsUid)));
    for (const [uid, e] of Object.entries(pyUids)) {
      if (!mine.has(uid) && !listed.has(uid) && !offered.has(uid))
        row.unplaced.push(`${uid}${e.allDay ? ' (all day)' : ''}`);
      if (e.allDay && !offered.has(uid)) row.allDayNotOffered.push(uid);
    }
  }
  const adapted = p.events.filter((e) => e.adaptations.length > 0).length;
  row.result =
    `imported ${p.events.length - adapted}, adapted ${adapted}, refused ${p.skipped.length}` +
    (p.timeOff.length > 0 ? `, time off offered ${p.timeOff.length}` : '') +
    (p.skipped.length > 0 ? ` (${reasonsOf(p)})` : '') +
    (p.repairs.length > 0 ? `; repaired: ${p.repairs.length}` : '') +
    (READER_GAPS[name] ? `; not compared: ${READER_GAPS[name]}` : '') +
    (pyUids ? '' : `; python: ${py && 'error' in py ? py.error.slice(0, 60) : 'no answer'}`);
  return row;
}

describe.skipIf(!hasReader)('the corpus of real calendar files', () => {
  const names = corpusNames();
  const py = hasReader ? independent(names) : {};
  const rows = names.map((n) => check(n, py[n]));
  console.log(rows.map((r) => `${r.file} → ${r.result}`).join('\n'));

  it('holds every file of the corpus', () => {
    expect(names.length).toBeGreaterThanOrEqual(53);
  });

  it('places no commitment at an instant the independent reader does not give', () => {
    expect(rows.flatMap((r) => r.wrong.map((w) => `${r.file}: ${w}`))).toEqual([]);
  });

  it('refuses whole no file the independent reader reads', () => {
    expect(rows.filter((r) => r.refusedWhole).map((r) => `${r.file}: ${r.result}`)).toEqual([]);
  });

  it('blocks no import with one event: every previewed event passes the save validator', () => {
    expect(rows.filter((r) => r.blocked > 0).map((r) => r.file)).toEqual([]);
  });

  it('imports the monthly meetings, and refuses none for being monthly', () => {
    const result = (file: string) => rows.find((r) => r.file === file)?.result ?? '';
    expect(result('google_moved_event.ics')).toMatch(/^imported 0, adapted 1, refused 0/);
    expect(rows.filter((r) => /Monthly rules/.test(r.result))).toEqual([]);
  });

  it('imports every event the independent reader places, or lists it with a reason', () => {
    expect(rows.flatMap((r) => r.unplaced.map((u) => `${r.file}: ${u}`))).toEqual([]);
  });

  it('offers every all-day event as time off', () => {
    expect(rows.flatMap((r) => r.allDayNotOffered.map((u) => `${r.file}: ${u}`))).toEqual([]);
  });
});
