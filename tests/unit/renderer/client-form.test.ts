import { describe, expect, it } from 'vitest';
import type { Client } from '../../../src/core/types';
import { validateClient } from '../../../src/core/validate/records';
import { errorsOutside } from '../../../src/renderer/src/components/FormErrors';
import {
  CLIENT_FIELD_PATHS,
  checkClientForm,
  clientToForm,
  formToClientDraft,
  type ClientForm,
} from '../../../src/renderer/src/features/clients/client-form';
import { patchRow } from '../../../src/renderer/src/components/weekday-rows';
import { PALETTE } from '../../../src/renderer/src/ui-constants';

const options = { defaultCurrency: 'EUR' };

const stored: Client = {
  id: 'c1',
  name: 'Harbour',
  color: '#0f766e',
  zone: 'Australia/Sydney',
  availability: [
    { weekday: 1, start: '09:00', end: '12:00' },
    { weekday: 3, start: '10:00', end: '24:00' },
  ],
  billing: { kind: 'retainer', monthlyFee: 1200, includedHours: 25, overageRate: 55 },
  currency: 'AUD',
  notes: 'Prefers mornings',
  archived: true,
  createdAt: 1,
  updatedAt: 2,
};

function errorsOf(form: ClientForm): Record<string, string> {
  const checked = checkClientForm(form);
  if (checked.ok) throw new Error('expected the form to be refused');
  return checked.errors;
}

function validNew(): ClientForm {
  return { ...clientToForm(null, options), name: 'Acme', zone: 'Europe/London' };
}

describe('client form', () => {
  it('starts a new client on weekdays 09:00–17:00, hourly, in the default currency', () => {
    const form = clientToForm(null, options);
    expect(form.rows.map((r) => r.on)).toEqual([false, true, true, true, true, true, false]);
    expect(form).toMatchObject({ billingKind: 'hourly', rate: '30', currency: 'EUR', zone: '' });
  });

  it('gives a new client the first colour no other client uses', () => {
    const form = clientToForm(null, { ...options, usedColors: [PALETTE[0], PALETTE[1]] });
    expect(form.color).toBe(PALETTE[2]);
  });

  it('saves a new client with the defaults filled in', () => {
    const checked = checkClientForm(validNew());
    expect(checked.ok && checked.value).toMatchObject({
      name: 'Acme',
      zone: 'Europe/London',
      billing: { kind: 'hourly', rate: 30 },
      availability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
    });
  });

  it('round-trips a stored client, retainer, midnight end and archive flag included', () => {
    const checked = checkClientForm(clientToForm(stored, options));
    const { id: _id, createdAt: _c, updatedAt: _u, ...expected } = stored;
    expect(checked.ok && checked.value).toEqual(expected);
  });

  it('reports every invalid field at once: three bad fields, three messages', () => {
    const errors = errorsOf({ ...validNew(), name: '  ', zone: 'Atlantis/Capital', rate: '-5' });
    expect(Object.keys(errors).sort()).toEqual(['billing.rate', 'name', 'zone']);
    expect(errors.name).toBe('Name cannot be empty.');
    expect(errors.zone).toContain('“Atlantis/Capital” is not a time zone');
    expect(errors['billing.rate']).toBe('Hourly rate cannot be negative.');
  });

  it('refuses a blank rate as not a number, not as zero', () => {
    expect(errorsOf({ ...validNew(), rate: ' ' })['billing.rate']).toBe(
      'Hourly rate must be a number.',
    );
  });

  it('checks only the amounts of the billing kind chosen', () => {
    const form = { ...validNew(), billingKind: 'retainer' as const, rate: 'junk', fee: '' };
    expect(Object.keys(errorsOf(form))).toEqual(['billing.monthlyFee']);
  });

  it('has a field on the form for every error the validator can give it', () => {
    // A draft wrong in every way the validator reads: each error lands under a shown path.
    const broken = {
      ...formToClientDraft(validNew()),
      name: 7,
      color: 'red',
      zone: '',
      availability: [{ weekday: 9, start: 'x', end: 'y' }],
      billing: { kind: 'barter' },
      currency: 'EURO',
      notes: 3,
      archived: 'yes',
    };
    const checked = validateClient(broken);
    if (checked.ok) throw new Error('expected the draft to be refused');
    expect(Object.keys(checked.errors).length).toBeGreaterThanOrEqual(8);
    expect(errorsOutside(checked.errors, CLIENT_FIELD_PATHS)).toEqual([]);
  });
});

describe('errors outside the form', () => {
  it('lists only the messages whose path no field covers', () => {
    const errors = { name: 'a', 'billing.rate': 'b', billingX: 'c', '': 'd', 'moved.0.date': 'e' };
    expect(errorsOutside(errors, ['name', 'billing'])).toEqual(['c', 'd', 'e']);
  });
});

describe('weekday rows', () => {
  it('patches one weekday row and leaves the others as they were', () => {
    const rows = clientToForm(null, options).rows;
    const next = patchRow(rows, 3, { start: '10:00' });
    expect(next[3]).toEqual({ on: true, start: '10:00', end: '17:00' });
    expect(next.filter((_, i) => i !== 3)).toEqual(rows.filter((_, i) => i !== 3));
    expect(rows[3]?.start).toBe('09:00');
  });
});
