import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  emptyHistory,
  nextRedo,
  nextUndo,
  recorded,
  redone,
  undone,
  type Change,
  type UndoHistory,
} from '../../../src/renderer/src/features/week/undo-history';

/** A write as the week does them: put a record (here a number) under an id, or delete it. */
type Op = { id: string; value: number | null };
type Store = Map<string, number>;

function apply(store: Store, ops: readonly Op[]): Store {
  const next = new Map(store);
  for (const op of ops) {
    if (op.value === null) next.delete(op.id);
    else next.set(op.id, op.value);
  }
  return next;
}

/** The change that sets `id` to `value` in `store`, with its inverse. */
function changeOf(store: Store, id: string, value: number | null): Change<Op> {
  return {
    label: `set ${id}`,
    redo: [{ id, value }],
    undo: [{ id, value: store.get(id) ?? null }],
  };
}

describe('undo history', () => {
  it('undoes and redoes in order, and a new change clears what could be redone', () => {
    let store: Store = new Map([['a', 1]]);
    let history: UndoHistory<Op> = emptyHistory();
    for (const [id, value] of [
      ['a', 2],
      ['b', 5],
      ['a', null],
    ] as const) {
      const change = changeOf(store, id, value);
      store = apply(store, change.redo);
      history = recorded(history, change);
    }
    expect(nextUndo(history)?.label).toBe('set a');
    store = apply(store, nextUndo(history)?.undo ?? []);
    history = undone(history);
    expect(store).toEqual(
      new Map([
        ['a', 2],
        ['b', 5],
      ]),
    );
    expect(nextRedo(history)?.label).toBe('set a');
    history = recorded(history, changeOf(store, 'c', 1));
    expect(nextRedo(history)).toBeNull();
  });

  it('does not step when nothing is left, and keeps at most the limit', () => {
    const history = emptyHistory<Op>();
    expect(undone(history)).toBe(history);
    expect(redone(history)).toBe(history);
    let long = history;
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) long = recorded(long, changeOf(new Map(), 'x', i));
    expect(long.past).toHaveLength(HISTORY_LIMIT);
    expect(long.past[0]?.redo[0]?.value).toBe(10);
  });

  it('undo of every step restores the start exactly; redo of every step the end', () => {
    const opArb = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      value: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
        const start: Store = new Map([
          ['a', 0],
          ['b', 1],
        ]);
        let store = start;
        let history = emptyHistory<Op>();
        for (const op of ops) {
          const change = changeOf(store, op.id, op.value);
          store = apply(store, change.redo);
          history = recorded(history, change);
        }
        const end = store;
        for (let change = nextUndo(history); change; change = nextUndo(history)) {
          store = apply(store, change.undo);
          history = undone(history);
        }
        expect(store).toEqual(start);
        for (let change = nextRedo(history); change; change = nextRedo(history)) {
          store = apply(store, change.redo);
          history = redone(history);
        }
        expect(store).toEqual(end);
      }),
    );
  });
});
