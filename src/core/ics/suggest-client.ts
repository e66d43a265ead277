/**
 * Which client an imported file is most likely for, and why: the organizer's e-mail written in a
 * client's notes, an e-mail domain or a calendar or organizer name that matches a client's name,
 * or the zone the events are in. The preview preselects it and shows the reason; with no clear
 * winner it suggests nothing rather than guess.
 */
import type { Client } from '../types';
import type { ImportPreview, Organizer } from './types';

export type ClientSuggestion = { clientId: string; reason: string };

type Score = { client: Client; points: number; reasons: string[] };

/** Letters and digits only, lower case: "Bright-Cart Ltd." → "brightcartltd". */
function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** The distinct organizers of the preview's events. */
function organizers(preview: ImportPreview): Organizer[] {
  const seen = new Map<string, Organizer>();
  for (const e of preview.events) {
    if (e.organizer) seen.set(`${e.organizer.email}|${e.organizer.name}`, e.organizer);
  }
  return [...seen.values()];
}

/** The zone most of the events are in, with how many are. */
function mainZone(preview: ImportPreview): { zone: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const e of preview.events) counts.set(e.draft.zone, (counts.get(e.draft.zone) ?? 0) + 1);
  let best: { zone: string; count: number } | null = null;
  for (const [zone, count] of counts) if (!best || count > best.count) best = { zone, count };
  return best;
}

/** Second-level labels that are not a name ("co" in harbour.co.uk). */
const GENERIC_LABELS = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc']);

/** The name part of an e-mail's domain: "harbourbooks" for sam@mail.harbourbooks.co.uk. */
function domainName(email: string | null): string {
  const labels = (email?.split('@')[1] ?? '').split('.').slice(0, -1);
  return labels.filter((l) => !GENERIC_LABELS.has(l)).pop() ?? '';
}

function scoreOf(client: Client, preview: ImportPreview): Score {
  const score: Score = { client, points: 0, reasons: [] };
  const add = (points: number, reason: string): void => {
    score.points += points;
    score.reasons.push(reason);
  };
  const name = squash(client.name);
  const notes = client.notes.toLowerCase();
  for (const o of organizers(preview)) {
    if (o.email && notes.includes(o.email)) {
      add(4, `the organizer's e-mail ${o.email} is in ${client.name}'s notes`);
    }
    const domain = domainName(o.email);
    if (name.length >= 3 && squash(domain).length >= 3 && name.includes(squash(domain))) {
      add(3, `the organizer's e-mail domain ${o.email?.split('@')[1]} matches ${client.name}`);
    }
    if (o.name && name.length >= 3 && squash(o.name).includes(name)) {
      add(2, `the organizer "${o.name}" names ${client.name}`);
    }
  }
  if (preview.calendarName && name.length >= 3 && squash(preview.calendarName).includes(name)) {
    add(2, `the calendar "${preview.calendarName}" names ${client.name}`);
  }
  const zone = mainZone(preview);
  if (zone && zone.zone === client.zone) {
    const all = zone.count === preview.events.length;
    add(1, `${all ? 'the events are' : 'most events are'} in ${zone.zone}, ${client.name}'s zone`);
  }
  return score;
}

/** The client to preselect for an import, with the reason to show; null when none stands out. */
export function suggestClient(
  preview: ImportPreview,
  clients: readonly Client[],
): ClientSuggestion | null {
  const scores = clients
    .filter((c) => !c.archived)
    .map((c) => scoreOf(c, preview))
    .filter((s) => s.points > 0)
    .sort((a, b) => b.points - a.points);
  const [best, next] = scores;
  if (!best || (next && next.points === best.points)) return null;
  const reason = `Suggested because ${best.reasons.join(', and ')}.`;
  return { clientId: best.client.id, reason: reason.charAt(0).toUpperCase() + reason.slice(1) };
}
