/**
 * The client editor's form state and its pure conversions: from a stored client (or the defaults
 * for a new one) to the form, and from the form to a checked draft. The check is the core's
 * `validateClient`, which reads every field, so a refused save reports each invalid field at once.
 */
import type { Client } from '../../../../core/types';
import type { Validation } from '../../../../core/validate/fields';
import { validateClient, type ClientDraft } from '../../../../core/validate/records';
import { parseNumber } from '../../components/form-values';
import { rowsFromWindows, rowsToWindows, type DayRow } from '../../components/weekday-rows';
import { PALETTE } from '../../ui-constants';

export type BillingKind = Client['billing']['kind'];

export type ClientForm = {
  name: string;
  color: string;
  zone: string;
  rows: DayRow[];
  billingKind: BillingKind;
  /** Hourly rate as typed. */
  rate: string;
  /** Retainer: monthly fee, included hours and the rate beyond them, as typed. */
  fee: string;
  included: string;
  overage: string;
  currency: string;
  notes: string;
  archived: boolean;
};

/** Where the editor shows each error inline: every path `validateClient` reports starts so. */
export const CLIENT_FIELD_PATHS = [
  'name',
  'color',
  'zone',
  'availability',
  'billing',
  'currency',
  'notes',
  'archived',
] as const;

const DEFAULT_TIMES = { start: '09:00', end: '17:00' };

// What a new client's billing boxes hold, and what the other kind's boxes hold when editing.
const BLANK_BILLING = { rate: '30', fee: '800', included: '20', overage: '40' };

/** Seven rows; a new client works weekdays 09:00–17:00 in their zone, the most common hours. */
function rowsFor(client: Client | null): DayRow[] {
  if (client) return rowsFromWindows(client.availability, DEFAULT_TIMES);
  return Array.from({ length: 7 }, (_, weekday) => ({
    on: weekday >= 1 && weekday <= 5,
    ...DEFAULT_TIMES,
  }));
}

/** The form for an existing client, or a new one in the first colour no other client uses. */
export function clientToForm(
  client: Client | null,
  options: { defaultCurrency: string; usedColors?: readonly string[] },
): ClientForm {
  const billing = client?.billing;
  const freeColor = PALETTE.find((c) => !options.usedColors?.includes(c)) ?? PALETTE[0];
  return {
    name: client?.name ?? '',
    color: client?.color ?? freeColor,
    zone: client?.zone ?? '',
    rows: rowsFor(client),
    billingKind: billing?.kind ?? 'hourly',
    ...BLANK_BILLING,
    ...(billing?.kind === 'hourly' ? { rate: String(billing.rate) } : {}),
    ...(billing?.kind === 'retainer'
      ? {
          fee: String(billing.monthlyFee),
          included: String(billing.includedHours),
          overage: String(billing.overageRate),
        }
      : {}),
    currency: client?.currency ?? options.defaultCurrency,
    notes: client?.notes ?? '',
    archived: client?.archived ?? false,
  };
}

/** The draft the validator checks: nothing is trusted from the form. */
export function formToClientDraft(form: ClientForm): Record<string, unknown> {
  return {
    name: form.name,
    color: form.color,
    zone: form.zone.trim(),
    availability: rowsToWindows(form.rows),
    billing:
      form.billingKind === 'hourly'
        ? { kind: 'hourly', rate: parseNumber(form.rate) }
        : {
            kind: 'retainer',
            monthlyFee: parseNumber(form.fee),
            includedHours: parseNumber(form.included),
            overageRate: parseNumber(form.overage),
          },
    currency: form.currency,
    notes: form.notes,
    archived: form.archived,
  };
}

/** The client the form describes, or every field's error at once. */
export function checkClientForm(form: ClientForm): Validation<ClientDraft> {
  return validateClient(formToClientDraft(form));
}
