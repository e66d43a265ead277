/**
 * Create or edit a client: name, colour, zone, weekly availability in the client's zone, billing,
 * currency, notes. Errors show inline and nothing is saved until the whole form is valid.
 */
import { useState } from 'react';
import { formatOffset, isValidZone, offsetMinutes } from '../../../../core/time';
import type { Client, Weekday } from '../../../../core/types';
import type { FieldErrors } from '../../../../core/validate/fields';
import { Dialog } from '../../components/Dialog';
import { SaveCancel } from '../../components/EditorButtons';
import { WeekdayHoursTable } from '../../components/WeekdayHoursTable';
import {
  rowErrors,
  rowsFromWindows,
  rowsToWindows,
  type DayRow,
} from '../../components/weekday-rows';
import { Field, FieldError } from '../../components/Field';
import { ZonePicker } from '../../components/ZonePicker';
import { db } from '../../db/instance';
import { saveClient } from '../../db/repo';
import { CURRENCIES, PALETTE } from '../../ui-constants';

type Props = {
  client: Client | null;
  now: number;
  defaultCurrency: string;
  onClose: () => void;
  onSaved?: (c: Client) => void;
  /** Colours other clients use: a new client starts with the first free one. */
  usedColors?: readonly string[];
};

function rowsFor(client: Client | null): DayRow[] {
  if (client) return rowsFromWindows(client.availability, { start: '09:00', end: '17:00' });
  // A new client: weekdays 09:00–17:00 in their zone, the most common business hours.
  return Array.from({ length: 7 }, (_, weekday) => ({
    on: weekday >= 1 && weekday <= 5,
    start: '09:00',
    end: '17:00',
  }));
}

/** The client editor dialog. */
export function ClientEditorDialog({
  client,
  now,
  defaultCurrency,
  onClose,
  onSaved,
  usedColors,
}: Props) {
  const [name, setName] = useState(client?.name ?? '');
  const [color, setColor] = useState<string>(
    () => client?.color ?? PALETTE.find((c) => !usedColors?.includes(c)) ?? PALETTE[0],
  );
  const [zone, setZone] = useState(client?.zone ?? '');
  const [rows, setRows] = useState<DayRow[]>(() => rowsFor(client));
  const [billingKind, setBillingKind] = useState(client?.billing.kind ?? 'hourly');
  const [rate, setRate] = useState(
    client?.billing.kind === 'hourly' ? String(client.billing.rate) : '30',
  );
  const [fee, setFee] = useState(
    client?.billing.kind === 'retainer' ? String(client.billing.monthlyFee) : '800',
  );
  const [included, setIncluded] = useState(
    client?.billing.kind === 'retainer' ? String(client.billing.includedHours) : '20',
  );
  const [overage, setOverage] = useState(
    client?.billing.kind === 'retainer' ? String(client.billing.overageRate) : '40',
  );
  const [currency, setCurrency] = useState(client?.currency ?? defaultCurrency);
  const [notes, setNotes] = useState(client?.notes ?? '');
  const [archived, setArchived] = useState(client?.archived ?? false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

  async function save() {
    setSaving(true);
    const draft = {
      name,
      color,
      zone: zone.trim(),
      availability: rowsToWindows(rows),
      billing:
        billingKind === 'hourly'
          ? { kind: 'hourly', rate: num(rate) }
          : {
              kind: 'retainer',
              monthlyFee: num(fee),
              includedHours: num(included),
              overageRate: num(overage),
            },
      currency,
      notes,
      archived,
    };
    const result = await saveClient(db, draft, now, client?.id);
    setSaving(false);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    onSaved?.(result.value);
    onClose();
  }

  function setRow(weekday: Weekday, patch: Partial<DayRow>) {
    setRows((current) => current.map((row, i) => (i === weekday ? { ...row, ...patch } : row)));
  }

  return (
    <Dialog
      title={client ? `Edit ${client.name}` : 'New client'}
      onClose={onClose}
      wide
      testId="client-dialog"
      footer={
        <SaveCancel
          saveLabel="Save client"
          saving={saving}
          onSave={() => void save()}
          onCancel={onClose}
        />
      }
    >
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field label="Name" error={errors.name}>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
        </Field>
        <Field
          label="Time zone"
          error={errors.zone}
          hint={
            isValidZone(zone.trim())
              ? `Now ${formatOffset(offsetMinutes(zone.trim(), now))}`
              : 'Search by city, e.g. New York'
          }
        >
          <ZonePicker value={zone} onChange={setZone} now={now} />
        </Field>
        <fieldset className="field span-2">
          <legend>Colour</legend>
          <div className="swatches">
            {PALETTE.map((c) => (
              <button
                key={c}
                type="button"
                className={c === color ? 'swatch selected' : 'swatch'}
                style={{ background: c }}
                aria-label={`Colour ${c}`}
                aria-pressed={c === color}
                onClick={() => setColor(c)}
              />
            ))}
            <input
              type="color"
              aria-label="Custom colour"
              value={color}
              onChange={(e) => setColor(e.target.value)}
            />
          </div>
          <FieldError error={errors.color} />
        </fieldset>
        <WeekdayHoursTable
          legend="Availability in the client's time zone"
          rows={rows}
          onChange={setRow}
          errors={rowErrors(errors, 'availability', rows)}
          tableError={errors.availability}
        />
        <fieldset className="field span-2">
          <legend>Billing</legend>
          <div className="radio-row">
            <label className="check">
              <input
                type="radio"
                name="billing"
                checked={billingKind === 'hourly'}
                onChange={() => setBillingKind('hourly')}
              />
              Hourly
            </label>
            <label className="check">
              <input
                type="radio"
                name="billing"
                checked={billingKind === 'retainer'}
                onChange={() => setBillingKind('retainer')}
              />
              Monthly retainer
            </label>
          </div>
          <div className="form-grid compact">
            {billingKind === 'hourly' ? (
              <Field label="Hourly rate" error={errors['billing.rate']}>
                <input
                  type="number"
                  min="0"
                  step="0.5"
                  value={rate}
                  onChange={(e) => setRate(e.target.value)}
                />
              </Field>
            ) : (
              <>
                <Field label="Monthly fee" error={errors['billing.monthlyFee']}>
                  <input
                    type="number"
                    min="0"
                    value={fee}
                    onChange={(e) => setFee(e.target.value)}
                  />
                </Field>
                <Field label="Included hours a month" error={errors['billing.includedHours']}>
                  <input
                    type="number"
                    min="0"
                    value={included}
                    onChange={(e) => setIncluded(e.target.value)}
                  />
                </Field>
                <Field label="Rate beyond included hours" error={errors['billing.overageRate']}>
                  <input
                    type="number"
                    min="0"
                    value={overage}
                    onChange={(e) => setOverage(e.target.value)}
                  />
                </Field>
              </>
            )}
            <Field label="Currency" error={errors.currency}>
              <select value={currency} onChange={(e) => setCurrency(e.target.value)}>
                {CURRENCIES.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            </Field>
          </div>
        </fieldset>
        <Field label="Notes" error={errors.notes}>
          <textarea rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </Field>
        {client ? (
          <label className="check">
            <input
              type="checkbox"
              checked={archived}
              onChange={(e) => setArchived(e.target.checked)}
            />
            Archived (hidden from the week, kept for history)
          </label>
        ) : null}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
