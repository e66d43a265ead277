/**
 * The connect form's state and its check. The password is only ever in the form while the worker
 * types it: the dialog clears the form once connect answers, so it is never kept in React state.
 */
import type { SyncAccountInput } from '../../../../core/bridge/sync-contract';
import type { FieldErrors, Validation } from '../../../../core/validate/fields';

export type SyncAccountForm = { serverUrl: string; username: string; password: string };

/** Servers that speak CalDAV, named in the form's hint so the worker knows theirs will do. */
export const CALDAV_SERVERS = [
  'Nextcloud',
  'Fastmail',
  'iCloud',
  'mailbox.org',
  'Radicale',
  'Baïkal',
  'SOGo',
] as const;

/** An empty form; nothing is prefilled, least of all the password. */
export function emptyAccountForm(): SyncAccountForm {
  return { serverUrl: '', username: '', password: '' };
}

/** True for a host name that stays on this computer (plain http is safe only there). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '[::1]') return true;
  // The URL parser has already turned shorthand forms (127.1, 0x7f.1) into dotted quads.
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** `text` read as a web address, or what to say when it is empty or none. */
function parseAddress(text: string, say: { empty: string; invalid: string }): URL | string {
  const trimmed = text.trim();
  if (trimmed.length === 0) return say.empty;
  try {
    return new URL(trimmed);
  } catch {
    return say.invalid;
  }
}

/** Why `text` is not a server address the app may send a password to, or null. */
export function serverUrlProblem(text: string): string | null {
  const url = parseAddress(text, {
    empty: 'Enter the address of your calendar server.',
    invalid:
      'This is not a web address. It starts with https://, for example https://cloud.example.com/remote.php/dav.',
  });
  if (typeof url === 'string') return url;
  if (url.username || url.password) {
    return 'Put the user name and password in their own boxes, not in the address.';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:') {
    return isLoopbackHost(url.hostname)
      ? null
      : 'The address must start with https:// so your password is sent encrypted (plain http only for a server on this computer).';
  }
  return 'The address must start with https://.';
}

/** The checked account to send to the shell, or every invalid field at once. */
export function formToAccount(form: SyncAccountForm): Validation<SyncAccountInput> {
  const errors: FieldErrors = {};
  const urlProblem = serverUrlProblem(form.serverUrl);
  if (urlProblem) errors.serverUrl = urlProblem;
  const username = form.username.trim();
  if (username.length === 0) errors.username = 'Enter your user name on the server.';
  else if (username.length > 256) errors.username = 'The user name is too long.';
  if (form.password.length === 0) {
    errors.password = 'Enter an app password (your server’s security settings make one).';
  } else if (form.password.length > 1024) errors.password = 'The password is too long.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { serverUrl: form.serverUrl.trim(), username, password: form.password },
  };
}

/** Why `text` is not a calendar subscription address (https or webcal), or null. */
export function subscriptionUrlProblem(text: string): string | null {
  const url = parseAddress(text, {
    empty: 'Paste the calendar’s address.',
    invalid: 'This is not a web address. It starts with https:// or webcal://.',
  });
  if (typeof url === 'string') return url;
  if (url.protocol !== 'https:' && url.protocol !== 'webcal:') {
    return 'The address must start with https:// or webcal://.';
  }
  return url.hostname ? null : 'The address has no server name.';
}
