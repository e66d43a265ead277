/**
 * What a gap-filling proposal says about itself: whether it sits in the platform's peak hours,
 * the pay, and what it is next to (a buffer after or before client work, or free time).
 */
import { formatClockAt, formatMoney, zoneCity } from './format';
import type { Instant, Platform, Settings } from './types';

export type ReasonInput = {
  platform: Platform;
  /** Share of the session in the platform's peak hours, 0–1. */
  peakShare: number;
  start: Instant;
  end: Instant;
  /** Cut shorter than planned to fit a cap. */
  shortened: boolean;
  settings: Pick<Settings, 'bufferMin' | 'homeZone'>;
  clientWork: readonly { start: Instant; end: Instant; title: string | null }[];
  /** Client work this close (ms) before or after the session is named as its neighbour. */
  nearMs: number;
};

/** 'Peak Prolific hours (…), US$12/h, 10-min buffer after Weekly sync'. */
export function proposalReason(r: ReasonInput): string {
  const p = r.platform;
  const parts = [
    peakText(p, r.peakShare),
    `${formatMoney(p.hourlyRate, p.currency)}/h`,
    neighbourText(r),
  ];
  if (r.shortened) parts.push('shortened to fit the daily/weekly caps');
  return parts.join(', ');
}

/** A platform's peak hours in its own zone, '09:00–17:00 New York' (the first window). */
function peakLabel(p: Platform): string {
  const w = p.peakWindows[0];
  return w ? `${w.start}–${w.end} ${zoneCity(p.peakZone)}` : 'none set';
}

function peakText(p: Platform, pf: number): string {
  const label = peakLabel(p);
  if (pf >= 0.999) return `Peak ${p.name} hours (${label})`;
  if (pf > 0) return `Partly in peak ${p.name} hours (${label})`;
  return `${p.name} outside its peak hours (${label}), best pay for this slot`;
}

function neighbourText(r: ReasonInput): string {
  const { bufferMin, homeZone } = r.settings;
  const before = r.clientWork.find((w) => w.end <= r.start && r.start - w.end < r.nearMs);
  if (before) return `${bufferMin}-min buffer after ${before.title ?? 'client work'}`;
  const after = r.clientWork.find((w) => w.start >= r.end && w.start - r.end < r.nearMs);
  if (after) return `${bufferMin}-min buffer before ${after.title ?? 'client work'}`;
  return `free time from ${formatClockAt(r.start, homeZone)} your time`;
}

/** Why a platform got no proposal this week, from the most to the least structural cause. */
export type UnplacedKind =
  | 'switched-off'
  | 'unusable-lengths'
  | 'target-met'
  | 'weekly-cap'
  | 'no-free-time'
  | 'peak-in-quiet'
  | 'peak-outside-working'
  | 'caps-used'
  | 'outranked';

/** 'MTurk's peak hours, 09:00–17:00 New York, fall in your quiet hours, 22:00–07:00 Manila'. */
export function unplacedReason(
  kind: UnplacedKind,
  p: Platform,
  settings: Pick<Settings, 'homeZone' | 'quietHours' | 'workingHours'>,
): string {
  const home = zoneCity(settings.homeZone);
  const peaks = `${p.name}'s peak hours, ${peakLabel(p)},`;
  switch (kind) {
    case 'switched-off':
      return `${p.name} is switched off`;
    case 'unusable-lengths':
      return `${p.name}'s session lengths (${p.minSessionMin}–${p.maxSessionMin} min) cannot be used`;
    case 'target-met':
      return `The income target is already met: nothing more is proposed for ${p.name}`;
    case 'weekly-cap':
      return `The weekly cap is reached: no time is left for ${p.name}`;
    case 'no-free-time':
      return `No free time within your working hours for a ${p.minSessionMin}-min ${p.name} session`;
    case 'peak-in-quiet': {
      const q = settings.quietHours;
      return `${peaks} fall in your quiet hours${q ? `, ${q.start}–${q.end} ${home}` : ''}`;
    }
    case 'peak-outside-working': {
      const w = settings.workingHours[0];
      return `${peaks} fall outside your working hours${w ? `, ${w.start}–${w.end} ${home}` : ''}`;
    }
    case 'caps-used':
      return `Better-paid sessions use the time the caps and the income target leave for ${p.name}`;
    case 'outranked':
      return `Other platforms pay more than ${p.name} in your free time`;
  }
}
