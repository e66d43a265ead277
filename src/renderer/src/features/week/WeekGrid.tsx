/**
 * The 7-day grid in the home zone: hour rows, availability bands, commitments, sessions and
 * proposals, a now-line, and the missing or repeated hour on DST days. Blocks that can move are
 * dragged with a 15-minute snap (or nudged with Alt+arrows); a drag on empty space sketches a
 * new block.
 */
import { memo, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { minuteOfDay, minutesToClock, offsetChanges } from '../../../../core/time';
import type { IanaZone, Instant } from '../../../../core/types';
import { formatClock, formatDayMonth, formatWeekday } from '../../format';
import { Block } from './Block';
import { BAND_LANE_PX, gridStyle, MAX_BAND_LANES, pxPerMinAt } from './grid-metrics';
import { BlockTip } from './BlockTip';
import { DayBands } from './DayBands';
import { DayBusy } from './DayBusy';
import type { GridBusy } from './busy-blocks';
import { DragGhost, GridStatus } from './DragGhost';
import { laneBands, layoutWeek, withSlotKeys } from './layout';
import { ZoomControl } from './ZoomControl';
import { useWeekZoom } from './zoom-store';
import { useGridGesture } from './useGridGesture';

export type { BlockKind, DayInfo, GridBand, GridBlock } from './grid-types';
import type { DayInfo, GridBand, GridBlock } from './grid-types';
import './week.css';

type Props = {
  /** True while part of the week is still loading (shown as aria-busy). */
  busy: boolean;
  days: DayInfo[];
  blocks: GridBlock[];
  bands: GridBand[];
  /** Busy time from the worker's other calendars (calendar sync). */
  busyBlocks?: readonly GridBusy[];
  zone: IanaZone;
  clock: '12h' | '24h';
  now: Instant;
  focusAt: Instant | null;
  onOpen: (block: GridBlock) => void;
  onAccept: (id: string) => void;
  onDismiss: (id: string) => void;
  /** Saves a moved or resized block; resolves false when the save failed. */
  onMove: (block: GridBlock, start: Instant, end: Instant) => Promise<boolean>;
  /** Asks what to create on a span dragged out on empty grid space. */
  onCreate: (start: Instant, end: Instant) => void;
  /** Opens the import preview on a busy event, to make a commitment of it. */
  onMakeCommitment?: (busy: GridBusy) => void;
};

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** The week grid (memoised: its parent passes stable handlers). */
export const WeekGrid = memo(function WeekGrid(props: Props) {
  const { days, blocks, bands, zone, clock, now, focusAt } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useWeekZoom();
  const pxPerMin = pxPerMinAt(zoom);
  const gesture = useGridGesture({
    days,
    blocks,
    zone,
    clock,
    now,
    pxPerMin,
    onMove: props.onMove,
    onCreate: props.onCreate,
  });
  const pieces = useMemo(() => layoutWeek(days, blocks, zone), [days, blocks, zone]);
  // Each day's bands in at most MAX_BAND_LANES lanes; the blocks start right of the widest day's.
  const bandDays = useMemo(() => {
    const laid = layoutWeek(days, bands, zone);
    return days.map((d) =>
      laneBands(
        laid.filter((p) => p.day === d.date),
        MAX_BAND_LANES,
      ),
    );
  }, [days, bands, zone]);
  const bandLanes = Math.max(0, ...bandDays.flatMap((day) => day.map((p) => p.lane + 1)));
  const busyBlocks = props.busyBlocks;
  const busyPieces = useMemo(
    () => layoutWeek(days, busyBlocks ?? [], zone),
    [days, busyBlocks, zone],
  );

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
    scroller.current?.scrollTo({ top: Math.max(0, openAt.current - 45) * pxPerMin });
  }, [focusAt, firstDate, pxPerMin]);

  function onBlockKey(event: KeyboardEvent<HTMLElement>, block: GridBlock) {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      props.onOpen(block);
      return;
    }
    gesture.onKey(event, block);
  }

  // A moved block is drawn anew (in another column, or after its save): the keyboard focus
  // follows it by id instead of falling to the page, so a second Alt+arrow moves it again.
  useLayoutEffect(() => {
    const id = gesture.focusId.current;
    const active = document.activeElement;
    if (id === null || (active !== null && active !== document.body)) return;
    scroller.current
      ?.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(id)}"] .block-main`)
      ?.focus({ preventScroll: true });
  });

  const nowDay = days.findIndex((d) => now >= d.start && now < d.end);

  return (
    <>
      {/* Outside the grid element: a grid may hold only rows. */}
      <GridStatus store={gesture.status} />
      <div
        className="week-grid"
        style={gridStyle(pxPerMin)}
        role="grid"
        aria-label="Week"
        aria-busy={props.busy}
        data-week={days[0]?.date}
        aria-rowcount={25}
        aria-colcount={8}
      >
        <div className="week-head" role="row">
          <div className="gutter-head" role="columnheader" aria-label="Time">
            <ZoomControl zoom={zoom} onZoom={setZoom} />
          </div>
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
          <div className="week-body" role="row" ref={body} style={{ height: 24 * 60 * pxPerMin }}>
            <div className="gutter" role="rowheader" aria-label="Hours">
              {HOURS.map((h) => (
                <div key={h} className="hour-label" style={{ top: h * 60 * pxPerMin }}>
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
                  onPointerDown={(event) => gesture.onPressEmpty(event, dayIndex)}
                  // Enter on a day adds a block there: the keyboard's way to create.
                  tabIndex={0}
                  aria-keyshortcuts="Enter"
                  onKeyDown={(event) => gesture.onKeyEmpty(event, dayIndex)}
                  role="group"
                  aria-label={`${formatWeekday(day.date)} ${formatDayMonth(day.date)}`}
                >
                  <DstMarker day={day} zone={zone} clock={clock} pxPerMin={pxPerMin} />
                  <DayBands pieces={bandDays[dayIndex] ?? []} pxPerMin={pxPerMin} />
                  <DayBusy
                    pieces={busyPieces.filter((p) => p.day === day.date)}
                    inset={4 + bandLanes * BAND_LANE_PX}
                    pxPerMin={pxPerMin}
                    onMakeCommitment={props.onMakeCommitment}
                  />
                  {dayIndex === nowDay ? (
                    <div
                      className="now-line"
                      style={{ top: minuteOfDay(now, zone) * pxPerMin }}
                      aria-hidden
                    />
                  ) : null}
                  {withSlotKeys(pieces.filter((p) => p.day === day.date)).map(([key, p]) => (
                    <Block
                      key={key}
                      piece={p}
                      inset={4 + bandLanes * BAND_LANE_PX}
                      pxPerMin={pxPerMin}
                      onOpen={(block) => {
                        if (!gesture.takeDragClick()) props.onOpen(block);
                      }}
                      onAccept={props.onAccept}
                      onDismiss={props.onDismiss}
                      onPress={gesture.onPress}
                      onKeyDown={onBlockKey}
                    />
                  ))}
                  <DragGhost store={gesture.drag} dayIndex={dayIndex} pxPerMin={pxPerMin} />
                </div>
              </div>
            ))}
            <BlockTip body={body} />
          </div>
        </div>
      </div>
    </>
  );
});

type MarkerProps = { day: DayInfo; zone: IanaZone; clock: '12h' | '24h'; pxPerMin: number };

function DstMarker({ day, zone, clock, pxPerMin }: MarkerProps) {
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
      style={{ top: top * pxPerMin, height: Math.abs(deltaMin) * pxPerMin }}
    >
      <span>{deltaMin > 0 ? 'skipped hour' : 'repeated hour'}</span>
    </div>
  );
}
