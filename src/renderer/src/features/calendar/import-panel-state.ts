/**
 * The import panel's state as one value, in one of two phases: nothing to choose from (before a
 * file is read, after one was refused, after an import), or a read calendar being chosen from.
 * The choices exist only with their preview, and a preview is never shown beside a success:
 * an import that worked ends the preview. Pure transitions, unit-tested; the panel only renders.
 */
import type { ImportPreview } from '../../../../core/ics';
import type { Client, IanaZone } from '../../../../core/types';
import type { Status } from '../../components/StatusNotice';
import { startImport, type ImportStart, type Invitation } from './import-start';
import type { OfferChoice } from './TimeOffOffers';

/** No preview: what the last action said (a refused file, a finished import), if anything. */
export type ImportIdle = { phase: 'idle'; message: Status | null };

/** A read calendar and what the user has chosen of it. */
export type ImportChoosing = {
  phase: 'choosing';
  /** The file's name, or the invitation's calendar: the heading when the file names none. */
  fileName: string;
  preview: ImportPreview;
  /** The indexes of the ticked events. */
  chosen: ReadonlySet<number>;
  /** One per all-day event of the preview, in its order. */
  offerChoices: readonly OfferChoice[];
  suggested: { clientId: string; reason: string } | null;
  clientId: string;
  /** Why the last open or import failed; the preview stays, to try again. */
  error: string | null;
  /** The chosen events are being written: pressing Import again does nothing until it ends. */
  importing: boolean;
};

export type ImportPanelState = ImportIdle | ImportChoosing;

const IDLE: ImportIdle = { phase: 'idle', message: null };

/** The preview of a calendar text that was read. */
function choosing(read: Extract<ImportStart, { ok: true }>, fileName: string): ImportChoosing {
  const { preview, chosen, offerChoices, suggested, clientId } = read;
  return {
    phase: 'choosing',
    fileName,
    preview,
    chosen,
    offerChoices,
    suggested,
    clientId,
    error: null,
    importing: false,
  };
}

/** The first state: an invitation read at once (or why it cannot be imported), else idle. */
export function initialImportState(
  invitation: Invitation | undefined,
  options: { homeZone: IanaZone; clients: readonly Client[] },
): ImportPanelState {
  if (!invitation) return IDLE;
  const read = startImport(invitation.ics, {
    ...options,
    name: invitation.calendar,
    onlyUid: invitation.uid,
  });
  if (read.ok) return choosing(read, invitation.calendar);
  const text = `“${invitation.title}” cannot be imported: ${read.error}`;
  return { phase: 'idle', message: { kind: 'error', text } };
}

/** A file is being asked for: what the last action said is cleared, a preview stays. */
export function openStarted(state: ImportPanelState): ImportPanelState {
  return state.phase === 'idle' ? IDLE : { ...state, error: null };
}

/** A chosen file was read: its preview replaces any other, or it is refused and none is left. */
export function fileRead(fileName: string, read: ImportStart): ImportPanelState {
  if (read.ok) return choosing(read, fileName);
  const text = `“${fileName}” was not imported: ${read.error}`;
  return { phase: 'idle', message: { kind: 'error', text } };
}

/** The chosen events are being written (a double press must not write them twice). */
export function importStarted(state: ImportPanelState): ImportPanelState {
  return state.phase === 'idle' ? state : { ...state, error: null, importing: true };
}

/** Opening or importing failed: said, and a preview stays as it was, to try again. */
export function failed(state: ImportPanelState, text: string): ImportPanelState {
  return state.phase === 'idle'
    ? { phase: 'idle', message: { kind: 'error', text } }
    : { ...state, error: text, importing: false };
}

/** The import was written: the preview ends with what was done. */
export function imported(text: string): ImportIdle {
  return { phase: 'idle', message: { kind: 'ok', text } };
}

/** Ticks or unticks event `index` of the preview (nothing without one, or past its events). */
export function toggleEvent(state: ImportPanelState, index: number): ImportPanelState {
  if (state.phase === 'idle' || !(index >= 0 && index < state.preview.events.length)) return state;
  const chosen = new Set(state.chosen);
  if (chosen.has(index)) chosen.delete(index);
  else chosen.add(index);
  return { ...state, chosen };
}

/** The client the events are for (nothing without a preview). */
export function pickClient(state: ImportPanelState, clientId: string): ImportPanelState {
  return state.phase === 'idle' ? state : { ...state, clientId };
}

/** What to do with each all-day event (nothing without a preview, or not one each). */
export function chooseOffers(
  state: ImportPanelState,
  offerChoices: readonly OfferChoice[],
): ImportPanelState {
  if (state.phase === 'idle' || offerChoices.length !== state.preview.timeOff.length) return state;
  return { ...state, offerChoices };
}

/** The notice under the button: the idle message, or the preview's error. */
export function panelStatus(state: ImportPanelState): Status | null {
  if (state.phase === 'idle') return state.message;
  return state.error === null ? null : { kind: 'error', text: state.error };
}
