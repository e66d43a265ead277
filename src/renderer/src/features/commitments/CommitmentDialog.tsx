/**
 * Create or edit a commitment in the client's zone, with the home-zone equivalent shown live,
 * DST dates that need a decision, and overlaps flagged (allowed, but said).
 */
import { useMemo, useState } from 'react';
import type { Commitment } from '../../../../core/types';
import { EditorShell } from '../../components/EditorShell';
import { Field, NumberField } from '../../components/Field';
import { StartDurationFields } from '../../components/StartDurationFields';
import { useRecordEditor } from '../../components/useEditor';
import { db } from '../../db/instance';
import type { PlannerData } from '../../planner-data';
import { deleteCommitment, saveCommitment } from '../../db/repo';
import { errorText, zoneCity } from '../../format';
import {
  COMMITMENT_FIELD_PATHS,
  checkCommitmentForm,
  commitmentPreview,
  commitmentToForm,
  formToCommitmentDraft,
  parseRepeat,
  selectableClients,
} from './commitment-form';
import { ClientField, KindField } from './CommitmentFields';
import { DeleteCommitment } from './DeleteCommitment';
import { MonthlyFields } from './MonthlyFields';
import { PreviewNotes } from './PreviewNotes';
import { WeekdayToggles } from './WeekdayToggles';
import './commitments.css';

type Props = Pick<PlannerData, 'settings' | 'clients' | 'commitments' | 'now'> & {
  commitment: Commitment | null;
  today: string;
  onClose: () => void;
};

/** The commitment editor dialog. */
export function CommitmentDialog(props: Props) {
  const { commitment: c, clients, now, onClose } = props;
  const { homeZone, clock } = props.settings;
  const { form, set, editor } = useRecordEditor(
    db.commitments,
    c,
    (record) => commitmentToForm(record, { clients, today: props.today }),
    { onClose, fieldPaths: COMMITMENT_FIELD_PATHS },
  );
  const [deleteProblem, setDeleteProblem] = useState<string | null>(null);
  const { errors } = editor;
  const context = useMemo(() => ({ existing: c, clients, homeZone }), [c, clients, homeZone]);
  const draft = useMemo(() => formToCommitmentDraft(form, context), [form, context]);
  const preview = useMemo(
    () => commitmentPreview(draft, c, props.commitments, { homeZone, clock }),
    [draft, c, props.commitments, homeZone, clock],
  );
  const zoneName = zoneCity(draft.zone);
  const weekly = form.repeat === 'weekly';
  const series = form.repeat !== 'once';

  function save() {
    editor.save(checkCommitmentForm(form, context), (checked, loadedAt) =>
      saveCommitment(db, checked, now, c && { id: c.id, loadedAt }),
    );
  }

  return (
    <EditorShell
      title={c ? 'Edit commitment' : 'New commitment'}
      testId="commitment-dialog"
      editor={editor}
      saveLabel="Save commitment"
      onSave={save}
      actions={
        c ? (
          <DeleteCommitment
            onDelete={() =>
              deleteCommitment(db, c.id).then(onClose, (error: unknown) =>
                setDeleteProblem(`The commitment could not be deleted: ${errorText(error)}`),
              )
            }
          />
        ) : null
      }
      notice={
        deleteProblem ? (
          <p className="notice critical" role="alert">
            {deleteProblem}
          </p>
        ) : null
      }
    >
      <ClientField
        clients={selectableClients(clients, c)}
        value={form.clientId}
        error={errors.clientId}
        onChange={(clientId) => set({ clientId })}
      />
      <Field
        label="Title"
        error={errors.title}
        hint={form.title.trim() === '' ? `Leave empty for “${draft.title}”` : undefined}
      >
        <input type="text" value={form.title} onChange={(e) => set({ title: e.target.value })} />
      </Field>
      <KindField value={form.kind} error={errors.kind} onChange={(kind) => set({ kind })} />
      <Field label="Repeats" error={errors['recurrence.kind']}>
        <select value={form.repeat} onChange={(e) => set({ repeat: parseRepeat(e.target.value) })}>
          <option value="weekly">Weekly</option>
          <option value="monthly">Monthly</option>
          <option value="once">Once</option>
        </select>
      </Field>
      {weekly ? (
        <WeekdayToggles
          legend={`On (in ${zoneName})`}
          days={form.weekdays}
          onChange={(weekdays) => set({ weekdays })}
          error={errors['recurrence.weekdays']}
        />
      ) : null}
      {form.repeat === 'monthly' ? <MonthlyFields form={form} set={set} errors={errors} /> : null}
      <StartDurationFields
        startLabel={`Start time (${zoneName})`}
        start={form.start}
        onStart={(start) => set({ start })}
        startError={errors.start}
        startHint={preview.home}
        duration={form.duration}
        onDuration={(duration) => set({ duration })}
        durationError={errors.durationMin}
        minDuration="5"
      />
      <Field
        label={series ? 'Starts on' : 'Date'}
        error={errors['recurrence.startDate'] ?? errors['recurrence.date']}
      >
        <input
          type="date"
          value={form.startDate}
          onChange={(e) => set({ startDate: e.target.value })}
        />
      </Field>
      {series ? (
        <>
          <Field label="Ends on (optional)" error={errors['recurrence.endDate']}>
            <input
              type="date"
              value={form.endDate}
              onChange={(e) => set({ endDate: e.target.value })}
            />
          </Field>
          <NumberField
            label="Ends after (number of times, optional)"
            error={errors['recurrence.count']}
            min="1"
            value={form.count}
            onChange={(count) => set({ count })}
          />
          <NumberField
            label={weekly ? 'Every N weeks' : 'Every N months'}
            error={errors['recurrence.interval']}
            min="1"
            max={weekly ? '52' : '60'}
            value={form.interval}
            onChange={(interval) => set({ interval })}
          />
          <Field label="Skip dates (yyyy-mm-dd, comma-separated)" error={errors.skippedDates}>
            <input
              type="text"
              value={form.skipped}
              onChange={(e) => set({ skipped: e.target.value })}
              placeholder="2026-12-25"
            />
          </Field>
        </>
      ) : null}
      <NumberField
        label="Reminder (minutes before)"
        error={errors.reminderLeadMin}
        hint={
          form.lead === '' ? `Default: ${props.settings.defaultReminderLeadMin} min` : undefined
        }
        min="0"
        value={form.lead}
        onChange={(lead) => set({ lead })}
      />
      <Field label="Notes" error={errors.notes}>
        <textarea rows={2} value={form.notes} onChange={(e) => set({ notes: e.target.value })} />
      </Field>
      <PreviewNotes preview={preview} />
    </EditorShell>
  );
}
