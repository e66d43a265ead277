/**
 * Moving and resizing blocks in the week grid, as a pure state machine the grid only renders.
 * Coordinates are wall-clock minutes of the grid's days (the grid turns them into instants with
 * the core's DST policy), so the rules here hold on 23- and 25-hour days alike.
 *
 * Its promises: a block lands on the 15-minute mark nearest to where it is dropped (5 with
 * Shift); the preview shows where it will land while it moves; either edge of any block resizes
 * it, however short, and its middle always moves it; Esc, a cancelled pointer, lost capture or a
 * drop outside the grid cancel and leave nothing behind; a block that may not move is refused
 * with its reason; only the block pressed ever changes; a drop onto client work is allowed but
 * flagged before release. A drag on empty grid space sketches a new block
 * there, under the same rules.
 */

/** Minutes in a grid day column. */
export const DAY_MIN = 24 * 60;
/** The snap, and the finer one with Shift. */
const SNAP_MIN = 15;
const FINE_SNAP_MIN = 5;
/** How far the pointer travels before a press becomes a drag (a shorter one is a click). */
const DRAG_THRESHOLD_PX = 4;
/** The edge zones that resize: at most this tall, and never more than a quarter of the block. */
export const EDGE_PX = 8;

/** Where a block sits: the grid day it starts on and its wall minutes from that day's midnight. */
export type Slot = { dayIndex: number; startMin: number; endMin: number };

/** A block as the gestures see it. */
export type GestureTarget = {
  id: string;
  slot: Slot;
  /** Null when the block may be moved, else why not ("Locked sessions stay where they are"). */
  refusal: string | null;
};

export type Grab = 'move' | 'start' | 'end';

/** What the gestures need to know of the grid. */
export type GestureContext = {
  pxPerMin: number;
  dayWidthPx: number;
  dayCount: number;
  /** The first minute a block may start at, as dayIndex × DAY_MIN + minute (now), or null. */
  earliest: number | null;
  /** Client work (commitment occurrences), which a drop may overlap but is flagged on. */
  clientWork: readonly Slot[];
};

/** Where the block would land, and whether it can. */
export type Preview = Slot & {
  /** Null when it can land here, else why not (the drop then cancels). */
  invalid: string | null;
  overClientWork: boolean;
};

export type GestureState =
  | { kind: 'idle' }
  | SketchState
  | {
      kind: 'pressed' | 'dragging';
      target: GestureTarget;
      grab: Grab;
      pointerId: number;
      x0: number;
      y0: number;
      preview: Preview;
    };

/**
 * A span being sketched on empty grid space, from the minute pressed (`anchorMin`, unsnapped)
 * on the day pressed to wherever the pointer is.
 */
export type SketchState = {
  kind: 'sketch-pressed' | 'sketching';
  pointerId: number;
  x0: number;
  y0: number;
  dayIndex: number;
  anchorMin: number;
  preview: Preview;
};

/** What a gesture asks the app to do. */
export type GestureEffect =
  | { kind: 'none' }
  | { kind: 'open'; id: string }
  | { kind: 'refuse'; id: string; reason: string }
  | { kind: 'commit'; id: string; slot: Slot; overClientWork: boolean }
  /** A span sketched on empty grid space: the app asks what to create there. */
  | { kind: 'create'; slot: Slot; overClientWork: boolean };

export type Step = { state: GestureState; effect: GestureEffect };

const IDLE: GestureState = { kind: 'idle' };
const NONE: GestureEffect = { kind: 'none' };

/** Which part of a block a press at `offsetPx` from its top grabs. */
export function grabAt(offsetPx: number, heightPx: number): Grab {
  const edge = Math.min(EDGE_PX, heightPx / 4);
  if (offsetPx < edge) return 'start';
  if (offsetPx >= heightPx - edge) return 'end';
  return 'move';
}

/** `minutes` on the nearest multiple of `step`. */
const snapTo = (minutes: number, step: number) => Math.round(minutes / step) * step;
/** `n` kept within [lo, hi]. */
export const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

function sameSlot(a: Slot, b: Slot): boolean {
  return a.dayIndex === b.dayIndex && a.startMin === b.startMin && a.endMin === b.endMin;
}

function overlapsClientWork(slot: Slot, ctx: GestureContext): boolean {
  const start = slot.dayIndex * DAY_MIN + slot.startMin;
  const end = slot.dayIndex * DAY_MIN + slot.endMin;
  return ctx.clientWork.some((w) => {
    const ws = w.dayIndex * DAY_MIN + w.startMin;
    return ws < end && ws + (w.endMin - w.startMin) > start;
  });
}

/** The slot, judged: inside the week, not in the past, and whether it meets client work. */
export function judge(slot: Slot, ctx: GestureContext): Preview {
  let invalid: string | null = null;
  if (slot.dayIndex < 0 || slot.dayIndex >= ctx.dayCount) invalid = 'That is outside this week';
  else if (ctx.earliest !== null && slot.dayIndex * DAY_MIN + slot.startMin < ctx.earliest) {
    invalid = 'That time has already passed';
  }
  return { ...slot, invalid, overClientWork: overlapsClientWork(slot, ctx) };
}

/** Where `slot` goes when its `grab` part is dragged by dx, dy px (snapped, kept in a day). */
function draggedSlot(
  slot: Slot,
  grab: Grab,
  dx: number,
  dy: number,
  ctx: GestureContext,
  fine = false,
): Slot {
  const step = fine ? FINE_SNAP_MIN : SNAP_MIN;
  const dyMin = dy / ctx.pxPerMin;
  const length = slot.endMin - slot.startMin;
  // A resized block keeps at least one step; its free edge stays within the day it is on (or
  // where it already ends, for a block that runs past midnight).
  if (grab === 'start') {
    return { ...slot, startMin: clamp(snapTo(slot.startMin + dyMin, step), 0, slot.endMin - step) };
  }
  if (grab === 'end') {
    const last = Math.max(DAY_MIN, slot.endMin);
    return {
      ...slot,
      endMin: clamp(snapTo(slot.endMin + dyMin, step), slot.startMin + step, last),
    };
  }
  const startMin = clamp(snapTo(slot.startMin + dyMin, step), 0, DAY_MIN - step);
  return {
    dayIndex: slot.dayIndex + Math.round(dx / ctx.dayWidthPx),
    startMin,
    endMin: startMin + length,
  };
}

/** Which pointer went down, and where in the window. */
export type PointerAt = { pointerId: number; x: number; y: number };

/**
 * What a press landed on: a block's `grab` part, or empty grid space at `minute` (unsnapped) of
 * the day `dayIndex`, which may sketch a new block.
 */
export type PressOn =
  { target: GestureTarget; grab: Grab } | { target?: undefined; dayIndex: number; minute: number };

/** A pointer pressed on a block or on empty grid space. */
export function press(state: GestureState, event: PointerAt & PressOn, ctx: GestureContext): Step {
  // A second pointer while one is down is ignored: the first gesture goes on.
  if (state.kind !== 'idle') return { state, effect: NONE };
  const at = { pointerId: event.pointerId, x0: event.x, y0: event.y };
  if (event.target === undefined) {
    const slot = sketchedSlot(event.dayIndex, event.minute, 0, ctx);
    return {
      state: {
        kind: 'sketch-pressed',
        ...at,
        dayIndex: event.dayIndex,
        anchorMin: event.minute,
        preview: judge(slot, ctx),
      },
      effect: NONE,
    };
  }
  const { target } = event;
  return {
    state: { kind: 'pressed', target, grab: event.grab, ...at, preview: judge(target.slot, ctx) },
    effect: NONE,
  };
}

/** The pointer moved: past the threshold a press becomes a drag, and the preview follows. */
export function move(
  state: GestureState,
  event: { pointerId: number; x: number; y: number; fine: boolean },
  ctx: GestureContext,
): Step {
  if (state.kind === 'idle' || event.pointerId !== state.pointerId) return { state, effect: NONE };
  if (isSketch(state)) return { state: sketchMoved(state, event, ctx), effect: NONE };
  const dx = event.x - state.x0;
  const dy = event.y - state.y0;
  if (state.kind === 'pressed' && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) {
    return { state, effect: NONE };
  }
  if (state.target.refusal !== null) {
    // Refused once, when the drag would start; the block never follows the pointer.
    return {
      state: IDLE,
      effect: { kind: 'refuse', id: state.target.id, reason: state.target.refusal },
    };
  }
  const slot = draggedSlot(state.target.slot, state.grab, dx, dy, ctx, event.fine);
  return { state: { ...state, kind: 'dragging', preview: judge(slot, ctx) }, effect: NONE };
}

/** The pointer was released; `inside` is false when it was released outside the grid. */
export function release(state: GestureState, event: { pointerId: number; inside: boolean }): Step {
  if (state.kind === 'idle' || event.pointerId !== state.pointerId) return { state, effect: NONE };
  if (isSketch(state)) return { state: IDLE, effect: sketchReleased(state, event.inside) };
  if (state.kind === 'pressed')
    return { state: IDLE, effect: { kind: 'open', id: state.target.id } };
  const { preview, target } = state;
  if (!event.inside || preview.invalid !== null || sameSlot(preview, target.slot)) {
    return { state: IDLE, effect: NONE };
  }
  const slot = { dayIndex: preview.dayIndex, startMin: preview.startMin, endMin: preview.endMin };
  return {
    state: IDLE,
    effect: { kind: 'commit', id: target.id, slot, overClientWork: preview.overClientWork },
  };
}

/** Esc, pointercancel or lost capture: the gesture ends and nothing changes. */
export function cancel(): Step {
  return { state: IDLE, effect: NONE };
}

/** The keys that move (Alt+arrows) and resize (Alt+Shift+↑/↓) a focused block. */
export type NudgeKey = { key: string; altKey: boolean; shiftKey: boolean };

/** A keyboard nudge of a focused block; 'none' for keys that are not nudges. */
export function nudge(target: GestureTarget, key: NudgeKey, ctx: GestureContext): GestureEffect {
  if (!key.altKey) return NONE;
  const { slot } = target;
  let next: Slot;
  if (key.key === 'ArrowUp' || key.key === 'ArrowDown') {
    const delta = key.key === 'ArrowUp' ? -SNAP_MIN : SNAP_MIN;
    if (key.shiftKey) {
      next = { ...slot, endMin: clamp(slot.endMin + delta, slot.startMin + SNAP_MIN, DAY_MIN) };
    } else {
      const startMin = clamp(slot.startMin + delta, 0, DAY_MIN - SNAP_MIN);
      next = { ...slot, startMin, endMin: startMin + (slot.endMin - slot.startMin) };
    }
  } else if (key.key === 'ArrowLeft' || key.key === 'ArrowRight') {
    next = { ...slot, dayIndex: slot.dayIndex + (key.key === 'ArrowLeft' ? -1 : 1) };
  } else return NONE;
  if (target.refusal !== null) return { kind: 'refuse', id: target.id, reason: target.refusal };
  const preview = judge(next, ctx);
  if (preview.invalid !== null) return { kind: 'refuse', id: target.id, reason: preview.invalid };
  if (sameSlot(next, slot)) return NONE;
  return { kind: 'commit', id: target.id, slot: next, overClientWork: preview.overClientWork };
}

function isSketch(state: GestureState): state is SketchState {
  return state.kind === 'sketch-pressed' || state.kind === 'sketching';
}

/**
 * The span between the minute pressed and the pointer's, both snapped, in the day pressed: a
 * drag upward gives the same span as the drag downward, and a drag inside one step is one step.
 */
function sketchedSlot(
  dayIndex: number,
  anchorMin: number,
  dy: number,
  ctx: GestureContext,
  fine = false,
): Slot {
  const step = fine ? FINE_SNAP_MIN : SNAP_MIN;
  const a = clamp(snapTo(anchorMin, step), 0, DAY_MIN);
  const b = clamp(snapTo(anchorMin + dy / ctx.pxPerMin, step), 0, DAY_MIN);
  let startMin = Math.min(a, b);
  let endMin = Math.max(a, b);
  if (endMin === startMin) {
    if (endMin + step <= DAY_MIN) endMin += step;
    else startMin -= step;
  }
  return { dayIndex, startMin, endMin };
}

/**
 * The sketch follows the pointer up or down, in the day pressed. Moving sideways out of the day
 * marks the sketch invalid (a span is one day), so letting go there creates nothing.
 */
function sketchMoved(
  state: SketchState,
  event: { x: number; y: number; fine: boolean },
  ctx: GestureContext,
): SketchState {
  const dx = event.x - state.x0;
  const dy = event.y - state.y0;
  if (state.kind === 'sketch-pressed' && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return state;
  const slot = sketchedSlot(state.dayIndex, state.anchorMin, dy, ctx, event.fine);
  const preview = judge(slot, ctx);
  const offDay = Math.round(dx / ctx.dayWidthPx) !== 0;
  const invalid = preview.invalid ?? (offDay ? 'A new block stays on the day it starts' : null);
  return { ...state, kind: 'sketching', preview: { ...preview, invalid } };
}

/**
 * A sketch let go: inside the grid, at a valid span, it asks what to create there. A click
 * without a drag creates nothing: a stray click on the grid must not open a dialog.
 */
function sketchReleased(state: SketchState, inside: boolean): GestureEffect {
  const { preview } = state;
  if (state.kind === 'sketch-pressed' || !inside || preview.invalid !== null) return NONE;
  const slot = { dayIndex: preview.dayIndex, startMin: preview.startMin, endMin: preview.endMin };
  return { kind: 'create', slot, overClientWork: preview.overClientWork };
}

/** Where a block made from the keyboard starts when nothing is said: 09:00, or soon after now. */
const KEYBOARD_START_MIN = 9 * 60;
/** Its length: an hour, fine-tuned in the dialog. */
const KEYBOARD_LENGTH_MIN = 60;

/**
 * The span offered for a new block on the day `dayIndex` from the keyboard (Enter on a day):
 * an hour from 09:00, or from the next quarter hour when 09:00 has passed; a refusal when the
 * day is over or outside the week.
 */
export function keyboardSketch(dayIndex: number, ctx: GestureContext): GestureEffect {
  const dayStart = dayIndex * DAY_MIN;
  if (ctx.earliest !== null && ctx.earliest >= dayStart + DAY_MIN) {
    return { kind: 'refuse', id: '', reason: 'That time has already passed' };
  }
  const fromNow =
    ctx.earliest === null ? 0 : Math.ceil((ctx.earliest - dayStart) / SNAP_MIN) * SNAP_MIN;
  const startMin = Math.max(KEYBOARD_START_MIN, fromNow);
  const slot = { dayIndex, startMin, endMin: startMin + KEYBOARD_LENGTH_MIN };
  const preview = judge(slot, ctx);
  const invalid =
    preview.invalid ?? (slot.endMin > DAY_MIN ? 'This day is over; pick a later day' : null);
  if (invalid !== null) return { kind: 'refuse', id: '', reason: invalid };
  return { kind: 'create', slot, overClientWork: preview.overClientWork };
}
