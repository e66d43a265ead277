/**
 * Whether this account may put events into a calendar, from the DAV:current-user-privilege-set
 * (RFC 3744 §5.4) a server reports for it, as tsdav parses XML (camel-cased names without
 * their namespace prefix). Writing an event takes DAV:write-content (an update) or DAV:bind (a
 * new member); DAV:write and DAV:all contain both. A server that reports no set (the property is
 * optional) is trusted to allow writing, and a refused PUT (403) says otherwise later.
 */

/** The privileges that let an account create and change events in a collection. */
const WRITING = new Set(['all', 'write', 'writeContent', 'bind']);

function namesOf(privilege: unknown): string[] {
  if (typeof privilege !== 'object' || privilege === null) return [];
  return Object.keys(privilege);
}

/** true or false when the set is reported; null when it is missing or not understood. */
export function canWriteEvents(set: unknown): boolean | null {
  if (typeof set !== 'object' || set === null || !('privilege' in set)) return null;
  const privilege: unknown = set.privilege;
  const list: unknown[] = Array.isArray(privilege) ? privilege : [privilege];
  const names = list.flatMap(namesOf);
  if (names.length === 0) return null;
  return names.some((name) => WRITING.has(name));
}
