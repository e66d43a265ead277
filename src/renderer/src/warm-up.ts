/**
 * Work the first week needs that can be done while IndexedDB opens, when the page would
 * otherwise wait: a page's first Intl date formatter loads ICU's date and time-zone data, which
 * took 20–100 ms in a cold Chromium page here, and would land inside the first week's plan.
 */
import { offsetMinutes } from '../../core/time';

/** Builds this machine's zone offsets now (usually the home zone, so nothing is wasted). */
export function warmUpTimeZones(now: number): void {
  try {
    offsetMinutes(new Intl.DateTimeFormat().resolvedOptions().timeZone, now);
  } catch {
    // An engine without a usable host zone: the plan builds its tables when it needs them.
  }
}
