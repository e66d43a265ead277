/**
 * Import an .ics file: preview the events with their times in the event's zone and the home
 * zone, pick the client (the core suggests one, with its reason) and the events; weekly rules
 * become recurring commitments, what was repaired or adapted to be saved is said, anything the
 * planner cannot represent is listed with the reason. A second import updates by UID.
 */
import { useState } from 'react';
import { activeClients } from '../../../../core/active-clients';
import {
  mergeImport,
  mergeTimeOff,
  type TimeOffChoice,
  type TimeOffOffer,
} from '../../../../core/ics';
import type { Client, TimeOffOwner } from '../../../../core/types';
import { getBridge } from '../../bridge';
import { PrimaryAction } from '../../components/Buttons';
import { StatusNotice } from '../../components/StatusNotice';
import { describeWriteError } from '../../db/write-result';
import { db } from '../../db/instance';
import { importCalendar } from '../../db/repo';
import { formatClock, formatLongDay, zoneCity } from '../../format';
import type { PlannerData } from '../../planner-data';
import { initialChoice, startImport, type Invitation } from './import-start';
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
  type ImportPanelState,
} from './import-panel-state';
import { TimeOffOffers, type OfferChoice } from './TimeOffOffers';

type Props = Pick<PlannerData, 'settings' | 'clients' | 'commitments' | 'timeOff' | 'now'> & {
  /** An event of another calendar to make a commitment of: previewed at once. */
  invitation?: Invitation;
};

/** The owner of an offer the user kept, or null for a skipped one. */
function ownerFor(
  o: TimeOffOffer,
  choice: OfferChoice,
  clientId: string,
  clients: readonly Client[],
): TimeOffOwner | null {
  if (choice === 'skip') return null;
  if (choice === 'worker') return { kind: 'worker' };
  // The app's own export keeps the client it named (if still here); else the chosen client.
  return initialChoice(o, clients) === 'client' && o.owner ? o.owner : { kind: 'client', clientId };
}

/** The import half of the calendar dialog. */
export function ImportPanel({ settings, clients, commitments, timeOff, now, invitation }: Props) {
  const active = activeClients(clients);
  // An invitation is read once, for the first state; a file replaces it when one is chosen.
  const [state, setState] = useState<ImportPanelState>(() =>
    initialImportState(invitation, { homeZone: settings.homeZone, clients: active }),
  );

  async function open() {
    setState(openStarted);
    try {
      const file = await getBridge().openFile({ kind: 'ics' });
      if (!file) return;
      const read = startImport(file.content, {
        homeZone: settings.homeZone,
        clients: active,
        name: file.name,
      });
      setState(fileRead(file.name, read));
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      setState((s) => failed(s, text));
    }
  }

  async function importChosen() {
    // A second press while the first import is written would write its time off twice.
    if (state.phase !== 'choosing' || state.importing) return;
    const { preview, chosen, offerChoices, clientId } = state;
    const refuse = (text: string) => setState((s) => failed(s, text));
    const kept: TimeOffChoice[] = preview.timeOff.flatMap((offer, i) => {
      const owner = ownerFor(offer, offerChoices[i] ?? 'skip', clientId, active);
      return owner ? [{ offer, owner }] : [];
    });
    const needsClient = chosen.size > 0 || kept.some((k) => k.owner.kind === 'client');
    if (!clientId && needsClient) {
      refuse('Pick the client these events belong to.');
      return;
    }
    const drafts = preview.events.filter((_, i) => chosen.has(i)).map((e) => e.draft);
    const plan = mergeImport(commitments, drafts, clientId, now);
    const days = mergeTimeOff(timeOff, kept, now, () => crypto.randomUUID());
    setState(importStarted);
    let result: Awaited<ReturnType<typeof importCalendar>>;
    try {
      result = await importCalendar(db, [...plan.creates, ...plan.updates], days.writes);
    } catch (error) {
      refuse(describeWriteError(error).message);
      return;
    }
    if (!result.ok) {
      refuse(
        `Nothing was imported: ${result.problem?.message ?? Object.values(result.errors)[0] ?? 'invalid event'}`,
      );
      return;
    }
    setState(
      imported(
        `Imported ${plan.creates.length} new, updated ${plan.updates.length}, ${drafts.length - plan.creates.length - plan.updates.length} already up to date.${kept.length > 0 ? ` Time off: ${days.writes.length} saved, ${days.unchanged} already up to date.` : ''}`,
      ),
    );
  }

  const choice = state.phase === 'choosing' ? state : null;
  const keptCount = choice ? choice.offerChoices.filter((c) => c !== 'skip').length : 0;

  return (
    <div className="stack">
      {invitation ? (
        <p className="muted">
          The event “{invitation.title}” from your calendar “{invitation.calendar}”, read as an .ics
          file would be: check the client, then import it.
        </p>
      ) : (
        <div>
          <button type="button" className="button" onClick={() => void open()}>
            Choose an .ics file…
          </button>
        </div>
      )}
      <StatusNotice status={panelStatus(state)} />
      {choice ? (
        <>
          <p>
            <strong>{choice.preview.calendarName ?? choice.fileName}</strong>:{' '}
            {choice.preview.events.length} event
            {choice.preview.events.length === 1 ? '' : 's'} found
            {choice.preview.skipped.length > 0
              ? `, ${choice.preview.skipped.length} that cannot be imported`
              : ''}
            .
          </p>
          <label className="field">
            <span>For client</span>
            <select
              value={choice.clientId}
              onChange={(e) => {
                const id = e.target.value;
                setState((s) => pickClient(s, id));
              }}
            >
              {active.length === 0 ? <option value="">Add a client first</option> : null}
              {active.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          {choice.suggested && choice.suggested.clientId === choice.clientId ? (
            <p className="small muted">{choice.suggested.reason}</p>
          ) : null}
          {choice.preview.repairs.length > 0 ? (
            <p className="notice">
              <strong>Repaired to read the file:</strong> {choice.preview.repairs.join(' ')}
            </p>
          ) : null}
          <ul className="import-list" aria-label="Events in the file">
            {choice.preview.events.map((e, i) => (
              <li key={`${e.draft.icsUid}-${i}`}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={choice.chosen.has(i)}
                    onChange={() => setState((s) => toggleEvent(s, i))}
                  />
                  <span>
                    <strong>{e.draft.title || '(untitled)'}</strong>
                    {e.recurring ? <span className="tag">weekly</span> : null}
                    <br />
                    <span className="small">
                      {formatLongDay(e.startInZone.date)}{' '}
                      {formatClock(e.startInZone.time, settings.clock)}{' '}
                      {zoneCity(e.startInZone.zone)} · {formatLongDay(e.startInHome.date)}{' '}
                      {formatClock(e.startInHome.time, settings.clock)} your time
                    </span>
                    {e.notices.map((n) => (
                      <span key={n} className="small muted line-block">
                        {n}
                      </span>
                    ))}
                    {e.adaptations.map((a) => (
                      <span key={a} className="small line-block">
                        Adapted: {a}
                      </span>
                    ))}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <TimeOffOffers
            offers={choice.preview.timeOff}
            choices={choice.offerChoices}
            clientName={active.find((c) => c.id === choice.clientId)?.name ?? null}
            onChange={(choices) => setState((s) => chooseOffers(s, choices))}
          />
          {choice.preview.skipped.length > 0 ? (
            <div className="notice warn" role="status">
              <strong>Not imported:</strong>
              <ul>
                {choice.preview.skipped.map((s, i) => (
                  <li key={`${s.uid ?? 'x'}-${i}`}>
                    {s.title || '(untitled)'}: {s.reason}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <PrimaryAction
            disabled={choice.chosen.size + keptCount === 0}
            run={() => void importChosen()}
          >
            Import {choice.chosen.size} event{choice.chosen.size === 1 ? '' : 's'}
            {keptCount > 0 ? ` and ${keptCount} time off` : ''}
          </PrimaryAction>
        </>
      ) : null}
    </div>
  );
}
