/**
 * The FullCalendar peer's events: the weeks the perf spec shows, planned by the same core as the
 * app (commitments, accepted sessions, proposals and client availability as background events),
 * so both pages draw the same picture from the same plan.
 */
import type { EventInput } from '@fullcalendar/core';
import { planWeek, type WeekInput } from '../../../src/core/plan-week';
import { addDays } from '../../../src/core/time';

/** FullCalendar's ISO start/end, with the instants kept for filtering by visible range. */
const span = (i: { start: number; end: number }) => ({
  start: new Date(i.start).toISOString(),
  end: new Date(i.end).toISOString(),
  startMs: i.start,
  endMs: i.end,
});

/** A FullCalendar event with its instants, which the peer page filters by visible range. */
export type BenchEvent = EventInput & { startMs: number; endMs: number };

/** Events for `weeks` consecutive weeks from `input.weekStart`. */
export function fullCalendarEvents(input: WeekInput, weeks: number): BenchEvent[] {
  const clients = new Map(input.clients.map((c) => [c.id, c]));
  const platforms = new Map(input.platforms.map((p) => [p.id, p]));
  const events: BenchEvent[] = [];
  for (let w = 0; w < weeks; w++) {
    const plan = planWeek({ ...input, weekStart: addDays(input.weekStart, 7 * w) });
    for (const band of plan.availability) {
      events.push({
        ...span(band),
        display: 'background',
        color: clients.get(band.clientId)?.color,
        title: band.label,
      });
    }
    for (const o of plan.occurrences) {
      const client = clients.get(o.clientId);
      events.push({
        id: o.id,
        title: `${o.title} · ${client?.name ?? ''}`,
        ...span(o),
        color: client?.color,
      });
    }
    for (const s of plan.sessions) {
      events.push({
        id: s.id,
        title: platforms.get(s.platformId)?.name ?? 'Session',
        ...span(s),
        color: platforms.get(s.platformId)?.color,
      });
    }
    for (const p of plan.proposals) {
      events.push({
        id: p.id,
        title: `${platforms.get(p.platformId)?.name ?? 'Session'}?`,
        ...span(p),
        backgroundColor: 'transparent',
        borderColor: platforms.get(p.platformId)?.color,
        textColor: 'inherit',
      });
    }
  }
  return events;
}
