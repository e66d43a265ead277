import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAY_MIN,
  cancel,
  grabAt,
  move,
  nudge,
  press,
  release,
  type GestureContext,
  type GestureEffect,
  type GestureState,
  type GestureTarget,
  type Grab,
  type Slot,
} from '../../../src/renderer/src/features/week/gesture';
import { IDLE, PX, at, ctx } from './gesture-fixtures';

const session = (slot: Slot, refusal: string | null = null): GestureTarget => ({
  id: 's1',
  slot,
  refusal,
});

/** Press at (0,0) on `grab`, move by dx, dy px, release inside the grid. */
function drag(
  target: GestureTarget,
  grab: Grab,
  dx: number,
  dy: number,
  options: { fine?: boolean; context?: GestureContext; inside?: boolean } = {},
): { during: GestureState; effect: GestureEffect } {
  const c = options.context ?? ctx;
  let state = press(IDLE, { target, grab, pointerId: 1, x: 0, y: 0 }, c).state;
  const half = move(state, { pointerId: 1, x: dx / 2, y: dy / 2, fine: !!options.fine }, c);
  if (half.effect.kind !== 'none') return { during: half.state, effect: half.effect };
  state = half.state;
  const moved = move(state, { pointerId: 1, x: dx, y: dy, fine: !!options.fine }, c);
  if (moved.effect.kind !== 'none') return { during: moved.state, effect: moved.effect };
  const done = release(moved.state, { pointerId: 1, inside: options.inside ?? true });
  expect(done.state).toEqual(IDLE);
  return { during: moved.state, effect: done.effect };
}

const committed = (effect: GestureEffect): Slot => {
  if (effect.kind !== 'commit') throw new Error(`expected a commit, got ${effect.kind}`);
  return effect.slot;
};

describe('moving a block', () => {
  it('lands on the quarter hour nearest the drop: 14:20 dragged 50 min lands at 15:15', () => {
    // Released at 15:10 it used to land at 15:00 (the delta was snapped, not the time).
    const slot = committed(
      drag(session({ dayIndex: 2, startMin: at(14, 20), endMin: at(14, 50) }), 'move', 0, 50 * PX)
        .effect,
    );
    expect(slot).toEqual({ dayIndex: 2, startMin: at(15, 15), endMin: at(15, 45) });
  });

  it.each([
    [7, at(10, 0)],
    [8, at(10, 15)],
    [-7, at(10, 0)],
    [-8, at(9, 45)],
    [60, at(11, 0)],
  ])('dragged %i min from 10:00 lands at minute %i of the day', (minutes, start) => {
    const { effect } = drag(
      session({ dayIndex: 0, startMin: at(10), endMin: at(11) }),
      'move',
      0,
      minutes * PX,
    );
    // Landing where it was is no change at all: nothing is written.
    if (start === at(10)) return expect(effect).toEqual({ kind: 'none' });
    const slot = committed(effect);
    expect(slot.startMin).toBe(start);
    expect(slot.endMin - slot.startMin).toBe(60);
  });

  it('snaps to 5 minutes with Shift', () => {
    const slot = committed(
      drag(session({ dayIndex: 0, startMin: at(10), endMin: at(11) }), 'move', 0, 23 * PX, {
        fine: true,
      }).effect,
    );
    expect(slot.startMin).toBe(at(10, 25));
  });

  it('shows where it will land while it moves', () => {
    const { during } = drag(
      session({ dayIndex: 1, startMin: at(9), endMin: at(9, 30) }),
      'move',
      0,
      95 * PX,
      { inside: true },
    );
    expect(during.kind).toBe('dragging');
    if (during.kind !== 'dragging') return;
    expect(during.preview).toMatchObject({ dayIndex: 1, startMin: at(10, 30), endMin: at(11) });
  });

  it('moves across days by whole columns', () => {
    const slot = committed(
      drag(session({ dayIndex: 1, startMin: at(9), endMin: at(10) }), 'move', 2 * 150 + 40, 0)
        .effect,
    );
    expect(slot).toEqual({ dayIndex: 3, startMin: at(9), endMin: at(10) });
  });

  it('dropped back at its own time writes nothing (and keeps its size)', () => {
    const target = session({ dayIndex: 1, startMin: at(9), endMin: at(10) });
    let state = press(IDLE, { target, grab: 'move', pointerId: 1, x: 0, y: 0 }, ctx).state;
    state = move(state, { pointerId: 1, x: 0, y: 200, fine: false }, ctx).state;
    state = move(state, { pointerId: 1, x: 3, y: 2, fine: false }, ctx).state;
    expect(release(state, { pointerId: 1, inside: true }).effect).toEqual({ kind: 'none' });
  });

  it('a press without movement is a click: it opens the block', () => {
    const target = session({ dayIndex: 1, startMin: at(9), endMin: at(10) });
    let state = press(IDLE, { target, grab: 'move', pointerId: 1, x: 0, y: 0 }, ctx).state;
    state = move(state, { pointerId: 1, x: 2, y: 2, fine: false }, ctx).state;
    expect(release(state, { pointerId: 1, inside: true }).effect).toEqual({
      kind: 'open',
      id: 's1',
    });
  });

  it('flags a drop onto client work before release, and still allows it', () => {
    const context = { ...ctx, clientWork: [{ dayIndex: 1, startMin: at(10), endMin: at(11) }] };
    const { during, effect } = drag(
      session({ dayIndex: 1, startMin: at(8), endMin: at(9) }),
      'move',
      0,
      90 * PX,
      { context },
    );
    expect(during.kind === 'dragging' && during.preview.overClientWork).toBe(true);
    expect(effect).toMatchObject({ kind: 'commit', overClientWork: true });
  });
});

describe('resizing a block', () => {
  it.each([
    [24, 'start', 0, 6],
    [24, 'move', 6, 18],
    [24, 'end', 18, 24],
    [8, 'start', 0, 2],
    [8, 'move', 2, 6],
    [8, 'end', 6, 8],
    [80, 'move', 8, 72],
  ] as const)('a %i px block: %s from %i to %i px', (height, grab, from, to) => {
    for (let y = from; y < to; y += 0.5) expect(grabAt(y, height)).toBe(grab);
  });

  it('a 30-min block grows from its bottom edge and shrinks back', () => {
    const target = session({ dayIndex: 0, startMin: at(14), endMin: at(14, 30) });
    expect(committed(drag(target, 'end', 0, 30 * PX).effect)).toEqual({
      dayIndex: 0,
      startMin: at(14),
      endMin: at(15),
    });
    expect(committed(drag(target, 'end', 0, -15 * PX).effect)).toEqual({
      dayIndex: 0,
      startMin: at(14),
      endMin: at(14, 15),
    });
  });

  it('a 30-min block grows from its top edge; the end stays', () => {
    const target = session({ dayIndex: 0, startMin: at(14), endMin: at(14, 30) });
    expect(committed(drag(target, 'start', 0, -45 * PX).effect)).toEqual({
      dayIndex: 0,
      startMin: at(13, 15),
      endMin: at(14, 30),
    });
  });

  it('never shrinks below one step nor flips over', () => {
    const target = session({ dayIndex: 0, startMin: at(14), endMin: at(15) });
    expect(committed(drag(target, 'end', 0, -500 * PX).effect)).toEqual({
      dayIndex: 0,
      startMin: at(14),
      endMin: at(14, 15),
    });
    expect(committed(drag(target, 'start', 0, 500 * PX).effect)).toEqual({
      dayIndex: 0,
      startMin: at(14, 45),
      endMin: at(15),
    });
  });

  it('a resize never changes the day', () => {
    const target = session({ dayIndex: 3, startMin: at(14), endMin: at(15) });
    expect(committed(drag(target, 'end', 400, 30 * PX).effect).dayIndex).toBe(3);
  });
});

describe('gestures that end without a change', () => {
  const target = session({ dayIndex: 1, startMin: at(9), endMin: at(10) });

  it('Esc, pointer cancel or lost capture mid-drag: back to idle, nothing written', () => {
    let state = press(IDLE, { target, grab: 'move', pointerId: 1, x: 0, y: 0 }, ctx).state;
    state = move(state, { pointerId: 1, x: 0, y: 80, fine: false }, ctx).state;
    expect(state.kind).toBe('dragging');
    expect(cancel()).toEqual({ state: IDLE, effect: { kind: 'none' } });
  });

  it('a drop outside the grid or beyond the week cancels', () => {
    expect(drag(target, 'move', 0, 80, { inside: false }).effect).toEqual({ kind: 'none' });
    expect(drag(target, 'move', 6 * 150, 0).effect).toEqual({ kind: 'none' });
    expect(drag(target, 'move', -2 * 150, 0).effect).toEqual({ kind: 'none' });
  });

  it('a drop onto a past time cancels, and the preview says why', () => {
    const context = { ...ctx, earliest: 1 * DAY_MIN + at(12) };
    const { during, effect } = drag(target, 'move', 0, 60 * PX, { context });
    expect(during.kind === 'dragging' && during.preview.invalid).toBe(
      'That time has already passed',
    );
    expect(effect).toEqual({ kind: 'none' });
  });

  it('a block that may not move is refused with its reason and never follows', () => {
    const locked = session(target.slot, 'Locked sessions stay where they are');
    const { effect, during } = drag(locked, 'move', 0, 80);
    expect(effect).toEqual({
      kind: 'refuse',
      id: 's1',
      reason: 'Locked sessions stay where they are',
    });
    expect(during).toEqual(IDLE);
  });

  it('a second pointer is ignored while the first one drags', () => {
    let state = press(IDLE, { target, grab: 'move', pointerId: 1, x: 0, y: 0 }, ctx).state;
    const other = session({ dayIndex: 4, startMin: at(9), endMin: at(10) });
    expect(
      press(state, { target: { ...other, id: 's2' }, grab: 'move', pointerId: 2, x: 0, y: 0 }, ctx)
        .state,
    ).toBe(state);
    state = move(state, { pointerId: 2, x: 0, y: 300, fine: false }, ctx).state;
    expect(state.kind).toBe('pressed');
  });
});

describe('keyboard nudges', () => {
  const target = session({ dayIndex: 2, startMin: at(9), endMin: at(10) });
  const key = (k: string, shiftKey = false) => ({ key: k, altKey: true, shiftKey });

  it('Alt+↑/↓ move by 15 min, Alt+Shift+↑/↓ resize, Alt+←/→ move a day', () => {
    expect(nudge(target, key('ArrowDown'), ctx)).toMatchObject({
      slot: { startMin: at(9, 15), endMin: at(10, 15) },
    });
    expect(nudge(target, key('ArrowUp'), ctx)).toMatchObject({
      slot: { startMin: at(8, 45), endMin: at(9, 45) },
    });
    expect(nudge(target, key('ArrowDown', true), ctx)).toMatchObject({
      slot: { startMin: at(9), endMin: at(10, 15) },
    });
    expect(nudge(target, key('ArrowUp', true), ctx)).toMatchObject({
      slot: { startMin: at(9), endMin: at(9, 45) },
    });
    expect(nudge(target, key('ArrowLeft'), ctx)).toMatchObject({ slot: { dayIndex: 1 } });
    expect(nudge(target, key('ArrowRight'), ctx)).toMatchObject({ slot: { dayIndex: 3 } });
  });

  it('ignores keys without Alt and other keys', () => {
    expect(nudge(target, { key: 'ArrowDown', altKey: false, shiftKey: false }, ctx)).toEqual({
      kind: 'none',
    });
    expect(nudge(target, key('Enter'), ctx)).toEqual({ kind: 'none' });
  });

  it('refuses moves out of the week, into the past and of blocks that may not move', () => {
    const monday = session({ dayIndex: 0, startMin: at(9), endMin: at(10) });
    expect(nudge(monday, key('ArrowLeft'), ctx)).toMatchObject({
      kind: 'refuse',
      reason: 'That is outside this week',
    });
    expect(nudge(target, key('ArrowUp'), { ...ctx, earliest: 2 * DAY_MIN + at(9) })).toMatchObject({
      kind: 'refuse',
    });
    expect(nudge(session(target.slot, 'Saving…'), key('ArrowDown'), ctx)).toEqual({
      kind: 'refuse',
      id: 's1',
      reason: 'Saving…',
    });
  });
});

describe('properties', () => {
  const slotArb = fc
    .record({
      dayIndex: fc.integer({ min: 0, max: 6 }),
      start: fc.integer({ min: 0, max: 95 }),
      len: fc.integer({ min: 1, max: 16 }),
    })
    .map(({ dayIndex, start, len }) => ({
      dayIndex,
      startMin: start * 15,
      endMin: Math.min(DAY_MIN, start * 15 + len * 15),
    }))
    .filter((s) => s.endMin > s.startMin);
  const stepArb = fc.oneof(
    fc.record({
      kind: fc.constant('press' as const),
      block: fc.integer({ min: 0, max: 4 }),
      grab: fc.constantFrom<Grab>('move', 'start', 'end'),
      pointerId: fc.integer({ min: 1, max: 2 }),
      x: fc.integer({ min: -900, max: 900 }),
      y: fc.integer({ min: -900, max: 900 }),
    }),
    fc.record({
      kind: fc.constant('press-empty' as const),
      dayIndex: fc.integer({ min: -1, max: 7 }),
      minute: fc.integer({ min: 0, max: DAY_MIN - 1 }),
      pointerId: fc.integer({ min: 1, max: 2 }),
      x: fc.integer({ min: -900, max: 900 }),
      y: fc.integer({ min: -900, max: 900 }),
    }),
    fc.record({
      kind: fc.constant('move' as const),
      pointerId: fc.integer({ min: 1, max: 2 }),
      x: fc.integer({ min: -900, max: 900 }),
      y: fc.integer({ min: -900, max: 900 }),
      fine: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('release' as const),
      pointerId: fc.integer({ min: 1, max: 2 }),
      inside: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('cancel' as const) }),
  );

  it('any sequence of gestures changes at most the one block pressed, to a valid slot; a sketch only creates, in its own day', () => {
    fc.assert(
      fc.property(
        fc.array(slotArb, { minLength: 5, maxLength: 5 }),
        fc.array(stepArb, { maxLength: 40 }),
        (slots, steps) => {
          const blocks = slots
            .map((slot, i) => session(slot, i === 4 ? 'Locked' : null))
            .map((b, i) => ({ ...b, id: `b${i}` }));
          let state: GestureState = IDLE;
          let pressed: string | null = null;
          for (const step of steps) {
            let result;
            if (step.kind === 'press') {
              result = press(
                state,
                {
                  target: blocks[step.block] as GestureTarget,
                  grab: step.grab,
                  pointerId: step.pointerId,
                  x: step.x,
                  y: step.y,
                },
                ctx,
              );
              if (state.kind === 'idle') pressed = `b${step.block}`;
            } else if (step.kind === 'press-empty') {
              if (state.kind === 'idle') pressed = `day${step.dayIndex}`;
              result = press(state, step, ctx);
            } else if (step.kind === 'move') result = move(state, step, ctx);
            else if (step.kind === 'release') result = release(state, step);
            else result = cancel();
            state = result.state;
            const effect = result.effect;
            if (effect.kind === 'none') continue;
            if (effect.kind === 'create') {
              // Nothing existing changes: a sketch names no block, only a span in its own day.
              expect(pressed).toBe(`day${effect.slot.dayIndex}`);
              expect(effect.slot.dayIndex).toBeGreaterThanOrEqual(0);
              expect(effect.slot.dayIndex).toBeLessThan(7);
              expect(effect.slot.startMin).toBeGreaterThanOrEqual(0);
              expect(effect.slot.endMin).toBeLessThanOrEqual(DAY_MIN);
              expect(effect.slot.endMin).toBeGreaterThan(effect.slot.startMin);
              expect(effect.slot.startMin % 5).toBe(0);
              expect(effect.slot.endMin % 5).toBe(0);
              continue;
            }
            expect(effect.id).toBe(pressed);
            if (effect.kind === 'commit') {
              expect(effect.id).not.toBe('b4');
              expect(effect.slot.dayIndex).toBeGreaterThanOrEqual(0);
              expect(effect.slot.dayIndex).toBeLessThan(7);
              expect(effect.slot.endMin).toBeGreaterThan(effect.slot.startMin);
              expect(effect.slot.startMin % 5).toBe(0);
            }
          }
        },
      ),
    );
  });
});
