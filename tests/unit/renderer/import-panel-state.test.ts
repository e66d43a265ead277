import { describe, expect, it } from 'vitest';
import { sampleWeek } from '../../../src/core/sample-week';
import {
  chooseOffers,
  failed,
  fileRead,
  imported,
  importStarted,
  initialImportState,
  openStarted,
  panelStatus,
  pickClient,
  toggleEvent,
  type ImportChoosing,
  type ImportPanelState,
} from '../../../src/renderer/src/features/calendar/import-panel-state';
import { startImport } from '../../../src/renderer/src/features/calendar/import-start';
import { calendar, closed, kickoff, review } from './invitation-fixture';

const sample = sampleWeek({ weekStart: '2026-11-23', now: Date.UTC(2026, 10, 22) });
const HOME = sample.settings.homeZone;
const options = { homeZone: HOME, clients: sample.clients };
const [first, second] = sample.clients;

const TEXT = calendar(review, kickoff, closed);

const read = (text: string, name: string) => startImport(text, { ...options, name });

/** The panel with `TEXT` read from 'invites.ics'. */
function choosing(): ImportChoosing {
  const state = fileRead('invites.ics', read(TEXT, 'invites.ics'));
  if (state.phase !== 'choosing') throw new Error('expected the file to be read');
  return state;
}

const IDLE: ImportPanelState = { phase: 'idle', message: null };
const DONE = imported('Imported 2 new, updated 0, 0 already up to date.');

describe('the import panel’s first state', () => {
  it('is idle and silent without an invitation', () => {
    expect(initialImportState(undefined, options)).toEqual(IDLE);
  });

  it('previews an invitation at once, only its event ticked, under its calendar’s name', () => {
    const invitation = { title: 'Kick-off', calendar: 'Work', uid: 'kickoff@n', ics: TEXT };
    const state = initialImportState(invitation, options);
    expect(state).toMatchObject({ phase: 'choosing', fileName: 'Work', error: null });
    expect(state.phase === 'choosing' && [...state.chosen]).toEqual([1]);
  });

  it('says why an invitation cannot be imported, with no preview', () => {
    const invitation = { title: 'Kick-off', calendar: 'Work', uid: 'kickoff@n', ics: 'junk' };
    const state = initialImportState(invitation, options);
    expect(state.phase).toBe('idle');
    expect(panelStatus(state)).toMatchObject({ kind: 'error' });
    expect(panelStatus(state)?.text).toMatch(/^“Kick-off” cannot be imported: /);
  });
});

describe('the import panel’s transitions', () => {
  it('opening clears what the last action said and keeps the preview', () => {
    expect(openStarted(DONE)).toEqual(IDLE);
    expect(openStarted(failed(IDLE, 'No disk'))).toEqual(IDLE);
    const kept = failed(choosing(), 'No disk');
    expect(openStarted(kept)).toEqual({ ...kept, error: null });
  });

  it('a file read starts its own preview, every event ticked, replacing any other', () => {
    const state = choosing();
    expect(state.fileName).toBe('invites.ics');
    expect(state.preview.events).toHaveLength(2);
    expect([...state.chosen]).toEqual([0, 1]);
    expect(state.offerChoices).toEqual(['skip']);
    expect(state.error).toBeNull();
    const other = fileRead('one.ics', read(calendar(review), 'one.ics'));
    expect(other).toMatchObject({ phase: 'choosing', fileName: 'one.ics' });
    expect(other.phase === 'choosing' && other.preview.events).toHaveLength(1);
  });

  it('a refused file leaves no preview and says why', () => {
    const state = fileRead('notes.ics', read('not a calendar', 'notes.ics'));
    expect(state.phase).toBe('idle');
    expect(panelStatus(state)?.text).toMatch(/^“notes\.ics” was not imported: /);
    expect(panelStatus(state)?.kind).toBe('error');
  });

  it('a failure is said as an error and keeps the preview and its choices', () => {
    const before = pickClient(toggleEvent(choosing(), 0), second?.id ?? '');
    const after = failed(before, 'Pick the client these events belong to.');
    expect(after).toEqual({ ...before, error: 'Pick the client these events belong to.' });
    expect(panelStatus(after)).toEqual({
      kind: 'error',
      text: 'Pick the client these events belong to.',
    });
    expect(failed(IDLE, 'No disk')).toEqual({
      phase: 'idle',
      message: { kind: 'error', text: 'No disk' },
    });
  });

  it('an import being written is marked, so a second press writes nothing twice', () => {
    const before = choosing();
    const writing = importStarted(failed(before, 'No disk'));
    // The last error goes as the import starts; a failed write can be tried again.
    expect(writing).toEqual({ ...before, importing: true });
    expect(failed(writing, 'No disk')).toEqual({ ...before, error: 'No disk', importing: false });
    expect(importStarted(IDLE)).toBe(IDLE);
  });

  it('an import that worked ends the preview with what was done', () => {
    expect(DONE).toEqual({
      phase: 'idle',
      message: { kind: 'ok', text: 'Imported 2 new, updated 0, 0 already up to date.' },
    });
    expect(panelStatus(DONE)?.kind).toBe('ok');
  });

  it('toggling an event ticks or unticks only it, without touching the state it came from', () => {
    const state = choosing();
    const off = toggleEvent(state, 0);
    expect(off.phase === 'choosing' && [...off.chosen]).toEqual([1]);
    expect([...state.chosen]).toEqual([0, 1]);
    const on = toggleEvent(off, 0);
    expect(on.phase === 'choosing' && [...on.chosen].sort()).toEqual([0, 1]);
  });

  it('the client and the time-off choices change only themselves', () => {
    const state = choosing();
    expect(pickClient(state, first?.id ?? 'x')).toEqual({ ...state, clientId: first?.id ?? 'x' });
    expect(chooseOffers(state, ['worker'])).toEqual({ ...state, offerChoices: ['worker'] });
  });

  it('a choice that does not fit the preview changes nothing', () => {
    const state = choosing();
    expect(toggleEvent(state, 2)).toBe(state);
    expect(toggleEvent(state, -1)).toBe(state);
    expect(chooseOffers(state, [])).toBe(state);
    expect(chooseOffers(state, ['worker', 'worker'])).toBe(state);
  });

  it('choices without a preview change nothing', () => {
    for (const idle of [IDLE, DONE]) {
      expect(toggleEvent(idle, 0)).toBe(idle);
      expect(pickClient(idle, 'c')).toBe(idle);
      expect(chooseOffers(idle, ['worker'])).toBe(idle);
    }
  });

  it('shows no notice while nothing has been said', () => {
    expect(panelStatus(IDLE)).toBeNull();
    expect(panelStatus(choosing())).toBeNull();
  });
});

describe('the impossible combinations', () => {
  it('cannot be written down', () => {
    const { preview } = choosing();
    // @ts-expect-error choices need their preview: the idle phase has none
    const orphanChoices: ImportPanelState = { phase: 'idle', message: null, chosen: new Set() };
    // @ts-expect-error a preview comes with its choices and client
    const bare: ImportPanelState = { phase: 'choosing', fileName: 'x', preview, error: null };
    const success: ImportPanelState = {
      ...choosing(),
      // @ts-expect-error a preview beside a success: a preview only carries an error
      error: { kind: 'ok', text: 'Imported' },
    };
    expect([orphanChoices, bare, success]).toHaveLength(3);
  });

  it('are never reached by any run of transitions', () => {
    const other = read(calendar(review), 'one.ics');
    const steps: ((s: ImportPanelState) => ImportPanelState)[] = [
      openStarted,
      () => fileRead('invites.ics', read(TEXT, 'invites.ics')),
      () => fileRead('one.ics', other),
      () => fileRead('notes.ics', read('junk', 'notes.ics')),
      (s) => failed(s, 'No disk'),
      () => imported('Imported'),
      importStarted,
      (s) => toggleEvent(s, 1),
      (s) => toggleEvent(s, 2),
      (s) => chooseOffers(s, ['client']),
      (s) => pickClient(s, second?.id ?? ''),
      (s) => chooseOffers(s, s.phase === 'choosing' ? s.preview.timeOff.map(() => 'worker') : []),
    ];
    let states: ImportPanelState[] = [IDLE];
    for (let depth = 0; depth < 3; depth++) {
      states = states.flatMap((s) => steps.map((step) => step(s)));
      for (const s of states) {
        if (s.phase === 'idle') continue;
        // A preview never shows a success; its choices always fit it.
        expect(panelStatus(s)?.kind ?? 'error').toBe('error');
        expect(s.offerChoices).toHaveLength(s.preview.timeOff.length);
        expect([...s.chosen].every((i) => i >= 0 && i < s.preview.events.length)).toBe(true);
      }
    }
    expect(states).toHaveLength(12 ** 3);
  });
});
