/**
 * Create or edit a client: name, colour, zone, weekly availability in the client's zone, billing,
 * currency, notes. Every invalid field shows its error at once and nothing is saved until the
 * whole form is valid.
 */
import { formatOffset, isValidZone, offsetMinutes } from '../../../../core/time';
import type { Client } from '../../../../core/types';
import { ColourField } from '../../components/ColourField';
import { CurrencyField } from '../../components/CurrencyField';
import { EditorShell } from '../../components/EditorShell';
import { Field } from '../../components/Field';
import { useRecordEditor } from '../../components/useEditor';
import { WeekdayHoursTable } from '../../components/WeekdayHoursTable';
import { patchRow, rowErrors } from '../../components/weekday-rows';
import { ZonePicker } from '../../components/ZonePicker';
import { db } from '../../db/instance';
import { saveClient } from '../../db/repo';
import type { PlannerData } from '../../planner-data';
import { clientTimeOff } from '../../../../core/time-off';
import { BillingFields } from './BillingFields';
import { TimeOffSection } from './TimeOffSection';
import { CLIENT_FIELD_PATHS, checkClientForm, clientToForm } from './client-form';

type Props = Pick<PlannerData, 'settings' | 'clients' | 'timeOff' | 'now'> & {
  client: Client | null;
  onClose: () => void;
};

/** The client editor dialog. */
export function ClientEditorDialog({ client, settings, clients, timeOff, now, onClose }: Props) {
  const defaultCurrency = settings.currency;
  // A new client starts with the first colour no other client uses.
  const usedColors = clients.map((c) => c.color);
  const { form, set, editor } = useRecordEditor(
    db.clients,
    client,
    (c) => clientToForm(c, { defaultCurrency, usedColors }),
    { onClose, fieldPaths: CLIENT_FIELD_PATHS },
  );
  const { errors } = editor;
  const zone = form.zone.trim();

  function save() {
    editor.save(checkClientForm(form), (draft, loadedAt) =>
      saveClient(db, draft, now, client && { id: client.id, loadedAt }),
    );
  }

  return (
    <EditorShell
      title={client ? `Edit ${client.name}` : 'New client'}
      testId="client-dialog"
      editor={editor}
      saveLabel="Save client"
      onSave={save}
    >
      <Field label="Name" error={errors.name}>
        <input
          type="text"
          value={form.name}
          onChange={(e) => set({ name: e.target.value })}
          autoFocus
        />
      </Field>
      <Field
        label="Time zone"
        error={errors.zone}
        hint={
          isValidZone(zone)
            ? `Now ${formatOffset(offsetMinutes(zone, now))}`
            : 'Search by city, e.g. New York'
        }
      >
        <ZonePicker value={form.zone} onChange={(z) => set({ zone: z })} now={now} />
      </Field>
      <ColourField
        value={form.color}
        onChange={(color) => set({ color })}
        error={errors.color}
        wide
      />
      <WeekdayHoursTable
        legend="Availability in the client's time zone"
        rows={form.rows}
        onChange={(weekday, patch) => set({ rows: patchRow(form.rows, weekday, patch) })}
        errors={rowErrors(errors, 'availability', form.rows)}
        tableError={errors.availability}
      />
      <BillingFields form={form} set={set} errors={errors}>
        <CurrencyField
          value={form.currency}
          onChange={(currency) => set({ currency })}
          error={errors.currency}
        />
      </BillingFields>
      {client ? (
        <TimeOffSection
          legend="Away"
          hint={`Days ${client.name} is away (holidays, vacation), in their time zone: no availability or availability reminders then, and work with them is flagged.`}
          owner={{ kind: 'client', clientId: client.id }}
          stored={clientTimeOff(timeOff, client.id)}
          zone={client.zone}
          now={now}
        />
      ) : null}
      <Field label="Notes" error={errors.notes}>
        <textarea rows={2} value={form.notes} onChange={(e) => set({ notes: e.target.value })} />
      </Field>
      {client ? (
        <label className="check">
          <input
            type="checkbox"
            checked={form.archived}
            onChange={(e) => set({ archived: e.target.checked })}
          />
          Archived (hidden from the week, kept for history)
        </label>
      ) : null}
    </EditorShell>
  );
}
