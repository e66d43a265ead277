/** The ICS module: write the schedule as an RFC 5545 calendar, read calendars for import. */
export { toIcs, icsRangeForWeeks, commitmentUid, timeOffUid, PRODID } from './export';
export { parseIcs, MAX_IMPORT_EVENTS } from './import';
export { mergeImport } from './merge';
export { mergeTimeOff } from './merge-time-off';
export type { TimeOffChoice, TimeOffMerge } from './merge-time-off';
export { suggestClient } from './suggest-client';
export type { ClientSuggestion } from './suggest-client';
export type { MergeOptions } from './merge';
export { MAX_ICS_OCTETS } from './import-guard';
export type * from './types';
