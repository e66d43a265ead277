/**
 * What the import preview starts with for a calendar text: a chosen .ics file (every event
 * ticked) or one event of another calendar to make a commitment of (an invitation: only that
 * event ticked, and as an all-day event offered as the client's time off). Pure, unit-tested.
 */
import {
  parseIcs,
  suggestClient,
  type ImportPreview,
  type TimeOffOffer,
} from '../../../../core/ics';
import type { Client, IanaZone } from '../../../../core/types';
import type { OfferChoice } from './TimeOffOffers';

/** An event of another calendar (busy time) to turn into a commitment through the import. */
export type Invitation = { title: string; calendar: string; uid: string; ics: string };

/** The preview's first state, or why the text was refused. */
export type ImportStart =
  | {
      ok: true;
      preview: ImportPreview;
      chosen: ReadonlySet<number>;
      offerChoices: OfferChoice[];
      suggested: { clientId: string; reason: string } | null;
      clientId: string;
    }
  | { ok: false; error: string };

/** The choice an offer starts with: the owner the app's own export names, else skip. */
export function initialChoice(o: TimeOffOffer, clients: readonly Client[]): OfferChoice {
  const owner = o.owner;
  if (owner?.kind === 'worker') return 'worker';
  if (owner?.kind === 'client' && clients.some((c) => c.id === owner.clientId)) return 'client';
  return 'skip';
}

type StartOptions = {
  homeZone: IanaZone;
  /** The active clients, the suggestion picks among them. */
  clients: readonly Client[];
  /** The file's name, or the calendar's for an invitation. */
  name: string;
  /** For an invitation: the UID of the one event wanted. */
  onlyUid?: string;
};

/** Reads `text` into the preview's first state. */
export function startImport(text: string, options: StartOptions): ImportStart {
  const { clients, onlyUid } = options;
  const parsed = parseIcs(text, { homeZone: options.homeZone, fileName: options.name });
  if (!parsed.ok) return { ok: false, error: parsed.error.message };
  const { preview } = parsed;
  const wanted = (uid: string): boolean => onlyUid === undefined || uid === onlyUid;
  const chosen = new Set(preview.events.flatMap((e, i) => (wanted(e.draft.icsUid) ? [i] : [])));
  const suggested = suggestClient(preview, clients);
  const clientId = suggested?.clientId ?? clients[0]?.id ?? '';
  const offerChoices = preview.timeOff.map((o) =>
    // The worker asked to make this event the client's: an all-day one is their time off.
    onlyUid !== undefined && o.icsUid === onlyUid && clientId !== ''
      ? 'client'
      : initialChoice(o, clients),
  );
  return { ok: true, preview, chosen, offerChoices, suggested, clientId };
}
