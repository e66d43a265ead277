/**
 * Burnout analysis: the registry of rules (one module each, in DOMAIN.md's order) and the
 * analysis that runs them all over one week of work items, home zone. Items of the surrounding
 * days (if given) are context: rest before the first day and streaks of working days that
 * started last week. Rule ids, labels and sources come from the registry, nowhere else.
 */
import type { CalendarDay, Instant, WorkItem } from '../types';
import { consecutiveDays } from './consecutive-days';
import { buildContext, type BurnoutInput, type BurnoutSeverity, type Finding } from './context';
import { continuousScreen } from './continuous-screen';
import { dailyHours } from './daily-hours';
import { dailyRest } from './daily-rest';
import { fragmentedDay } from './fragmented-day';
import { longDayBreak } from './long-day-break';
import { microtaskMonotony } from './microtask-monotony';
import { nightWork } from './night-work';
import { veryLongWeek } from './very-long-week';
import { weeklyHours } from './weekly-hours';
import { weeklyRest } from './weekly-rest';

export type { BurnoutInput, BurnoutRule, BurnoutSeverity } from './context';
export { LONG_DAY_BREAK_MIN, hasLongBreak } from './long-day-break';
export { longestRest } from './weekly-rest';

/** Every burnout rule, in DOMAIN.md's order: what the UI lists and what the analysis runs. */
export const BURNOUT_RULES = [
  dailyHours,
  weeklyHours,
  veryLongWeek,
  dailyRest,
  weeklyRest,
  longDayBreak,
  continuousScreen,
  nightWork,
  consecutiveDays,
  fragmentedDay,
  microtaskMonotony,
] as const;

/** Identifiers of the burnout rules, one per row of DOMAIN.md's table. */
export type BurnoutRuleId = (typeof BURNOUT_RULES)[number]['id'];

export type BurnoutWarning = {
  /** `${rule}:${day}` (or `${rule}:week`, or the rule's own key): stable across re-plans. */
  id: string;
  rule: BurnoutRuleId;
  severity: BurnoutSeverity;
  start: Instant;
  end: Instant;
  /** Home day the warning is about, or null for week-wide rules. */
  day: CalendarDay | null;
  /** What is wrong and what to change. */
  message: string;
};

export type BurnoutSummary = {
  level: 'none' | 'low' | 'elevated' | 'high';
  counts: Record<BurnoutSeverity, number>;
  byRule: Partial<Record<BurnoutRuleId, number>>;
  headline: string;
};

function toWarning(rule: BurnoutRuleId, f: Finding): BurnoutWarning {
  return {
    id: `${rule}:${f.key ?? f.day ?? 'week'}`,
    rule,
    severity: f.severity,
    start: f.span.start,
    end: f.span.end,
    day: f.day,
    message: f.message,
  };
}

/** Every burnout warning for the week, sorted by start then rule. */
export function analyzeBurnout(items: readonly WorkItem[], input: BurnoutInput): BurnoutWarning[] {
  const ctx = buildContext(items, input);
  const out = BURNOUT_RULES.flatMap((rule) => rule.check(ctx).map((f) => toWarning(rule.id, f)));
  return out.sort((a, b) => a.start - b.start || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** The week's risk in one line: level, counts per severity and per rule, and a headline. */
export function summarizeBurnout(warnings: readonly BurnoutWarning[]): BurnoutSummary {
  const counts: Record<BurnoutSeverity, number> = { info: 0, warn: 0, critical: 0 };
  const byRule: Partial<Record<BurnoutRuleId, number>> = {};
  for (const w of warnings) {
    counts[w.severity]++;
    byRule[w.rule] = (byRule[w.rule] ?? 0) + 1;
  }
  const level =
    counts.critical > 0 ? 'high' : counts.warn > 0 ? 'elevated' : counts.info > 0 ? 'low' : 'none';
  const top = Object.entries(byRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const headline =
    level === 'none'
      ? 'A sustainable week: no burnout rule is triggered.'
      : `${level === 'high' ? 'High' : level === 'elevated' ? 'Elevated' : 'Low'} burnout risk: ${counts.critical} critical, ${counts.warn} warnings, ${counts.info} notes${top ? `; most often ${top[0]} (${top[1]})` : ''}.`;
  return { level, counts, byRule, headline };
}
