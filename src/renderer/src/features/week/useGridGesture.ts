/**
 * The week grid's pointer and keyboard gestures, run through the pure model in gesture.ts. The
 * gesture lives in a ref and its preview in a small store, so a pointer move re-renders only
 * the ghost that shows where the block will land, never the grid.
 *
 * Why a block once moved that nobody touched: the old grid kept its drag in a ref that only a
 * pointerup on a block cleared. A release that reached no block (pointer capture lost, or let go
 * beside a small block) left the drag behind, and the next release on any other block committed
 * it with that pointer's offsets. Here the gesture listens on the window from press to release,
 * and a pointercancel, a lost capture or Esc end it with nothing left behind.
 */
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { minuteOfDay } from '../../../../core/time';
import type { IanaZone, Instant } from '../../../../core/types';
import { formatWeekday } from '../../format';
import {
  cancel,
  DAY_MIN,
  grabAt,
  keyboardSketch,
  move,
  nudge,
  press,
  release,
  type GestureContext,
  type GestureEffect,
  type GestureState,
  type GestureTarget,
  type Preview,
  type Slot,
} from './gesture';
import { refusalOf, savingKey } from './block-refusal';
import type { DayInfo, GridBlock } from './grid-types';
import { instantsOf, slotLabel, slotOf, spanOf } from './slots';
import { createUiStore, type UiStore } from './ui-store';

/** What the ghost of a dragged block shows: where it lands, and whether it is being saved. */
export type DragView = {
  id: string;
  title: string;
  preview: Preview;
  label: string;
  saving: boolean;
};

type Options = {
  days: readonly DayInfo[];
  blocks: readonly GridBlock[];
  zone: IanaZone;
  clock: '12h' | '24h';
  now: Instant;
  /** The grid's vertical scale (the user's zoom). */
  pxPerMin: number;
  /** Saves the block's new times; resolves false when the save failed (the grid says why). */
  onMove: (block: GridBlock, start: Instant, end: Instant) => Promise<boolean>;
  /** Asks what to create on a span sketched on empty grid space. */
  onCreate: (start: Instant, end: Instant) => void;
};

export type GridGesture = {
  drag: UiStore<DragView | null>;
  status: UiStore<string>;
  onPress: (event: PointerEvent<HTMLElement>, block: GridBlock) => void;
  /** A press on a day's empty space (the day content element), which may sketch a new block. */
  onPressEmpty: (event: PointerEvent<HTMLElement>, dayIndex: number) => void;
  /** Enter on a focused day: a new block there from the keyboard. */
  onKeyEmpty: (event: KeyboardEvent<HTMLElement>, dayIndex: number) => void;
  onKey: (event: KeyboardEvent<HTMLElement>, block: GridBlock) => boolean;
  /** True once for the click that ends a drag (it must not open the block). */
  takeDragClick: () => boolean;
  /** The block that keeps the keyboard focus across re-renders, if any. */
  focusId: RefObject<string | null>;
};

/** True while a block is dragged or a new one sketched (past the press). */
/** Which pointer an event is from and where it is in the window, as the gesture reads it. */
function pointerAt(event: { pointerId: number; clientX: number; clientY: number }) {
  return { pointerId: event.pointerId, x: event.clientX, y: event.clientY };
}

function isMoving(state: { kind: GestureState['kind'] }): boolean {
  return state.kind === 'dragging' || state.kind === 'sketching';
}

/** The grid's gestures over the shown days and blocks. */
export function useGridGesture(options: Options): GridGesture {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const [drag] = useState(() => createUiStore<DragView | null>(null));
  const [status] = useState(() => createUiStore(''));
  const state = useRef<GestureState>({ kind: 'idle' });
  const active = useRef<{
    /** The block pressed, or null for a sketch on empty space. */
    block: GridBlock | null;
    from: Slot | null;
    ctx: GestureContext;
    element: HTMLElement;
    area: DOMRect;
    detach: () => void;
  } | null>(null);
  const saving = useRef(new Set<string>());
  const dragClick = useRef(false);
  const focusId = useRef<string | null>(null);

  const contextFor = useCallback((block: GridBlock | null, dayWidthPx: number): GestureContext => {
    const { days, blocks, zone, now, pxPerMin } = latest.current;
    const nowDay = days.findIndex((d) => now >= d.start && now < d.end);
    const earliest =
      nowDay >= 0
        ? nowDay * DAY_MIN + minuteOfDay(now, zone)
        : now >= (days.at(-1)?.end ?? 0)
          ? days.length * DAY_MIN
          : null;
    const clientWork = blocks
      .filter((b) => b.kind === 'commitment' && b.id !== block?.id)
      .map((b) => slotOf(b, days, zone))
      .filter((s): s is Slot => s !== null);
    return { pxPerMin, dayWidthPx, dayCount: days.length, earliest, clientWork };
  }, []);

  const commit = useCallback(
    async (block: GridBlock, from: Slot, slot: Slot, over: boolean, source: HTMLElement | null) => {
      const { days, zone, clock } = latest.current;
      const times = instantsOf(block, from, slot, days, zone);
      const day = days[slot.dayIndex];
      if (!times || !day) return;
      const label = slotLabel(slot, clock);
      saving.current.add(savingKey(block));
      try {
        const ok = await latest.current.onMove(block, times.start, times.end);
        const where = `${formatWeekday(day.date)} ${label}`;
        status.set(
          ok
            ? `${block.title} moved to ${where}${over ? ', over client work' : ''}`
            : `${block.title} could not be moved; it stays where it was`,
        );
      } finally {
        saving.current.delete(savingKey(block));
        source?.classList.remove('drag-source');
        if (drag.get()?.id === block.id) drag.set(null);
      }
    },
    [drag, status],
  );

  // Ends the gesture (whatever ended it) and acts on what the model asked for.
  const finish = useCallback(
    (effect: GestureEffect, wasDragging: boolean) => {
      const current = active.current;
      active.current?.detach();
      active.current = null;
      state.current = { kind: 'idle' };
      if (wasDragging) dragClick.current = true;
      if (!current) return;
      if (effect.kind === 'refuse') status.set(effect.reason);
      if (effect.kind === 'create') {
        const { days, zone } = latest.current;
        const times = spanOf(effect.slot, days, zone);
        if (times) latest.current.onCreate(times.start, times.end);
      }
      if (effect.kind === 'commit' && current.block && current.from) {
        const view = drag.get();
        if (view) drag.set({ ...view, saving: true });
        void commit(
          current.block,
          current.from,
          effect.slot,
          effect.overClientWork,
          current.element,
        );
        return;
      }
      current.element.classList.remove('drag-source');
      drag.set(null);
    },
    [commit, drag, status],
  );

  // From press to release the gesture listens on the window: a release anywhere ends it.
  const attach = useCallback(
    (
      pointerId: number,
      element: HTMLElement,
      area: DOMRect,
      ctx: GestureContext,
      block: GridBlock | null,
      from: Slot | null,
    ) => {
      const onMoveEvent = (e: globalThis.PointerEvent) => {
        const before = state.current.kind;
        const next = move(state.current, { ...pointerAt(e), fine: e.shiftKey }, ctx);
        state.current = next.state;
        if (next.effect.kind !== 'none' || next.state.kind === 'idle') {
          // A refused drag still ends in a click, which must not open the block.
          finish(next.effect, true);
          return;
        }
        if (!isMoving(next.state)) return;
        if (!isMoving({ kind: before })) {
          element.setPointerCapture(pointerId);
          if (block) element.classList.add('drag-source');
        }
        const { preview } = next.state;
        const { clock, days } = latest.current;
        const day = days[preview.dayIndex];
        drag.set({
          id: block?.id ?? '',
          title: block?.title ?? 'New block',
          preview,
          // A sketch says its day too: nothing else on screen names it yet.
          label: `${block || !day ? '' : `${formatWeekday(day.date)} `}${slotLabel(preview, clock)}`,
          saving: false,
        });
      };
      const onUp = (e: globalThis.PointerEvent) => {
        if (e.pointerId !== pointerId) return;
        const wasDragging = isMoving(state.current);
        const inside =
          e.clientX >= area.left &&
          e.clientX < area.right &&
          e.clientY >= area.top &&
          e.clientY < area.bottom;
        finish(release(state.current, { pointerId, inside }).effect, wasDragging);
      };
      const onCancel = (e: globalThis.PointerEvent) => {
        if (e.pointerId === pointerId) finish(cancel().effect, isMoving(state.current));
      };
      const onLost = () => {
        // Capture is released by the browser after a pointerup too; by then the gesture is over.
        if (isMoving(state.current)) finish(cancel().effect, true);
      };
      const onEsc = (e: globalThis.KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        finish(cancel().effect, isMoving(state.current));
      };
      window.addEventListener('pointermove', onMoveEvent);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onCancel);
      window.addEventListener('keydown', onEsc, true);
      element.addEventListener('lostpointercapture', onLost);
      active.current = {
        block,
        from,
        ctx,
        element,
        area,
        detach: () => {
          window.removeEventListener('pointermove', onMoveEvent);
          window.removeEventListener('pointerup', onUp);
          window.removeEventListener('pointercancel', onCancel);
          window.removeEventListener('keydown', onEsc, true);
          element.removeEventListener('lostpointercapture', onLost);
        },
      };
    },
    [drag, finish],
  );

  const onPress = useCallback(
    (event: PointerEvent<HTMLElement>, block: GridBlock) => {
      if (event.button !== 0 || state.current.kind !== 'idle') return;
      if (event.target instanceof Element && event.target.closest('.block-actions')) return;
      const element = event.currentTarget;
      const column = element.closest('.day-column');
      const area = element.closest('.week-scroll')?.getBoundingClientRect();
      const { days, zone } = latest.current;
      const from = slotOf(block, days, zone);
      if (!column || !area) return;
      dragClick.current = false;
      // No text selection from a press on a block; the click still arrives, and the focus is
      // given by hand, so Alt+arrows work on a block just clicked.
      event.preventDefault();
      element.querySelector<HTMLElement>('.block-main')?.focus({ preventScroll: true });
      focusId.current = block.id;
      if (!from) {
        status.set('This block starts before this week; move it from its first day');
        return;
      }
      const ctx = contextFor(block, column.getBoundingClientRect().width);
      const rect = element.getBoundingClientRect();
      const target: GestureTarget = {
        id: block.id,
        slot: from,
        refusal: refusalOf(block, saving.current),
      };
      const grab = grabAt(event.clientY - rect.top, rect.height);
      const step = press(state.current, { target, grab, ...pointerAt(event) }, ctx);
      state.current = step.state;
      attach(event.pointerId, element, area, ctx, block, from);
    },
    [attach, contextFor, status],
  );

  const onPressEmpty = useCallback(
    (event: PointerEvent<HTMLElement>, dayIndex: number) => {
      if (event.button !== 0 || state.current.kind !== 'idle') return;
      // Presses on blocks (and their buttons) are theirs; only empty space sketches.
      if (event.target instanceof Element && event.target.closest('[data-block-id]')) return;
      const element = event.currentTarget;
      const area = element.closest('.week-scroll')?.getBoundingClientRect();
      if (!area) return;
      dragClick.current = false;
      // No text selection while sketching.
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      const ctx = contextFor(null, rect.width);
      const minute = (event.clientY - rect.top) / ctx.pxPerMin;
      const step = press(state.current, { dayIndex, minute, ...pointerAt(event) }, ctx);
      state.current = step.state;
      attach(event.pointerId, element, area, ctx, null, null);
    },
    [attach, contextFor],
  );

  const onKeyEmpty = useCallback(
    (event: KeyboardEvent<HTMLElement>, dayIndex: number) => {
      if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
      event.preventDefault();
      const ctx = contextFor(null, event.currentTarget.getBoundingClientRect().width);
      const effect = keyboardSketch(dayIndex, ctx);
      if (effect.kind === 'refuse') status.set(effect.reason);
      if (effect.kind !== 'create') return;
      const { days, zone } = latest.current;
      const times = spanOf(effect.slot, days, zone);
      if (times) latest.current.onCreate(times.start, times.end);
    },
    [contextFor, status],
  );

  const onKey = useCallback(
    (event: KeyboardEvent<HTMLElement>, block: GridBlock): boolean => {
      dragClick.current = false;
      const { days, zone } = latest.current;
      const from = slotOf(block, days, zone);
      if (!from) return false;
      const column = event.currentTarget.closest('.day-column');
      const ctx = contextFor(block, column?.getBoundingClientRect().width ?? 1);
      const target = { id: block.id, slot: from, refusal: refusalOf(block, saving.current) };
      const effect = nudge(target, event, ctx);
      if (effect.kind === 'none' || effect.kind === 'open') return false;
      event.preventDefault();
      focusId.current = block.id;
      if (effect.kind === 'refuse') status.set(effect.reason);
      else void commit(block, from, effect.slot, effect.overClientWork, null);
      return true;
    },
    [commit, contextFor, status],
  );

  // A gesture still running when the grid goes away leaves no listener behind.
  useEffect(() => () => active.current?.detach(), []);

  const takeDragClick = useCallback(() => {
    const was = dragClick.current;
    dragClick.current = false;
    return was;
  }, []);

  return { drag, status, onPress, onPressEmpty, onKeyEmpty, onKey, takeDragClick, focusId };
}
