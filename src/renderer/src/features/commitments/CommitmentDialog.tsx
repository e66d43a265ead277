/**
 * Create or edit a commitment in the client's zone, with the home-zone equivalent shown live,
 * DST dates that need a decision, and overlaps flagged (allowed, but said).
 */
import { useMemo, useState } from 'react';
import { describeRecurrence } from '../../../../core/recurrence';
import {
  addDays,
  dayOf,
  isValidClock,
  isValidDay,
  startOfDay,
  toInstant,
} from '../../../../core/time';
import type { Client, Commitment, CommitmentKind, Weekday } from '../../../../core/types';
import type { FieldErrors } from '../../../../core/validate/fields';
import { dstIssues, findOverlaps } from '../../../../core/validate/commitment-checks';
import { Dialog } from '../../components/Dialog';
import { SaveCancel } from '../../components/EditorButtons';
import { Field, FieldError } from '../../components/Field';
import { db } from '../../db/instance';
import { deleteCommitment, saveCommitment } from '../../db/repo';
import { errorText, formatLongDay, formatTime, zoneCity } from '../../format';
import { WEEKDAY_ORDER, WEEKDAY_SHORT } from '../../ui-constants';
import './commitments.css';

type Props = {
  commitment: Commitment | null;
  clients: Client[];
  commitments: Commitment[];
  homeZone: string;
  clock: '12h' | '24h';
  today: string;
  now: number;
  defaultLeadMin: number;
  onClose: () => void;
};

/** The commitment editor dialog. */
export function CommitmentDialog(props: Props) {
  const { commitment: c, clients, homeZone, clock, today, now } = props;
  const active = clients.filter((x) => !x.archived || x.id === c?.clientId);
  const [clientId, setClientId] = useState(c?.clientId ?? active[0]?.id ?? '');
  const client = clients.find((x) => x.id === clientId);
  const [title, setTitle] = useState(c?.title ?? '');
  const [kind, setKind] = useState<CommitmentKind>(c?.kind ?? 'call');
  const [repeat, setRepeat] = useState<'weekly' | 'once'>(c?.recurrence.kind ?? 'weekly');
  const [weekdays, setWeekdays] = useState<Weekday[]>(
    c?.recurrence.kind === 'weekly' ? c.recurrence.weekdays : [1],
  );
  const [interval, setInterval] = useState(
    String(c?.recurrence.kind === 'weekly' ? c.recurrence.interval : 1),
  );
  const [start, setStart] = useState(c?.start ?? '09:00');
  const [duration, setDuration] = useState(String(c?.durationMin ?? 60));
  const [startDate, setStartDate] = useState(
    c?.recurrence.kind === 'weekly'
      ? c.recurrence.startDate
      : c?.recurrence.kind === 'once'
        ? c.recurrence.date
        : today,
  );
  const [endDate, setEndDate] = useState(
    c?.recurrence.kind === 'weekly' ? (c.recurrence.endDate ?? '') : '',
  );
  // A series can end after a number of times (imported calendars often say COUNT=10).
  const [count, setCount] = useState(
    c?.recurrence.kind === 'weekly' && c.recurrence.count !== null
      ? String(c.recurrence.count)
      : '',
  );
  const [skipped, setSkipped] = useState(c?.skippedDates.join(', ') ?? '');
  const [lead, setLead] = useState(
    c?.reminderLeadMin === null || !c ? '' : String(c.reminderLeadMin),
  );
  const [notes, setNotes] = useState(c?.notes ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteProblem, setDeleteProblem] = useState<string | null>(null);
  const zone = c && c.clientId === clientId ? c.zone : (client?.zone ?? homeZone);

  const draft = useMemo(() => {
    const skippedDates = skipped
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    return {
      clientId,
      title:
        title.trim() === '' && client
          ? `${client.name} ${kind === 'call' ? 'call' : kind === 'work' ? 'work block' : 'deadline'}`
          : title,
      kind,
      zone,
      start,
      durationMin: duration.trim() === '' ? Number.NaN : Number(duration),
      recurrence:
        repeat === 'once'
          ? { kind: 'once' as const, date: startDate }
          : {
              kind: 'weekly' as const,
              weekdays,
              interval: Number(interval),
              startDate,
              endDate: endDate || null,
              count: count.trim() === '' ? null : Number(count),
            },
      skippedDates,
      moved: c?.moved ?? [],
      reminderLeadMin: lead.trim() === '' ? null : Number(lead),
      notes,
      icsUid: c?.icsUid ?? null,
    };
  }, [
    clientId,
    title,
    client,
    kind,
    zone,
    start,
    duration,
    repeat,
    startDate,
    weekdays,
    interval,
    endDate,
    count,
    skipped,
    lead,
    notes,
    c,
  ]);

  const preview = useMemo(
    () => previewOf(draft, c, props.commitments, homeZone, clock),
    [draft, c, props.commitments, homeZone, clock],
  );

  async function save() {
    const result = await saveCommitment(db, draft, now, c?.id);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    props.onClose();
  }

  const toggleDay = (d: Weekday) =>
    setWeekdays((list) => (list.includes(d) ? list.filter((x) => x !== d) : [...list, d].sort()));

  return (
    <Dialog
      title={c ? 'Edit commitment' : 'New commitment'}
      onClose={props.onClose}
      wide
      testId="commitment-dialog"
      footer={
        <SaveCancel saveLabel="Save commitment" onSave={() => void save()} onCancel={props.onClose}>
          {c ? (
            confirmDelete ? (
              <button
                type="button"
                className="button danger"
                onClick={() =>
                  void deleteCommitment(db, c.id).then(props.onClose, (error: unknown) =>
                    setDeleteProblem(`The commitment could not be deleted: ${errorText(error)}`),
                  )
                }
              >
                Delete every occurrence
              </button>
            ) : (
              <button
                type="button"
                className="button ghost-danger"
                onClick={() => setConfirmDelete(true)}
              >
                Delete…
              </button>
            )
          ) : null}
          <span className="spacer" />
        </SaveCancel>
      }
    >
      {deleteProblem ? (
        <p className="notice critical" role="alert">
          {deleteProblem}
        </p>
      ) : null}
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field label="Client" error={errors.clientId}>
          <select value={clientId} onChange={(e) => setClientId(e.target.value)}>
            {active.length === 0 ? <option value="">Add a client first</option> : null}
            {active.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name} ({zoneCity(x.zone)})
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Title"
          error={errors.title}
          hint={title.trim() === '' ? `Leave empty for “${draft.title}”` : undefined}
        >
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field label="Kind" error={errors.kind}>
          <select
            value={kind}
            onChange={(e) =>
              setKind(
                e.target.value === 'work'
                  ? 'work'
                  : e.target.value === 'deadline'
                    ? 'deadline'
                    : 'call',
              )
            }
          >
            <option value="call">Call</option>
            <option value="work">Work block</option>
            <option value="deadline">Deadline</option>
          </select>
        </Field>
        <Field label="Repeats" error={errors['recurrence.kind']}>
          <select
            value={repeat}
            onChange={(e) => setRepeat(e.target.value === 'once' ? 'once' : 'weekly')}
          >
            <option value="weekly">Weekly</option>
            <option value="once">Once</option>
          </select>
        </Field>
        {repeat === 'weekly' ? (
          <fieldset className="field span-2">
            <legend>On (in {zoneCity(zone)})</legend>
            <div className="weekday-toggles">
              {WEEKDAY_ORDER.map((d) => (
                <button
                  key={d}
                  type="button"
                  className={weekdays.includes(d) ? 'toggle on' : 'toggle'}
                  aria-pressed={weekdays.includes(d)}
                  onClick={() => toggleDay(d)}
                >
                  {WEEKDAY_SHORT[d]}
                </button>
              ))}
            </div>
            <FieldError error={errors['recurrence.weekdays']} />
          </fieldset>
        ) : null}
        <Field label={`Start time (${zoneCity(zone)})`} error={errors.start} hint={preview.home}>
          <input type="time" value={start} onChange={(e) => setStart(e.target.value)} />
        </Field>
        <Field label="Duration (minutes)" error={errors.durationMin}>
          <input
            type="number"
            min="5"
            step="15"
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
          />
        </Field>
        <Field
          label={repeat === 'once' ? 'Date' : 'Starts on'}
          error={errors['recurrence.startDate'] ?? errors['recurrence.date']}
        >
          <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
        </Field>
        {repeat === 'weekly' ? (
          <>
            <Field label="Ends on (optional)" error={errors['recurrence.endDate']}>
              <input type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
            </Field>
            <Field
              label="Ends after (number of times, optional)"
              error={errors['recurrence.count']}
            >
              <input
                type="number"
                min="1"
                value={count}
                onChange={(e) => setCount(e.target.value)}
              />
            </Field>
            <Field label="Every N weeks" error={errors['recurrence.interval']}>
              <input
                type="number"
                min="1"
                max="52"
                value={interval}
                onChange={(e) => setInterval(e.target.value)}
              />
            </Field>
            <Field
              label="Skip dates (yyyy-mm-dd, comma-separated)"
              error={firstError(errors, 'skippedDates')}
            >
              <input
                type="text"
                value={skipped}
                onChange={(e) => setSkipped(e.target.value)}
                placeholder="2026-12-25"
              />
            </Field>
          </>
        ) : null}
        <Field
          label="Reminder (minutes before)"
          error={errors.reminderLeadMin}
          hint={lead === '' ? `Default: ${props.defaultLeadMin} min` : undefined}
        >
          <input type="number" min="0" value={lead} onChange={(e) => setLead(e.target.value)} />
        </Field>
        <Field label="Notes" error={errors.notes}>
          <textarea rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </Field>
        {preview.summary ? <p className="span-2 muted">{preview.summary}</p> : null}
        {preview.dst.length > 0 ? (
          <div className="notice warn span-2" role="status" data-testid="dst-issues">
            <strong>Daylight-saving dates:</strong>
            <ul>
              {preview.dst.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {preview.overlaps.length > 0 ? (
          <div className="notice warn span-2" role="status" data-testid="overlap-warning">
            Overlaps {preview.overlaps.join('; ')}. You can still save it.
          </div>
        ) : null}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

function firstError(errors: FieldErrors, prefix: string): string | undefined {
  return Object.entries(errors).find(([k]) => k.startsWith(prefix))?.[1];
}

type Draft = Omit<Commitment, 'id' | 'createdAt' | 'updatedAt'>;

function previewOf(
  draft: Draft,
  existing: Commitment | null,
  all: Commitment[],
  homeZone: string,
  clock: '12h' | '24h',
) {
  const empty = { home: undefined, summary: '', dst: [] as string[], overlaps: [] as string[] };
  const firstDay =
    draft.recurrence.kind === 'once' ? draft.recurrence.date : draft.recurrence.startDate;
  if (!isValidClock(draft.start) || !isValidDay(firstDay) || !(draft.durationMin > 0)) return empty;
  const full: Commitment = { ...draft, id: existing?.id ?? 'draft', createdAt: 0, updatedAt: 0 };
  if (draft.recurrence.kind === 'weekly' && draft.recurrence.weekdays.length === 0) return empty;
  const at = toInstant(firstDay, draft.start, draft.zone);
  const home = `= ${formatTime(at, homeZone, clock)} ${zoneCity(homeZone)} time (${formatLongDay(firstDay)})`;
  const dst = dstIssues(full, firstDay).map((issue) => issue.message);
  const range = {
    start: startOfDay(firstDay, draft.zone),
    end: startOfDay(addDays(firstDay, 182), draft.zone),
  };
  const overlaps = findOverlaps(full, all, range).map(
    (o) => `“${o.otherTitle}” on ${formatLongDay(dayOf(o.start, homeZone))}`,
  );
  return {
    home,
    summary: draft.recurrence.kind === 'weekly' ? describeRecurrence(full) : '',
    dst,
    overlaps,
  };
}
