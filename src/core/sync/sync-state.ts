/**
 * What the sync engine remembers per published UID, and the small pure helpers around it: the
 * content hash that says whether two versions are the same, the href an event is stored at, and
 * an event's title for the conflict list.
 */
import type { PublishedKind } from '../bridge/sync-contract';

/** The hash of "no event": the agreed state of something deleted on one side. */
export const ABSENT = '-';

/**
 * The last state both sides agreed on for one UID. `hash` is null when unknown (a PUT was sent
 * but not confirmed, so the server may or may not hold it); `etag` is null when the server holds
 * nothing we know of.
 */
export type SyncRecord = {
  uid: string;
  kind: PublishedKind;
  /** The object's path on the server, decoded (the key of the server's listing). */
  href: string;
  etag: string | null;
  hash: string | null;
  /** When the event's last occurrence ends, as last published (null: a series, or unknown). */
  end: number | null;
  /** An edit from the server handed to the window and not yet answered by a new publish. */
  incoming: { hash: string; ics: string | null; acked: boolean } | null;
  /** Both sides changed since `hash`: the server's side, and the worker's choice when made. */
  conflict: {
    etag: string | null;
    hash: string;
    ics: string | null;
    choice: 'app' | 'server' | null;
  } | null;
};

/** A 53-bit string hash (cyrb53), as 14 hex digits. */
function cyrb53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The content hash of a calendar object. Line endings are normalised because servers may
 * rewrite CRLF; two seeds make an accidental match (a missed edit) vanishingly unlikely.
 */
export function contentHash(ics: string): string {
  const text = ics.replace(/\r\n/g, '\n');
  return cyrb53(text, 1) + cyrb53(text, 2);
}

/**
 * The object name a UID is stored under in a collection: the UID itself when it is made of
 * safe characters, otherwise a safe spelling plus a hash so two UIDs never share a name.
 */
export function objectName(uid: string): string {
  const safe = uid.replace(/[^A-Za-z0-9@._-]/g, '_').slice(0, 120);
  return safe === uid ? `${uid}.ics` : `${safe}-${cyrb53(uid, 3)}.ics`;
}

/** The first SUMMARY of a calendar object, unfolded and unescaped, for lists. */
export function summaryOf(ics: string | null): string {
  if (ics === null) return '';
  const unfolded = ics.replace(/\r?\n[ \t]/g, '');
  const line = /(?:^|\n)SUMMARY(?:;[^:\n]*)?:([^\r\n]*)/.exec(unfolded)?.[1] ?? '';
  return line.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? ' ' : c));
}
