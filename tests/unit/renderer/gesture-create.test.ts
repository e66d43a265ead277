import { describe, expect, it } from 'vitest';
import {
  DAY_MIN,
  cancel,
  keyboardSketch,
  move,
  press,
  release,
  type GestureContext,
  type GestureEffect,
  type GestureState,
  type GestureTarget,
  type Slot,
} from '../../../src/renderer/src/features/week/gesture';
import { IDLE, PX, at, ctx } from './gesture-fixtures';

/** Press empty space at `minute` of `dayIndex`, move by dx px and `minutes` down, release. */
function sketch(
  dayIndex: number,
  minute: number,
  minutes: number,
  options: { dx?: number; fine?: boolean; context?: GestureContext; inside?: boolean } = {},
): { during: GestureState; effect: GestureEffect } {
  const c = options.context ?? ctx;
  const dy = minutes * PX;
  const dx = options.dx ?? 0;
  const pressed = press(IDLE, { dayIndex, minute, pointerId: 1, x: 0, y: 0 }, c).state;
  const half = move(pressed, { pointerId: 1, x: dx / 2, y: dy / 2, fine: !!options.fine }, c);
  const moved = move(half.state, { pointerId: 1, x: dx, y: dy, fine: !!options.fine }, c);
  const done = release(moved.state, { pointerId: 1, inside: options.inside ?? true });
  expect(done.state).toEqual(IDLE);
  return { during: moved.state, effect: done.effect };
}

const created = (effect: GestureEffect): Slot => {
  if (effect.kind !== 'create') throw new Error(`expected a create, got ${effect.kind}`);
  return effect.slot;
};

describe('creating by dragging on empty grid space', () => {
  it('snaps both ends to the quarter hour: 14:05 dragged 82 min spans 14:00–15:30', () => {
    expect(created(sketch(1, at(14, 5), 82).effect)).toEqual({
      dayIndex: 1,
      startMin: at(14),
      endMin: at(15, 30),
    });
  });

  it('snaps to 5 minutes with Shift', () => {
    expect(created(sketch(1, at(14, 6), 33, { fine: true }).effect)).toEqual({
      dayIndex: 1,
      startMin: at(14, 5),
      endMin: at(14, 40),
    });
  });

  it('a drag upward (end before start) gives the same span, start first', () => {
    const up = created(sketch(2, at(15, 30), -90).effect);
    expect(up).toEqual({ dayIndex: 2, startMin: at(14), endMin: at(15, 30) });
  });

  it('shows the span while it is sketched', () => {
    const { during } = sketch(1, at(9), 60);
    expect(during.kind).toBe('sketching');
    if (during.kind !== 'sketching') return;
    expect(during.preview).toMatchObject({ startMin: at(9), endMin: at(10), invalid: null });
  });

  it('a drag inside one step still spans one step; at midnight it ends at 24:00', () => {
    expect(created(sketch(0, at(9), 6).effect)).toEqual({
      dayIndex: 0,
      startMin: at(9),
      endMin: at(9, 15),
    });
    expect(created(sketch(0, DAY_MIN - 2, 6).effect)).toEqual({
      dayIndex: 0,
      startMin: DAY_MIN - 15,
      endMin: DAY_MIN,
    });
  });

  it('a click without a drag creates nothing', () => {
    const pressed = press(IDLE, { dayIndex: 1, minute: at(9), pointerId: 1, x: 0, y: 0 }, ctx);
    const jitter = move(pressed.state, { pointerId: 1, x: 1, y: 2, fine: false }, ctx);
    const done = release(jitter.state, { pointerId: 1, inside: true });
    expect(done).toEqual({ state: IDLE, effect: { kind: 'none' } });
  });

  it('stays inside the day: dragged past midnight it ends at 24:00', () => {
    expect(created(sketch(3, at(23), 300).effect)).toEqual({
      dayIndex: 3,
      startMin: at(23),
      endMin: DAY_MIN,
    });
  });

  it('let go outside the grid, in another day column or in the past: nothing', () => {
    expect(sketch(1, at(9), 60, { inside: false }).effect).toEqual({ kind: 'none' });
    const sideways = sketch(1, at(9), 60, { dx: 160 });
    expect(sideways.effect).toEqual({ kind: 'none' });
    if (sideways.during.kind === 'sketching') {
      expect(sideways.during.preview.invalid).toBe('A new block stays on the day it starts');
    }
    const past = { ...ctx, earliest: 1 * DAY_MIN + at(12) };
    const early = sketch(1, at(9), 60, { context: past });
    expect(early.effect).toEqual({ kind: 'none' });
    if (early.during.kind === 'sketching') {
      expect(early.during.preview.invalid).toBe('That time has already passed');
    }
  });

  it('beyond the week (a day the grid does not show) creates nothing', () => {
    expect(sketch(7, at(9), 60).effect).toEqual({ kind: 'none' });
    expect(sketch(-1, at(9), 60).effect).toEqual({ kind: 'none' });
  });

  it('Esc, pointer cancel or lost capture mid-sketch: back to idle, nothing created', () => {
    const pressed = press(IDLE, { dayIndex: 1, minute: at(9), pointerId: 1, x: 0, y: 0 }, ctx);
    const moving = move(pressed.state, { pointerId: 1, x: 0, y: 60 * PX, fine: false }, ctx);
    expect(moving.state.kind).toBe('sketching');
    expect(cancel()).toEqual({ state: IDLE, effect: { kind: 'none' } });
  });

  it('flags a span over client work, and still offers to create it', () => {
    const work = { ...ctx, clientWork: [{ dayIndex: 1, startMin: at(9, 30), endMin: at(10) }] };
    const effect = sketch(1, at(9), 60, { context: work }).effect;
    expect(effect).toMatchObject({ kind: 'create', overClientWork: true });
  });

  it('a second pointer is ignored while a sketch runs, and a block press waits too', () => {
    const pressed = press(IDLE, { dayIndex: 1, minute: at(9), pointerId: 1, x: 0, y: 0 }, ctx);
    const other = move(pressed.state, { pointerId: 2, x: 0, y: 300, fine: false }, ctx);
    expect(other.state).toBe(pressed.state);
    const target: GestureTarget = {
      id: 's1',
      slot: { dayIndex: 1, startMin: 0, endMin: 30 },
      refusal: null,
    };
    const block = press(pressed.state, { target, grab: 'move', pointerId: 2, x: 0, y: 0 }, ctx);
    expect(block.state).toBe(pressed.state);
    expect(release(pressed.state, { pointerId: 2, inside: true }).state).toBe(pressed.state);
  });
});

describe('creating from the keyboard', () => {
  it('offers an hour from 09:00 on a day ahead', () => {
    expect(keyboardSketch(3, ctx)).toEqual({
      kind: 'create',
      slot: { dayIndex: 3, startMin: at(9), endMin: at(10) },
      overClientWork: false,
    });
  });

  it('today, after 09:00, it starts at the next quarter hour', () => {
    const today = { ...ctx, earliest: 2 * DAY_MIN + at(13, 7) };
    expect(keyboardSketch(2, today)).toMatchObject({
      kind: 'create',
      slot: { dayIndex: 2, startMin: at(13, 15), endMin: at(14, 15) },
    });
  });

  it('refuses a day that is over, or outside the week', () => {
    const late = { ...ctx, earliest: 2 * DAY_MIN + at(23, 10) };
    expect(keyboardSketch(2, late)).toEqual({
      kind: 'refuse',
      id: '',
      reason: 'This day is over; pick a later day',
    });
    expect(keyboardSketch(1, late)).toMatchObject({ reason: 'That time has already passed' });
    expect(keyboardSketch(7, ctx)).toMatchObject({ reason: 'That is outside this week' });
  });
});
