/**
 * What to create on a span sketched in the grid: a microtask session (with its platform) or a
 * one-off commitment (with its client, title and kind). Saved through the validated writes and
 * told to the undo history; what was typed stays when the save fails.
 */
import { RecordSelect } from '../../components/RecordSelect';
import type { PlannerData } from '../../planner-data';
import { RadioChoices, type RadioOption } from '../../components/RadioChoices';
import { dayOf } from '../../../../core/time';
import { EditorShell } from '../../components/EditorShell';
import { Field } from '../../components/Field';
import { StartDurationFields } from '../../components/StartDurationFields';
import { useEditor } from '../../components/useEditor';
import { useFormState } from '../../components/useFormState';
import { db } from '../../db/instance';
import { saveCommitment, saveSessions } from '../../db/repo';
import { formatDuration, formatLongDay, formatTime, zoneCity } from '../../format';
import { ClientField, KindField } from '../commitments/CommitmentFields';
import {
  CREATE_FIELD_PATHS,
  checkCreateForm,
  createChoices,
  createTitle,
  formSpan,
  initialCreateForm,
  type CreateDraft,
  type CreateSpan,
  type CreateWhat,
} from './create-form';
import type { Change } from './undo-history';
import type { WeekOp } from './week-undo';
import '../commitments/commitments.css';

const WHAT: readonly RadioOption<CreateWhat>[] = [
  { value: 'session', label: 'Microtask session' },
  { value: 'commitment', label: 'One-off commitment' },
];

type Props = Pick<PlannerData, 'platforms' | 'clients' | 'settings' | 'now'> & {
  span: CreateSpan;
  /** Told of the creation once it is saved, so it can be undone. */
  onChange: (change: Change<WeekOp>) => void;
  onClose: () => void;
};

/** Writes what the form made; resolves to the change that undoes it. */
async function write(checked: CreateDraft, now: number, label: string) {
  if (checked.what === 'session') {
    const result = await saveSessions(db, [{ draft: checked.draft }], now);
    if (!result.ok) {
      const errors = Object.entries(result.errors).map(([k, v]) => [k.replace(/^0\./, ''), v]);
      return { ...result, errors: Object.fromEntries(errors) };
    }
    const change: Change<WeekOp> = {
      label,
      undo: [{ kind: 'delete-sessions', ids: result.value.map((s) => s.id) }],
      redo: [{ kind: 'put-sessions', sessions: result.value }],
    };
    return { ok: true as const, value: change };
  }
  const result = await saveCommitment(db, checked.draft, now);
  if (!result.ok) return result;
  const change: Change<WeekOp> = {
    label,
    undo: [{ kind: 'delete-commitment', id: result.value.id }],
    redo: [{ kind: 'put-commitment', commitment: result.value }],
  };
  return { ok: true as const, value: change };
}

/** The dialog that creates a session or a one-off commitment on a sketched span. */
export function CreateDialog(props: Props) {
  const { span, settings, now, onChange, onClose } = props;
  const zone = settings.homeZone;
  const context = { platforms: props.platforms, clients: props.clients, zone };
  const { platforms, clients } = createChoices(context);
  const { form, set } = useFormState(() => initialCreateForm(context, span));
  const editor = useEditor({ onClose, fieldPaths: CREATE_FIELD_PATHS });
  const { errors } = editor;
  const timed = formSpan(form, span, zone);
  const shown = timed.ok ? timed.value : span;
  const when = `${formatLongDay(dayOf(shown.start, zone))}, ${formatTime(shown.start, zone, settings.clock)}–${formatTime(shown.end, zone, settings.clock)} (${formatDuration((shown.end - shown.start) / 60_000)})`;
  const client = clients.find((c) => c.id === form.clientId);
  const platform = platforms.find((p) => p.id === form.platformId);

  function save() {
    const label =
      form.what === 'session'
        ? `Created ${platform?.name ?? 'a'} session`
        : `Created ${createTitle(form, clients)}`;
    editor.save(
      checkCreateForm(form, span, context),
      (checked) => write(checked, now, label),
      (change) => {
        onChange(change);
        onClose();
      },
    );
  }

  return (
    <EditorShell
      title="New block"
      testId="create-dialog"
      editor={editor}
      saveLabel={form.what === 'session' ? 'Create session' : 'Create commitment'}
      onSave={save}
      wide={false}
      formClassName="form-grid single-column"
    >
      <p className="dialog-lead">
        <strong>{when}</strong>
      </p>
      <fieldset className="choice-row">
        <legend>Create</legend>
        <RadioChoices
          name="create-what"
          options={WHAT}
          value={form.what}
          // The dialog opens on its choice, not on its Close button.
          autoFocus
          onChange={(what) => set({ what })}
        />
      </fieldset>
      <div className="field-pair">
        <StartDurationFields
          startLabel={`Start (${zoneCity(zone)})`}
          start={form.time}
          onStart={(time) => set({ time })}
          startError={errors.time}
          duration={form.duration}
          onDuration={(duration) => set({ duration })}
          durationError={errors.duration}
          minDuration="5"
        />
      </div>
      {form.what === 'session' ? (
        <RecordSelect
          label="Platform"
          records={platforms}
          name={(p) => p.name}
          empty="Add a platform first"
          value={form.platformId}
          error={errors.platformId}
          onChange={(platformId) => set({ platformId })}
        />
      ) : (
        <>
          <ClientField
            clients={clients}
            value={form.clientId}
            error={errors.clientId}
            hint={client ? `Saved in ${zoneCity(client.zone)} time` : undefined}
            onChange={(clientId) => set({ clientId })}
          />
          <Field
            label="Title"
            error={errors.title}
            hint={
              form.title.trim() === '' && client
                ? `Leave empty for “${createTitle(form, clients)}”`
                : undefined
            }
          >
            <input
              type="text"
              value={form.title}
              onChange={(e) => set({ title: e.target.value })}
            />
          </Field>
          <KindField value={form.kind} error={errors.kind} onChange={(kind) => set({ kind })} />
        </>
      )}
    </EditorShell>
  );
}
