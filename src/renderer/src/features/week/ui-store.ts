/**
 * A value outside React that a few small components subscribe to: the drag preview and the
 * grid's status line change on every pointer move or action, and only their own components
 * re-render, never the grid around them.
 */
import { useSyncExternalStore } from 'react';

export type UiStore<T> = {
  get: () => T;
  set: (value: T) => void;
  subscribe: (listener: () => void) => () => void;
};

/** A store holding `initial`. */
export function createUiStore<T>(initial: T): UiStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The part of a store's value `select` picks; re-renders only when that part changes. */
export function useUiStore<T, S>(store: UiStore<T>, select: (value: T) => S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
