/**
 * IPC: one `ipcMain.handle` per contract channel, from a handler map typed by the contract.
 * Every call is checked in this order: the sender is our own window showing our own page, the
 * payload validates as the channel's argument, then the handler runs. Failures reject the
 * renderer's promise with a clear message; nothing is thrown past this module.
 */
import { ipcMain, type WebContents } from 'electron';
import type {
  EventChannel,
  EventChannels,
  InvokeChannel,
  InvokeChannels,
} from '../core/bridge/contract';
import { INVOKE_CHANNELS, INVOKE_VALIDATORS } from '../core/bridge/validate';

/** One async handler per invoke channel, receiving the validated argument. */
export type InvokeHandlers = {
  [C in InvokeChannel]: (arg: InvokeChannels[C]['arg']) => Promise<InvokeChannels[C]['result']>;
};

/** The parts of an invoke event the sender check reads. */
export type SenderInfo = {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
};

/** What registration needs. */
export type IpcDeps = {
  handlers: InvokeHandlers;
  /** True when the event comes from the main frame of our window showing our page. */
  isTrustedSender: (event: SenderInfo) => boolean;
  log?: (message: string) => void;
};

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs the sender check; a check that throws counts as "not trusted". */
function checkSender(check: (event: SenderInfo) => boolean, event: SenderInfo): boolean {
  try {
    return check(event);
  } catch {
    return false;
  }
}

/** Builds the sender check from the window's web contents id and the URL test. */
export function trustedSender(
  windowContentsId: () => number | null,
  isTrustedUrl: (url: string) => boolean,
): (event: SenderInfo) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    if (frame === null || frame.parent !== null) return false;
    return event.sender.id === windowContentsId() && isTrustedUrl(frame.url);
  };
}

/** The listener for one channel: sender check, validation, handler, clean errors. */
export function invokeListener<C extends InvokeChannel>(
  channel: C,
  deps: IpcDeps,
): (event: SenderInfo, raw?: unknown) => Promise<InvokeChannels[C]['result']> {
  const validate = INVOKE_VALIDATORS[channel];
  const handle = deps.handlers[channel];
  const log = deps.log ?? (() => {});
  return async (event, raw) => {
    if (!checkSender(deps.isTrustedSender, event)) {
      log(`${channel}: rejected a request from an unknown sender`);
      throw new Error(`${channel}: request rejected: unknown sender`);
    }
    const parsed = validate(raw);
    if (!parsed.ok) {
      log(`${channel}: invalid request: ${parsed.error}`);
      throw new Error(`${channel}: invalid request: ${parsed.error}`);
    }
    try {
      return await handle(parsed.value);
    } catch (error) {
      log(`${channel}: failed: ${message(error)}`);
      // Only the message crosses IPC; the cause stays in main for debugging.
      throw new Error(`${channel}: failed: ${message(error)}`, { cause: error });
    }
  };
}

/** Registers a handler for every contract channel; returns a cleanup that removes them. */
export function registerIpc(deps: IpcDeps): () => void {
  // The types make a gap impossible; this catches a map assembled around them, before any
  // channel is live, rather than as a rejected request later.
  const missing = INVOKE_CHANNELS.filter((channel) => typeof deps.handlers[channel] !== 'function');
  if (missing.length > 0) throw new Error(`no handler for ${missing.join(', ')}`);
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, invokeListener(channel, deps));
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** Sends a contract event to the renderer, typed by the event map. */
export function sendToRenderer<C extends EventChannel>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  channel: C,
  payload: EventChannels[C],
): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}
