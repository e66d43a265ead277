/**
 * Export the schedule as an .ics file: choose the range and the content, then save it (desktop:
 * save dialog; browser: download).
 */
import { Fragment, useState } from 'react';
import { icsRangeForWeeks, toIcs } from '../../../../core/ics';
import type { IcsRange } from '../../../../core/ics';
import { getBridge } from '../../bridge';
import type { PlannerData } from '../../planner-data';
import { PrimaryAction } from '../../components/Buttons';
import { NumberField } from '../../components/Field';
import { StatusNotice, type Status } from '../../components/StatusNotice';
import { db } from '../../db/instance';

type RangeChoice = 'week' | 'weeks' | 'recurring';

const RANGE_CHOICES: readonly { id: RangeChoice; label: string }[] = [
  { id: 'week', label: 'The week shown' },
  { id: 'weeks', label: 'The next weeks from the week shown' },
  { id: 'recurring', label: 'Every recurring commitment, as repeating events' },
];

type Content = {
  commitments: boolean;
  sessions: boolean;
  availability: boolean;
  timeOff: boolean;
  alarms: boolean;
};

const CONTENT_CHOICES: readonly { key: keyof Content; label: string }[] = [
  { key: 'commitments', label: 'Client commitments' },
  { key: 'sessions', label: 'Accepted microtask sessions' },
  { key: 'availability', label: "Each client's availability (shown as free time)" },
  { key: 'timeOff', label: 'Time off (clients away, your days off) as all-day events' },
  { key: 'alarms', label: 'Reminders as calendar alarms' },
];

/** The export half of the calendar dialog. */
export function ExportPanel(props: PlannerData) {
  const { settings, clients, commitments, platforms, weekStart, now } = props;
  const [range, setRange] = useState<RangeChoice>('week');
  const [weeks, setWeeks] = useState('4');
  const [content, setContent] = useState<Content>({
    commitments: true,
    sessions: true,
    availability: false,
    timeOff: true,
    alarms: true,
  });
  const [status, setStatus] = useState<Status | null>(null);
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
        timeOff: await db.timeOff.toArray(),
        homeZone: settings.homeZone,
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

  const toggle = (key: keyof Content) => setContent((c) => ({ ...c, [key]: !c[key] }));

  return (
    <div className="stack">
      <fieldset className="field">
        <legend>Range</legend>
        {RANGE_CHOICES.map((choice) => (
          <Fragment key={choice.id}>
            <label className="check">
              <input
                type="radio"
                name="ics-range"
                checked={range === choice.id}
                onChange={() => setRange(choice.id)}
              />
              {choice.label}
            </label>
            {choice.id === 'weeks' && range === 'weeks' ? (
              <NumberField
                label="Number of weeks"
                error={weeksError}
                min="1"
                max="104"
                value={weeks}
                onChange={setWeeks}
              />
            ) : null}
          </Fragment>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>Include</legend>
        {CONTENT_CHOICES.map(({ key, label }) => (
          <label key={key} className="check">
            <input type="checkbox" checked={content[key]} onChange={() => toggle(key)} />
            {label}
          </label>
        ))}
      </fieldset>
      <p className="muted small">
        Recurring commitments stay in their client's time zone, so calendar apps keep them right
        across daylight-saving changes. Google Calendar ignores alarms in imported files; the
        planner's own reminders do not depend on them.
      </p>
      <StatusNotice status={status} />
      <PrimaryAction disabled={busy} run={() => void exportNow()}>
        Export .ics
      </PrimaryAction>
    </div>
  );
}
