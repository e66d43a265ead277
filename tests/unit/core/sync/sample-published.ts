/** The items the app publishes for a sample week, for the sync tests. */
import type { PublishedItem } from '../../../../src/core/bridge/sync-contract';
import type { SampleWeek } from '../../../../src/core/sample-week';
import { publishedItems, type PublishInput } from '../../../../src/core/sync/published-items';

/**
 * The week published at `now` as the app does by default: from `now` on, no time off, the
 * 10-minute reminder lead and no alarms; `over` changes any of it.
 */
export function samplePublished(
  week: SampleWeek,
  now: number,
  over: Partial<PublishInput> = {},
): PublishedItem[] {
  return publishedItems({
    ...week,
    timeOff: [],
    homeZone: week.settings.homeZone,
    defaultReminderLeadMin: 10,
    now,
    since: now,
    alarms: false,
    ...over,
  });
}
