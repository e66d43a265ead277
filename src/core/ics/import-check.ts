/**
 * Makes the preview promise only what saving keeps: each read event is run through the same
 * validator the Import button's write uses (validateCommitment). What a small, said change makes
 * savable is adapted (an untitled event named after the file, a long title or notes cut with a
 * note, a zero-length event given one minute); anything else is listed with the reason, naming
 * the event, so one bad event never blocks the others.
 */
import { validateCommitment } from '../validate/records';
import type { CommitmentDraft, ImportedEvent, SkippedEvent } from './types';

export type Fitted = { ok: true; event: ImportedEvent } | { ok: false; skipped: SkippedEvent };

const MAX_TITLE = 200;
const MAX_NOTES = 5000;
const MAX_MINUTES = 24 * 60;
const CUT_NOTE = '\n\n[Cut on import: the calendar’s text was longer.]';

/** How the preview names an event in a reason: its title, or its start and UID. */
export function eventLabel(title: string, uid: string): string {
  return title.trim() !== '' ? title : `Untitled event (${uid.slice(0, 60)})`;
}

function hours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h >= 48) {
    const rest = h % 24;
    return `${Math.floor(h / 24)} days${rest > 0 ? ` ${rest} h` : ''}`;
  }
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The title an untitled event gets: the file's name without its extension. */
function titleFromFile(fileName: string | null): string {
  const base = (fileName ?? '').replace(/\.(ics|ical|ifb|icalendar)$/i, '').trim();
  return (base === '' ? 'Untitled event' : `${base} (untitled event)`).slice(0, MAX_TITLE);
}

/** The first `n` UTF-16 units of `s`, never ending inside a surrogate pair. */
function cut(s: string, n: number): string {
  const code = s.charCodeAt(n - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

function adaptText(draft: CommitmentDraft, fileName: string | null, said: string[]): void {
  if (draft.title.trim() === '') {
    draft.title = titleFromFile(fileName);
    said.push(`The event has no title: it is saved as “${draft.title}”.`);
  }
  if (draft.title.length > MAX_TITLE) {
    draft.notes = `${draft.title}\n\n${draft.notes}`.trimEnd();
    draft.title = `${cut(draft.title, MAX_TITLE - 1)}…`;
    said.push(
      `The title has more than ${MAX_TITLE} characters: it is cut, and kept whole in the notes.`,
    );
  }
  if (draft.notes.length > MAX_NOTES) {
    draft.notes = cut(draft.notes, MAX_NOTES - CUT_NOTE.length) + CUT_NOTE;
    said.push(
      `The notes have more than ${MAX_NOTES} characters: they are cut, with a note saying so.`,
    );
  }
  draft.moved = draft.moved.map((m) => {
    if (m.notes === undefined || m.notes.length <= MAX_NOTES) return m;
    said.push(
      `The notes of the occurrence of ${m.date} have more than ${MAX_NOTES} characters: they are cut, with a note saying so.`,
    );
    return { ...m, notes: cut(m.notes, MAX_NOTES - CUT_NOTE.length) + CUT_NOTE };
  });
}

/** Why a length cannot be saved, or null; a zero length is adapted to a minute, and said. */
function adaptLength(draft: CommitmentDraft, said: string[]): string | null {
  if (draft.durationMin === 0) {
    draft.durationMin = 1;
    said.push(
      'The event ends when it starts (no DTEND or DURATION, which RFC 5545 reads as a moment): it is saved as 1 minute long.',
    );
  }
  if (draft.durationMin > MAX_MINUTES) {
    return `It lasts ${hours(draft.durationMin)}; a commitment lasts at most 24 hours.`;
  }
  draft.moved = draft.moved.map((m) => (m.durationMin === 0 ? { ...m, durationMin: 1 } : m));
  const long = draft.moved.find((m) => m.durationMin > MAX_MINUTES);
  if (long) {
    return `Its occurrence of ${long.date} lasts ${hours(long.durationMin)}; a commitment lasts at most 24 hours.`;
  }
  return null;
}

/** The event as saving will take it (adapted, each change said), or why it cannot be saved. */
export function fitForSaving(event: ImportedEvent, fileName: string | null): Fitted {
  const draft: CommitmentDraft = { ...event.draft };
  const said: string[] = [];
  const label = eventLabel(event.draft.title, draft.icsUid);
  const skip = (reason: string): Fitted => ({
    ok: false,
    skipped: { uid: draft.icsUid, title: label, reason },
  });
  adaptText(draft, fileName, said);
  const length = adaptLength(draft, said);
  if (length !== null) return skip(length);
  // The client is chosen later; any id stands in for it here.
  const checked = validateCommitment({ ...draft, clientId: 'import-preview' });
  if (!checked.ok) return skip(Object.values(checked.errors).join(' '));
  return { ok: true, event: { ...event, draft, adaptations: said } };
}
