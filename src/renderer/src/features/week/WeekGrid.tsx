/**
 * The 7-day grid in the home zone: hour rows, availability bands, commitments, sessions and
 * proposals, a now-line, and the missing or repeated hour on DST days. Blocks that can move are
 * dragged with a 15-minute snap (or nudged with Alt+arrows).
 */
import {
  memo,
  useLayoutEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { minuteOfDay, minutesToClock, offsetChanges, resolveWallTime } from '../../../../core/time';
import type { IanaZone, Instant } from '../../../../core/types';
import { formatClock, formatDayMonth, formatWeekday } from '../../format';
import { Block } from './Block';
import { BAND_LANE_PX, GRID_STYLE, PX_PER_MIN } from './grid-metrics';
import { DayBands } from './DayBands';
import { layoutWeek, withSlotKeys, type Positioned } from './layout';

export type { BlockKind, DayInfo, GridBand, GridBlock } from './grid-types';
import type { DayInfo, GridBand, GridBlock } from './grid-types';
import './week.css';

type Props = {
  /** True while part of the week is still loading (shown as aria-busy). */
  busy: boolean;
  days: DayInfo[];
  blocks: GridBlock[];
  bands: GridBand[];
  bandLanes: number;
  zone: IanaZone;
  clock: '12h' | '24h';
  now: Instant;
  focusAt: Instant | null;
  onOpen: (block: GridBlock) => void;
  onAccept: (id: string) => void;
  onDismiss: (id: string) => void;
  onMove: (block: GridBlock, start: Instant, end: Instant) => void;
};

const SNAP = 15;
const HOURS = Array.from({ length: 24 }, (_, h) => h);

type DragState = {
  block: GridBlock;
  pointerId: number;
  target: HTMLElement;
  captured: boolean;
  mode: 'move' | 'resize';
  startY: number;
  startX: number;
  piece: Positioned<GridBlock>;
  element: HTMLElement;
  dayWidth: number;
  dayIndex: number;
};

function snap(minutes: number): number {
  return Math.round(minutes / SNAP) * SNAP;
}

/** The week grid (memoised: its parent passes stable handlers). */
export const WeekGrid = memo(function WeekGrid(props: Props) {
  const { days, blocks, bands, bandLanes, zone, clock, now, focusAt } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const drag = useRef<DragState | null>(null);
  // A drag ends with a click on the same block: that click must not open the block's dialog.
  const justDragged = useRef(false);
  const pieces = useMemo(() => layoutWeek(days, blocks, zone), [days, blocks, zone]);
  const bandPieces = useMemo(() => layoutWeek(days, bands, zone), [days, bands, zone]);

  const firstDate = days[0]?.date;
  // Open at the focused instant (a reminder or warning click), else at the week's first work.
  // Only a new week or a new focus scrolls; edits within the week keep the user's place.
  const earliest = Math.min(7 * 60, ...pieces.filter((p) => !p.clippedStart).map((p) => p.top));
  const target = focusAt !== null ? minuteOfDay(focusAt, zone) : earliest;
  const openAt = useRef(target);
  useLayoutEffect(() => {
    openAt.current = target;
  });
  // Before the browser paints: scrolling after the first paint would paint the grid twice.
  useLayoutEffect(() => {
    scroller.current?.scrollTo({ top: Math.max(0, openAt.current - 45) * PX_PER_MIN });
  }, [focusAt, firstDate]);

  function instantAt(dayIndex: number, minute: number): Instant | null {
    const day = days[dayIndex];
    if (!day) return null;
    return resolveWallTime({
      date: day.date,
      time: minutesToClock(Math.min(minute, 24 * 60 - SNAP)),
      zone,
    }).instant;
  }

  function commitDrag(state: DragState, dy: number, dx: number) {
    const deltaMin = snap(dy / PX_PER_MIN);
    const deltaDays = Math.round(dx / state.dayWidth);
    const { block, piece } = state;
    const length = block.end - block.start;
    if (state.mode === 'resize') {
      const end = instantAt(
        state.dayIndex,
        Math.max(piece.top + SNAP, snap(piece.bottom + deltaMin)),
      );
      if (end !== null && end !== block.end) props.onMove(block, block.start, end);
      return;
    }
    const dayIndex = Math.min(days.length - 1, Math.max(0, state.dayIndex + deltaDays));
    const top = Math.min(24 * 60 - SNAP, Math.max(0, snap(piece.top + deltaMin)));
    const start = instantAt(dayIndex, top);
    if (start !== null && start !== block.start) props.onMove(block, start, start + length);
  }

  function onPointerDown(
    event: PointerEvent<HTMLElement>,
    piece: Positioned<GridBlock>,
    mode: DragState['mode'],
  ) {
    justDragged.current = false;
    const block = piece.item;
    if (!block.movable || block.locked || event.button !== 0) return;
    const column = event.currentTarget.closest('.day-column');
    const dayIndex = days.findIndex((d) => d.date === piece.day);
    const element = event.currentTarget.closest<HTMLElement>('.block');
    if (!column || !element || dayIndex < 0) return;
    event.stopPropagation();
    // Capture only once the pointer really moves: a plain click must still reach the block's
    // button (a captured pointer would send the click to the container instead).
    drag.current = {
      block,
      mode,
      pointerId: event.pointerId,
      target: event.currentTarget,
      captured: false,
      startY: event.clientY,
      startX: event.clientX,
      piece,
      element,
      dayWidth: column.getBoundingClientRect().width,
      dayIndex,
    };
  }

  function onPointerMove(event: PointerEvent<HTMLElement>) {
    const state = drag.current;
    if (!state) return;
    if (!state.captured) {
      if (
        Math.abs(event.clientY - state.startY) < 4 &&
        Math.abs(event.clientX - state.startX) < 4
      ) {
        return;
      }
      state.target.setPointerCapture(state.pointerId);
      state.captured = true;
    }
    const dy = snap((event.clientY - state.startY) / PX_PER_MIN) * PX_PER_MIN;
    if (state.mode === 'resize') {
      state.element.style.height = `${Math.max(SNAP * PX_PER_MIN, (state.piece.bottom - state.piece.top) * PX_PER_MIN + dy)}px`;
    } else {
      const dx = Math.round((event.clientX - state.startX) / state.dayWidth) * state.dayWidth;
      state.element.style.transform = `translate(${dx}px, ${dy}px)`;
    }
    state.element.classList.add('dragging');
  }

  function onPointerUp(event: PointerEvent<HTMLElement>) {
    const state = drag.current;
    drag.current = null;
    if (!state) return;
    state.element.style.transform = '';
    state.element.style.height = '';
    state.element.classList.remove('dragging');
    const dy = event.clientY - state.startY;
    const dx = event.clientX - state.startX;
    if (Math.abs(dy) < 4 && Math.abs(dx) < 4) return;
    justDragged.current = true;
    commitDrag(state, dy, dx);
  }

  function onBlockKey(event: KeyboardEvent<HTMLElement>, piece: Positioned<GridBlock>) {
    const block = piece.item;
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      props.onOpen(block);
      return;
    }
    if (!event.altKey || !block.movable || block.locked) return;
    const step = { ArrowUp: -SNAP, ArrowDown: SNAP }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    props.onMove(block, block.start + step * 60_000, block.end + step * 60_000);
  }

  const nowDay = days.findIndex((d) => now >= d.start && now < d.end);

  return (
    <div
      className="week-grid"
      style={GRID_STYLE}
      role="grid"
      aria-label="Week"
      aria-busy={props.busy}
      data-week={days[0]?.date}
      aria-rowcount={25}
      aria-colcount={8}
    >
      <div className="week-head" role="row">
        <div className="gutter-head" role="columnheader" aria-label="Time" />
        {days.map((day, dayIndex) => (
          <div
            // Keyed by position: moving to another week updates the same elements in place.
            key={dayIndex}
            role="columnheader"
            className={day.today ? 'day-head today' : 'day-head'}
            aria-label={`${formatWeekday(day.date)} ${formatDayMonth(day.date)}${day.hours !== 24 ? `, ${day.hours}-hour day` : ''}`}
          >
            <span className="day-name">{formatWeekday(day.date)}</span>
            <span className="day-date">{formatDayMonth(day.date)}</span>
            {day.hours !== 24 ? (
              <span className="dst-badge" title="Daylight-saving change in your zone">
                {day.hours} h day
              </span>
            ) : null}
          </div>
        ))}
      </div>
      <div className="week-scroll" ref={scroller}>
        <div className="week-body" role="row" style={{ height: 24 * 60 * PX_PER_MIN }}>
          <div className="gutter" role="rowheader" aria-label="Hours">
            {HOURS.map((h) => (
              <div key={h} className="hour-label" style={{ top: h * 60 * PX_PER_MIN }}>
                {h === 0 ? '' : formatClock(`${String(h).padStart(2, '0')}:00`, clock)}
              </div>
            ))}
          </div>
          {days.map((day, dayIndex) => (
            <div
              key={dayIndex}
              className={day.today ? 'day-column today' : 'day-column'}
              role="gridcell"
            >
              <div
                className="day-content"
                role="group"
                aria-label={`${formatWeekday(day.date)} ${formatDayMonth(day.date)}`}
              >
                <DstMarker day={day} zone={zone} clock={clock} />
                <DayBands pieces={bandPieces.filter((p) => p.day === day.date)} />
                {dayIndex === nowDay ? (
                  <div
                    className="now-line"
                    style={{ top: minuteOfDay(now, zone) * PX_PER_MIN }}
                    aria-hidden
                  />
                ) : null}
                {withSlotKeys(pieces.filter((p) => p.day === day.date)).map(([key, p]) => (
                  <Block
                    key={key}
                    piece={p}
                    inset={4 + bandLanes * BAND_LANE_PX}
                    onOpen={(block) => {
                      if (justDragged.current) justDragged.current = false;
                      else props.onOpen(block);
                    }}
                    onAccept={props.onAccept}
                    onDismiss={props.onDismiss}
                    onPointerDown={onPointerDown}
                    onPointerMove={onPointerMove}
                    onPointerUp={onPointerUp}
                    onKeyDown={onBlockKey}
                  />
                ))}
              </div>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
});

function DstMarker({ day, zone, clock }: { day: DayInfo; zone: IanaZone; clock: '12h' | '24h' }) {
  if (day.hours === 24) return null;
  const change = offsetChanges(zone, day.start, day.end)[0];
  if (!change) return null;
  const deltaMin = change.after - change.before;
  const at = minuteOfDay(change.at - 1, zone) + 1;
  const from = formatClock(minutesToClock(at), clock);
  const to = formatClock(minutesToClock(at + Math.abs(deltaMin)), clock);
  const label =
    deltaMin > 0
      ? `Clocks go forward: ${from}–${to} does not exist`
      : `Clocks go back: ${formatClock(minutesToClock(at - Math.abs(deltaMin)), clock)}–${from} happens twice`;
  const top = deltaMin > 0 ? at : at - Math.abs(deltaMin);
  return (
    <div
      className="dst-marker"
      role="note"
      aria-label={label}
      title={label}
      style={{ top: top * PX_PER_MIN, height: Math.abs(deltaMin) * PX_PER_MIN }}
    >
      <span>{deltaMin > 0 ? 'skipped hour' : 'repeated hour'}</span>
    </div>
  );
}
