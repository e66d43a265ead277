/**
 * What became of one past occurrence of client work: done as planned, done with its actual
 * minutes, missed, or not marked. Opened from its block once the work has started; the
 * commitment itself stays one button away. The form's rules live in outcome-form.ts.
 */
import type { RadioOption } from '../../components/RadioChoices';
import { RadioGroup } from '../../components/RadioGroup';
import { useState } from 'react';
import { dayOf } from '../../../../core/time';
import type { Client, Occurrence, Settings, WorkRecord } from '../../../../core/types';
import { EditorShell } from '../../components/EditorShell';
import { MinutesWorkedField } from './MinutesWorkedField';
import { useEditor } from '../../components/useEditor';
import { db } from '../../db/instance';
import { clearWorkRecord, saveWorkRecord } from '../../db/work-records';
import { formatDuration, formatLongDay, formatTime, zoneCity } from '../../format';
import {
  outcomeFormOf,
  readOutcomeForm,
  type OutcomeChoice,
  type OutcomeValue,
} from './outcome-form';
import './outcome.css';

type Props = {
  occurrence: Occurrence;
  client: Client | undefined;
  record: WorkRecord | undefined;
  settings: Settings;
  now: number;
  onEditCommitment: () => void;
  onClose: () => void;
};

const CHOICES: readonly RadioOption<OutcomeChoice>[] = [
  { value: 'planned', label: 'Done as planned' },
  { value: 'actual', label: 'Done, with the minutes worked' },
  { value: 'missed', label: 'Missed' },
  { value: 'none', label: 'Not marked' },
];

// useEditor checks a write against the change time it loaded; an occurrence not marked yet has
// none, which this stands for (a real change time is never negative).
const UNMARKED = -1;

/** The occurrence's done / missed dialog. */
export function OutcomeDialog(props: Props) {
  const { occurrence: o, client, record, settings, now, onClose } = props;
  const [form, setForm] = useState(() => outcomeFormOf(record));
  const editor = useEditor({
    onClose,
    fieldPaths: ['choice', 'minutes'],
    loadedAt: record?.updatedAt ?? UNMARKED,
  });
  const zone = settings.homeZone;
  const home = `${formatTime(o.start, zone, settings.clock)}–${formatTime(o.end, zone, settings.clock)}`;
  const theirs = `${formatTime(o.start, o.wall.zone, settings.clock)} ${zoneCity(o.wall.zone)}`;
  const write = (value: OutcomeValue, at: number | undefined) => {
    if (value === null) return clearWorkRecord(db, o.id);
    const draft = { id: o.id, commitmentId: o.commitmentId, ...value };
    return saveWorkRecord(db, draft, now, at === UNMARKED ? null : at);
  };
  return (
    <EditorShell
      title={o.title}
      testId="outcome-dialog"
      editor={editor}
      saveLabel="Save"
      onSave={() => editor.save(readOutcomeForm(form, { start: o.start, now }), write)}
      wide={false}
      formClassName="form-stack"
      actions={
        <button type="button" className="button nowrap" onClick={props.onEditCommitment}>
          Edit commitment…
        </button>
      }
    >
      <p>
        <strong>
          {formatLongDay(dayOf(o.start, zone))}, {home}
        </strong>{' '}
        ({formatDuration((o.end - o.start) / 60_000)} planned, {theirs}) with{' '}
        {client?.name ?? 'a client'}
      </p>
      <RadioGroup
        legend="What happened?"
        optionsClassName="outcome-choices"
        name="outcome"
        options={CHOICES}
        value={form.choice}
        error={editor.errors['choice']}
        onChange={(choice) => setForm((f) => ({ ...f, choice }))}
      />
      {form.choice === 'actual' ? (
        <MinutesWorkedField
          error={editor.errors['minutes']}
          value={form.minutes}
          onChange={(minutes) => setForm((f) => ({ ...f, minutes }))}
        />
      ) : null}
    </EditorShell>
  );
}
