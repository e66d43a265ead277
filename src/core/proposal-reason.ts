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

function peakText(p: Platform, pf: number): string {
  const w = p.peakWindows[0];
  const label = w ? `${w.start}–${w.end} ${zoneCity(p.peakZone)}` : 'none set';
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
