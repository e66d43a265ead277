/**
 * The only way sync reaches the network: a `fetch` handed to tsdav (and used for
 * subscriptions) that stays on one origin, follows redirects itself only within it, gives up
 * after a timeout, and refuses a response larger than a cap without buffering it (the body is
 * counted as it streams, and the stream is cancelled at the cap). Every failure becomes a
 * `SyncError` with a sentence the worker can read.
 */
import { sameOrigin } from '../../core/sync/url';

/** What went wrong, for the engine's retry decision, with a plain message. */
export type SyncErrorKind =
  | 'auth'
  | 'forbidden'
  | 'network'
  | 'timeout'
  | 'too-large'
  | 'redirect'
  | 'not-caldav'
  | 'gone'
  | 'storage-full'
  | 'malformed'
  | 'server';

/** A sync failure with a message for the status line. */
export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** Whether the server is unreachable or unwell for now (the queue waits: "offline"). */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof SyncError)) return true;
  return error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server';
}

/**
 * Whether the engine should try again by itself: when the server is unreachable, and when it is
 * full (space is freed on the server, not in the app, so nothing here would prompt a retry).
 * A wrong password or a missing calendar waits for the worker instead.
 */
export function retriesByItself(error: unknown): boolean {
  return isTransient(error) || (error instanceof SyncError && error.kind === 'storage-full');
}

export type GuardOptions = {
  /** Every request must stay on this URL's origin. */
  origin: string;
  timeoutMs: number;
  maxBytes: number;
  /** Authorization and the like, added to every request. */
  headers?: Record<string, string>;
  fetchImpl?: typeof fetch;
};

const MAX_REDIRECTS = 5;

function requestUrl(input: string | URL | Request): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

/** A body stream that errors once more than `max` bytes came through. */
function capped(body: ReadableStream<Uint8Array>, max: number): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let seen = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      seen += value.byteLength;
      if (seen > max) {
        await reader.cancel().catch(() => undefined);
        return controller.error(tooLarge(max));
      }
      controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

function tooLarge(max: number): SyncError {
  const mb = Math.round(max / (1024 * 1024));
  return new SyncError(
    'too-large',
    `The server sent more than ${mb} MB at once; the app refused it.`,
  );
}

function mergeHeaders(init: RequestInit | undefined, extra: Record<string, string>): Headers {
  const headers = new Headers(init?.headers);
  for (const [k, v] of Object.entries(extra)) headers.set(k, v);
  return headers;
}

function describeNetworkError(error: unknown, url: string): SyncError {
  if (error instanceof SyncError) return error;
  const host = new URL(url).host;
  return new SyncError('network', `The server ${host} cannot be reached.`);
}

/** A fetch that keeps to one origin, times out, and caps response sizes. */
export function createGuardedFetch(options: GuardOptions): typeof fetch {
  const base = options.fetchImpl ?? fetch;
  const guarded = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    let url = requestUrl(input);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    // A caller's own signal (tsdav passes none) still cancels the request.
    init?.signal?.addEventListener('abort', () => controller.abort());
    const headers = mergeHeaders(init, options.headers ?? {});
    try {
      for (let hop = 0; ; hop++) {
        if (!sameOrigin(options.origin, url)) {
          throw new SyncError(
            'redirect',
            `The server sent the app to another address (${new URL(url).host}); for your safety it was not followed.`,
          );
        }
        let response: Response;
        try {
          response = await base(url, {
            ...init,
            headers,
            redirect: 'manual',
            signal: controller.signal,
          });
        } catch (error) {
          if (controller.signal.aborted) {
            throw new SyncError(
              'timeout',
              `The server ${new URL(url).host} did not answer in time.`,
            );
          }
          throw describeNetworkError(error, url);
        }
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && location) {
          if (hop >= MAX_REDIRECTS)
            throw new SyncError('redirect', 'The server redirected too often.');
          await response.body?.cancel().catch(() => undefined);
          url = new URL(location, url).href;
          continue;
        }
        const length = Number(response.headers.get('content-length') ?? '0');
        if (length > options.maxBytes) {
          await response.body?.cancel().catch(() => undefined);
          throw tooLarge(options.maxBytes);
        }
        const body = response.body ? capped(response.body, options.maxBytes) : null;
        // The timer keeps running until the body is read: a server that stalls mid-body is
        // cut off too. Reading a fresh Response buffers at most maxBytes.
        const text = body ? await readAll(body, controller.signal, url) : '';
        return new Response(response.status === 204 || response.status === 304 ? null : text, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
      }
    } finally {
      clearTimeout(timer);
    }
  };
  return guarded;
}

async function readAll(
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal,
  url: string,
): Promise<string> {
  try {
    return await new Response(body).text();
  } catch (error) {
    if (error instanceof SyncError) throw error;
    if (signal.aborted) {
      throw new SyncError('timeout', `The server ${new URL(url).host} did not answer in time.`);
    }
    throw describeNetworkError(error, url);
  }
}

/** A SyncError for an HTTP status that ends a sync. */
export function statusError(status: number, what: string): SyncError {
  if (status === 401) {
    return new SyncError(
      'auth',
      'The server refused the user name or app password. Check them and connect again.',
    );
  }
  if (status === 403)
    return new SyncError('forbidden', `The server does not allow this account to ${what}.`);
  if (status === 404 || status === 410) {
    return new SyncError(
      'gone',
      `The calendar was not found on the server (it may have been deleted).`,
    );
  }
  if (status === 507) {
    return new SyncError(
      'storage-full',
      'The server is full: it has no space left for this account. Your changes wait here and go out once there is room.',
    );
  }
  if (status >= 500)
    return new SyncError('server', `The server had a problem (${status}); the app will try again.`);
  return new SyncError('server', `The server answered ${status} when asked to ${what}.`);
}
