/**
 * One occurrence of a repeating commitment: its day, time, length and notes, changed for this
 * one, this and the following ones (the series splits), or all; skipped on its own; or the
 * whole series opened in its editor. Every save is told to the week's undo history.
 */
import { RadioChoices, type RadioOption } from '../../components/RadioChoices';
import { useState } from 'react';
import { describeRecurrence } from '../../../../core/recurrence';
import { dayOf, isValidClock, isValidDay, toInstant } from '../../../../core/time';
import type { CalendarDay, Commitment } from '../../../../core/types';
import { EditorShell } from '../../components/EditorShell';
import { Field } from '../../components/Field';
import { StartDurationFields } from '../../components/StartDurationFields';
import { useEditor } from '../../components/useEditor';
import { useFormState } from '../../components/useFormState';
import { db } from '../../db/instance';
import { formatLongDay, formatTime, zoneCity } from '../../format';
import type { Change } from '../week/undo-history';
import type { WeekOp } from '../week/week-undo';
import {
  OCCURRENCE_FIELD_PATHS,
  checkOccurrenceForm,
  occurrenceToForm,
  skipWrite,
  type OccurrenceScope,
} from './occurrence-form';
import { saveOccurrence } from './occurrence-save';
import './commitments.css';

type Props = {
  commitment: Commitment;
  /** The rule day of the occurrence opened (commitment zone). */
  date: CalendarDay;
  homeZone: string;
  clock: '12h' | '24h';
  now: number;
  onChange: (change: Change<WeekOp>) => void;
  onEditSeries: () => void;
  onClose: () => void;
};

const SCOPES: readonly (RadioOption<OccurrenceScope> & { save: string })[] = [
  { value: 'this', label: 'This one', save: 'Save this one' },
  { value: 'following', label: 'This and following', save: 'Save this and following' },
  { value: 'all', label: 'All', save: 'Save all' },
];

/** The occurrence dialog. */
export function OccurrenceDialog(props: Props) {
  const { commitment: c, date, homeZone, clock, now, onChange, onClose } = props;
  const { form, set } = useFormState(() => occurrenceToForm(c, date));
  const [newId] = useState(() => crypto.randomUUID());
  const editor = useEditor({ onClose, fieldPaths: OCCURRENCE_FIELD_PATHS, loadedAt: c.updatedAt });
  const { errors } = editor;
  const zoneName = zoneCity(c.zone);
  const scope = SCOPES.find((s) => s.value === form.scope) ?? SCOPES[0];
  const home =
    isValidDay(form.date) && isValidClock(form.time)
      ? homeTime(toInstant(form.date, form.time, c.zone), homeZone, clock)
      : undefined;
  const done = (change: Change<WeekOp>) => {
    onChange(change);
    onClose();
  };

  function save() {
    const label =
      form.scope === 'this'
        ? `Changed one ${c.title}`
        : form.scope === 'following'
          ? `Changed ${c.title} from ${formatLongDay(date)}`
          : `Changed every ${c.title}`;
    editor.save(
      checkOccurrenceForm(form, c, date, newId),
      (write, loadedAt) => saveOccurrence(db, c, write, now, label, loadedAt),
      done,
    );
  }

  function skip() {
    const label = `Skipped ${c.title} on ${formatLongDay(date)}`;
    editor.run((loadedAt) => saveOccurrence(db, c, skipWrite(c, date), now, label, loadedAt), done);
  }

  return (
    <EditorShell
      title={c.title}
      testId="occurrence-dialog"
      editor={editor}
      saveLabel={scope?.save ?? 'Save'}
      onSave={save}
      // Wide enough for its four footer buttons on one line.
      formClassName="form-grid single-column"
      actions={
        <button type="button" className="button ghost-danger" onClick={skip}>
          Skip this one
        </button>
      }
      secondary={
        <button type="button" className="button" onClick={props.onEditSeries}>
          Edit the series…
        </button>
      }
    >
      <p className="dialog-lead muted">
        {formatLongDay(date)} · {describeRecurrence(c)}
      </p>
      <fieldset className="choice-row">
        <legend>Change</legend>
        <RadioChoices
          name="occurrence-scope"
          options={SCOPES}
          value={form.scope}
          onChange={(scope) => set({ scope })}
        />
      </fieldset>
      <Field label={`Date (${zoneName})`} error={errors.date}>
        <input
          type="date"
          value={form.date}
          disabled={form.scope !== 'this'}
          onChange={(e) => set({ date: e.target.value })}
        />
      </Field>
      <StartDurationFields
        startLabel={`Start time (${zoneName})`}
        start={form.time}
        onStart={(time) => set({ time })}
        startError={errors.time}
        startHint={home}
        duration={form.duration}
        onDuration={(duration) => set({ duration })}
        durationError={errors.duration}
        minDuration="1"
      />
      <Field label="Notes" error={errors.notes}>
        <textarea rows={2} value={form.notes} onChange={(e) => set({ notes: e.target.value })} />
      </Field>
    </EditorShell>
  );
}

function homeTime(at: number, zone: string, clock: '12h' | '24h'): string {
  return `${formatLongDay(dayOf(at, zone))}, ${formatTime(at, zone, clock)} your time`;
}
