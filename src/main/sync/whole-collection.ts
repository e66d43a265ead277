/**
 * The collection requests of a bulk first publish (bulk-publish.ts): read a calendar
 * collection's own ETag and the properties a whole-calendar PUT would reset, and PROPPATCH the
 * properties back after it (the PUT itself is caldav.ts's putObject, to the collection's URL).
 * What the server answers is read as `unknown` and checked, as in caldav.ts.
 */
import { davRequest, propfind } from 'tsdav';
import { davText, type DavConnection } from './caldav';
import { SyncError } from './http';

/** What a whole-calendar PUT replaces besides the objects: the collection's settings. */
export type CollectionProps = {
  displayName: string | null;
  color: string | null;
  description: string | null;
  components: string[];
};

/** The collection's ETag (null when the server gives none) and its settings. */
export type CollectionState = { etag: string | null; props: CollectionProps };

/** The component names of a parsed supported-calendar-component-set. */
function componentNames(value: unknown): string[] {
  const comp: unknown =
    typeof value === 'object' && value !== null && 'comp' in value ? value.comp : null;
  const list: unknown[] = Array.isArray(comp) ? comp : comp === null ? [] : [comp];
  return list.flatMap((c) => {
    const attributes: unknown =
      typeof c === 'object' && c !== null && '_attributes' in c ? c._attributes : null;
    const name: unknown =
      typeof attributes === 'object' && attributes !== null && 'name' in attributes
        ? attributes.name
        : null;
    return typeof name === 'string' && /^[A-Z-]{1,40}$/.test(name) ? [name] : [];
  });
}

/** Reads the collection itself (Depth: 0); null when the server does not say (a bulk PUT is off). */
export async function readCollection(
  conn: DavConnection,
  collectionUrl: string,
): Promise<CollectionState | null> {
  const res = await propfind({
    url: collectionUrl,
    props: {
      'd:getetag': {},
      'd:displayname': {},
      'ca:calendar-color': {},
      'c:calendar-description': {},
      'c:supported-calendar-component-set': {},
    },
    depth: '0',
    fetch: conn.fetch,
  });
  const entry = res[0];
  if (!entry || entry.status === undefined || entry.status < 200 || entry.status >= 300) {
    return null;
  }
  const props = entry.props ?? {};
  return {
    etag: davText(props.getetag),
    props: {
      displayName: davText(props.displayname),
      color: davText(props.calendarColor),
      description: davText(props.calendarDescription),
      components: componentNames(props.supportedCalendarComponentSet),
    },
  };
}

/** Sets the collection's settings back to `props` (those it had); throws when refused. */
export async function restoreProps(
  conn: DavConnection,
  collectionUrl: string,
  props: CollectionProps,
): Promise<void> {
  const prop: Record<string, unknown> = {};
  if (props.displayName !== null) prop['d:displayname'] = props.displayName;
  if (props.color !== null) prop['ca:calendar-color'] = props.color;
  if (props.description !== null) prop['c:calendar-description'] = props.description;
  if (props.components.length > 0) {
    prop['c:supported-calendar-component-set'] = {
      'c:comp': props.components.map((name) => ({ _attributes: { name } })),
    };
  }
  if (Object.keys(prop).length === 0) return;
  const res = await davRequest({
    url: collectionUrl,
    init: {
      method: 'PROPPATCH',
      namespace: 'd',
      body: {
        propertyupdate: {
          _attributes: {
            'xmlns:d': 'DAV:',
            'xmlns:c': 'urn:ietf:params:xml:ns:caldav',
            'xmlns:ca': 'http://apple.com/ns/ical/',
          },
          set: { prop },
        },
      },
    },
    fetch: conn.fetch,
  });
  const status = res[0]?.status ?? 0;
  if (status < 200 || status >= 300) {
    throw new SyncError('server', 'The calendar’s name and colour could not be set again.');
  }
}
