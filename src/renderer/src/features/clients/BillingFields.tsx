/**
 * The client editor's billing fieldset: hourly or a monthly retainer, with the boxes each needs.
 */
import type { RadioOption } from '../../components/RadioChoices';
import { RadioGroup } from '../../components/RadioGroup';
import type { ReactNode } from 'react';
import type { FieldErrors } from '../../../../core/validate/fields';
import { NumberField } from '../../components/Field';
import type { BillingKind, ClientForm } from './client-form';

type Props = {
  form: ClientForm;
  set: (patch: Partial<ClientForm>) => void;
  errors: FieldErrors;
  /** After the amounts (the currency). */
  children: ReactNode;
};

const KINDS: readonly RadioOption<BillingKind>[] = [
  { value: 'hourly', label: 'Hourly' },
  { value: 'retainer', label: 'Monthly retainer' },
];

const RETAINER_FIELDS: readonly {
  key: 'fee' | 'included' | 'overage';
  path: string;
  label: string;
}[] = [
  { key: 'fee', path: 'billing.monthlyFee', label: 'Monthly fee' },
  { key: 'included', path: 'billing.includedHours', label: 'Included hours a month' },
  { key: 'overage', path: 'billing.overageRate', label: 'Rate beyond included hours' },
];

/** Billing kind and amounts. */
export function BillingFields({ form, set, errors, children }: Props) {
  return (
    <RadioGroup
      legend="Billing"
      className="field span-2"
      name="billing"
      options={KINDS}
      value={form.billingKind}
      onChange={(billingKind) => set({ billingKind })}
    >
      <div className="form-grid compact">
        {form.billingKind === 'hourly' ? (
          <NumberField
            label="Hourly rate"
            error={errors['billing.rate']}
            min="0"
            step="0.5"
            value={form.rate}
            onChange={(rate) => set({ rate })}
          />
        ) : (
          RETAINER_FIELDS.map(({ key, path, label }) => (
            <NumberField
              key={key}
              label={label}
              error={errors[path]}
              min="0"
              value={form[key]}
              onChange={(text) => set({ [key]: text })}
            />
          ))
        )}
        {children}
      </div>
    </RadioGroup>
  );
}
