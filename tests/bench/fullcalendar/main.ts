/**
 * The benchmark peer: the same heavy-profile weeks drawn by FullCalendar's time-grid week view,
 * from events precomputed by the planning core (events.json, written by the perf spec). A
 * bench-only page: built into out-bench/, never into the app.
 */
import { Calendar } from '@fullcalendar/core';
import timeGridPlugin from '@fullcalendar/timegrid';
import type { BenchEvent } from './events';

type BenchEvents = { weekStart: string; events: BenchEvent[] };

async function start(): Promise<void> {
  const response = await fetch('./events.json');
  const data = (await response.json()) as BenchEvents;
  const element = document.getElementById('calendar');
  if (!element) throw new Error('no #calendar element');
  const calendar = new Calendar(element, {
    plugins: [timeGridPlugin],
    initialView: 'timeGridWeek',
    initialDate: data.weekStart,
    firstDay: 1,
    height: '100%',
    nowIndicator: true,
    slotEventOverlap: false,
    headerToolbar: { left: 'prev,next today', center: 'title', right: '' },
    // Each visible range gets only its own events, the way an app feeds FullCalendar from its
    // store; handing it all weeks at once would make it parse weeks it never shows.
    events: (info, success) => {
      const from = info.start.getTime();
      const to = info.end.getTime();
      success(data.events.filter((e) => e.endMs > from && e.startMs < to));
    },
  });
  calendar.render();
}

void start();
