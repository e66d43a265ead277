/**
 * Export the schedule as an .ics file: choose the range and the content, then save it (desktop:
 * save dialog; browser: download).
 */
import { useState } from 'react';
import { icsRangeForWeeks, toIcs } from '../../../../core/ics';
import type { IcsRange } from '../../../../core/ics';
import type { Client, Commitment, Platform, Settings } from '../../../../core/types';
import { getBridge } from '../../bridge';
import { Field } from '../../components/Field';
import { db } from '../../db/instance';

type Props = {
  settings: Settings;
  clients: Client[];
  commitments: Commitment[];
  platforms: Platform[];
  weekStart: string;
  now: number;
};

type RangeChoice = 'week' | 'weeks' | 'recurring';

/** The export half of the calendar dialog. */
export function ExportPanel({ settings, clients, commitments, platforms, weekStart, now }: Props) {
  const [range, setRange] = useState<RangeChoice>('week');
  const [weeks, setWeeks] = useState('4');
  const [content, setContent] = useState({
    commitments: true,
    sessions: true,
    availability: false,
    alarms: true,
  });
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const weekCount = Number(weeks);
  const weeksError =
    range === 'weeks' && !(Number.isInteger(weekCount) && weekCount >= 1 && weekCount <= 104)
      ? 'Choose between 1 and 104 weeks.'
      : undefined;

  async function exportNow() {
    if (weeksError) return;
    setBusy(true);
    setStatus(null);
    try {
      const icsRange: IcsRange =
        range === 'recurring'
          ? { kind: 'recurring' }
          : icsRangeForWeeks(weekStart, range === 'week' ? 1 : weekCount, settings.homeZone);
      const text = toIcs({
        calendarName: 'Hybrid Planner',
        range: icsRange,
        content,
        commitments,
        clients,
        sessions: await db.sessions.toArray(),
        platforms,
        defaultReminderLeadMin: settings.defaultReminderLeadMin,
        now,
      });
      const name = `hybrid-planner-${range === 'recurring' ? 'recurring' : weekStart}.ics`;
      const result = await getBridge().saveFile({
        kind: 'ics',
        suggestedName: name,
        content: text,
      });
      setStatus(result.saved ? { kind: 'ok', text: `Saved ${result.name ?? name}.` } : null);
    } catch (error) {
      setStatus({
        kind: 'error',
        text: `The calendar could not be exported: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  }

  const toggle = (key: keyof typeof content) => setContent((c) => ({ ...c, [key]: !c[key] }));

  return (
    <div className="stack">
      <fieldset className="field">
        <legend>Range</legend>
        <label className="check">
          <input
            type="radio"
            name="ics-range"
            checked={range === 'week'}
            onChange={() => setRange('week')}
          />
          The week shown
        </label>
        <label className="check">
          <input
            type="radio"
            name="ics-range"
            checked={range === 'weeks'}
            onChange={() => setRange('weeks')}
          />
          The next weeks from the week shown
        </label>
        {range === 'weeks' ? (
          <Field label="Number of weeks" error={weeksError}>
            <input
              type="number"
              min="1"
              max="104"
              value={weeks}
              onChange={(e) => setWeeks(e.target.value)}
            />
          </Field>
        ) : null}
        <label className="check">
          <input
            type="radio"
            name="ics-range"
            checked={range === 'recurring'}
            onChange={() => setRange('recurring')}
          />
          Every recurring commitment, as repeating events
        </label>
      </fieldset>
      <fieldset className="field">
        <legend>Include</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={content.commitments}
            onChange={() => toggle('commitments')}
          />
          Client commitments
        </label>
        <label className="check">
          <input type="checkbox" checked={content.sessions} onChange={() => toggle('sessions')} />
          Accepted microtask sessions
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={content.availability}
            onChange={() => toggle('availability')}
          />
          Each client's availability (shown as free time)
        </label>
        <label className="check">
          <input type="checkbox" checked={content.alarms} onChange={() => toggle('alarms')} />
          Reminders as calendar alarms
        </label>
      </fieldset>
      <p className="muted small">
        Recurring commitments stay in their client's time zone, so calendar apps keep them right
        across daylight-saving changes. Google Calendar ignores alarms in imported files; the
        planner's own reminders do not depend on them.
      </p>
      {status ? (
        <div
          className={status.kind === 'ok' ? 'notice' : 'notice critical'}
          role={status.kind === 'ok' ? 'status' : 'alert'}
        >
          {status.text}
        </div>
      ) : null}
      <div>
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() => void exportNow()}
        >
          Export .ics
        </button>
      </div>
    </div>
  );
}
