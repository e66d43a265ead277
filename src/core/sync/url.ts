/**
 * The rules for every address the sync engine may talk to. A CalDAV server must be https, or
 * plain http only on this machine (a local Radicale): a password must never cross a network in
 * clear. A subscription may also be webcal (read as https). No credentials inside the URL (they
 * would be logged and shown), no fragments. Used by the bridge validators and again by main for
 * every redirect it is offered.
 */

/** Longest URL accepted anywhere in sync. */
export const MAX_URL_LENGTH = 2000;

/** Whether a URL host (as `URL.hostname` spells it) is this machine. */
export function isLoopbackHost(hostname: string): boolean {
  // WHATWG URL parsing already normalised '127.1' and '0x7f.1' to dotted decimal.
  return (
    hostname === 'localhost' ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

/** The outcome of a URL check: the normalised URL or a plain reason. */
export type UrlCheck = { ok: true; url: string } | { ok: false; error: string };

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

function check(raw: string, what: string, allowWebcal: boolean): UrlCheck {
  if (raw.length > MAX_URL_LENGTH) return { ok: false, error: `The ${what} is too long.` };
  const url = parse(raw.trim());
  if (!url) return { ok: false, error: `The ${what} is not a web address.` };
  if (allowWebcal && url.protocol === 'webcal:') {
    const https = parse(`https:${url.href.slice('webcal:'.length)}`);
    if (!https) return { ok: false, error: `The ${what} is not a web address.` };
    return check(https.href, what, false);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: `The ${what} must start with https://.` };
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return {
      ok: false,
      error: `The ${what} must use https:// (plain http only for a server on this computer).`,
    };
  }
  if (url.username !== '' || url.password !== '') {
    return {
      ok: false,
      error: `Put the user name and password in their own fields, not in the ${what}.`,
    };
  }
  if (url.hash !== '') return { ok: false, error: `The ${what} must not contain '#'.` };
  return { ok: true, url: url.href };
}

/** Checks a CalDAV server or calendar URL: https, or http on a loopback host. */
export function checkServerUrl(raw: string): UrlCheck {
  return check(raw, 'server address', false);
}

/** Checks a subscription URL: https, webcal (read as https), or http on a loopback host. */
export function checkSubscriptionUrl(raw: string): UrlCheck {
  return check(raw, 'calendar address', true);
}

/** Whether `target` stays on the same scheme, host and port as `origin` (redirects may not leave). */
export function sameOrigin(origin: string, target: string): boolean {
  const a = parse(origin);
  const b = parse(target);
  return a !== null && b !== null && a.origin === b.origin;
}
