/**
 * How a session is valued: the platform's hourly rate, raised for the share of the session in
 * the platform's peak hours; and which platform fits best at a spot.
 */
import { firstEndingAfter } from '../intervals';
import { MINUTE } from '../time';
import type { Instant, Interval, Platform } from '../types';
import { SNAP, floorTo, type Ctx } from './context';

/** Peak sessions rank up to 50% above their plain hourly rate. */
const PEAK_BONUS = 0.5;

/** Share (0–1) of [start, end) inside the platform's peak hours. */
export function peakShare(ctx: Ctx, p: Platform, start: Instant, end: Instant): number {
  const list = ctx.peaks.get(p.id) ?? [];
  let inside = 0;
  for (let i = firstEndingAfter(list, start); i < list.length; i++) {
    const it = list[i] as Interval;
    if (it.start >= end) break;
    inside += Math.min(it.end, end) - Math.max(it.start, start);
  }
  return inside / (end - start);
}

/** The ranking value of a session on `p` with peak share `pf`. */
export const scoreOf = (p: Platform, pf: number): number => p.hourlyRate * (1 + PEAK_BONUS * pf);

/** The best platform for a session starting at `start` with at most `avail` ms, or null. */
export function choose(
  ctx: Ctx,
  start: Instant,
  avail: number,
): { platform: Platform; len: number; pf: number } | null {
  let best: { platform: Platform; len: number; pf: number; score: number } | null = null;
  for (const platform of ctx.platforms) {
    if (platform.minSessionMin * MINUTE > avail) continue;
    const len = floorTo(Math.min(platform.maxSessionMin * MINUTE, avail), SNAP);
    if (len < platform.minSessionMin * MINUTE) continue;
    const pf = peakShare(ctx, platform, start, start + len);
    const score = scoreOf(platform, pf);
    if (!best || score > best.score || (score === best.score && len > best.len)) {
      best = { platform, len, pf, score };
    }
  }
  return best;
}

/** Expected earnings of `ms` on a platform, to the cent (the same rounding for proposals and sessions). */
export function expectedEarnings(p: Platform, ms: number): number {
  return Math.round((p.hourlyRate * ms * 100) / (60 * MINUTE)) / 100;
}
