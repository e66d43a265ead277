/**
 * Field-by-field equality of records, for the places that must tell cheaply whether anything
 * they keep or draw changed (a sync with nothing to write, a week planned ahead, a memoised band).
 */

/** Whether `a` and `b` hold the same value (by `===`) in each of `keys`. */
export function sameFields<T extends object>(a: T, b: T, keys: readonly (keyof T)[]): boolean {
  return keys.every((key) => a[key] === b[key]);
}
