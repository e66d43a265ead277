/**
 * Validators of the 'sync:*' channels' arguments. Placeholder until the sync engine lands: the
 * argument-less channels accept nothing, every other one is refused, so no unchecked payload can
 * reach a handler meanwhile.
 */
import type { InvokeChannels } from './contract';

type SyncChannel = Extract<keyof InvokeChannels, `sync:${string}`>;
type Validation<T> = { ok: true; value: T } | { ok: false; error: string };

function noArgument(raw: unknown): Validation<null> {
  return raw === null || raw === undefined
    ? { ok: true, value: null }
    : { ok: false, error: 'this request takes no argument' };
}

function notYet(): { ok: false; error: string } {
  return { ok: false, error: 'calendar sync is not available in this build' };
}

/** One validator per sync channel. */
export const SYNC_VALIDATORS: {
  [C in SyncChannel]: (raw: unknown) => Validation<InvokeChannels[C]['arg']>;
} = {
  'sync:status': noArgument,
  'sync:connect': notYet,
  'sync:disconnect': noArgument,
  'sync:configure': notYet,
  'sync:publish': notYet,
  'sync:now': noArgument,
  'sync:resolve': notYet,
  'sync:busy': notYet,
  'sync:applied': notYet,
};
