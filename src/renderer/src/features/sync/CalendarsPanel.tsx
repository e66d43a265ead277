/**
 * The calendars screen: the calendar the plan is published to, the calendars read as busy time
 * (each with its "counts as work" switch), and calendars subscribed by address.
 */
import { useState } from 'react';
import type { SyncConfigInput, SyncStatus } from '../../../../core/bridge/sync-contract';
import type { FieldErrors } from '../../../../core/validate/fields';
import { PrimaryAction } from '../../components/Buttons';
import { Field, FieldError } from '../../components/Field';
import { RadioChoices } from '../../components/RadioChoices';
import {
  CREATED_CALENDAR_NAME,
  addSubscription,
  configToForm,
  formToConfig,
  type BusyChoice,
  type SyncConfigForm,
} from './sync-config-form';

type Props = {
  status: SyncStatus;
  busy: boolean;
  onSave: (config: SyncConfigInput) => Promise<boolean>;
};

/** The publish, busy and subscription choices, saved together. */
export function CalendarsPanel({ status, busy, onSave }: Props) {
  const [form, setForm] = useState<SyncConfigForm>(() => configToForm(status));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [sub, setSub] = useState({ url: '', name: '' });
  const [subErrors, setSubErrors] = useState<FieldErrors>({});
  const writable = status.calendars.filter((c) => c.writable);
  const readOnly = status.calendars.filter((c) => !c.writable);

  const setBusy = (url: string, patch: Partial<BusyChoice>) => {
    setSaved(false);
    setForm((f) => {
      const current = f.busy[url] ?? { on: false, countsAsWork: false };
      return { ...f, busy: { ...f.busy, [url]: { ...current, ...patch } } };
    });
  };

  async function save() {
    const checked = formToConfig(form, status.calendars);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setSaved(await onSave(checked.value));
  }

  function subscribe() {
    const next = addSubscription(form, sub, `sub-${crypto.randomUUID()}`);
    if (!next.ok) return setSubErrors(next.errors);
    setSubErrors({});
    setSub({ url: '', name: '' });
    setSaved(false);
    setForm(next.value);
  }

  return (
    <div className="stack">
      <fieldset className="field">
        <legend>Publish the plan to</legend>
        <RadioChoices
          name="sync-publish"
          labelClassName="check"
          options={[
            { value: 'create', label: `A new calendar, “${CREATED_CALENDAR_NAME}”` },
            ...writable.map((c) => ({
              value: c.url,
              label: <CalendarName name={c.displayName} color={c.color} />,
            })),
            { value: 'none', label: 'Do not publish' },
          ]}
          value={form.publish}
          onChange={(publish) => setForm((f) => ({ ...f, publish }))}
        />
        {readOnly.length > 0 ? (
          <p className="muted small" data-testid="sync-read-only">
            Read-only for this account, so the plan cannot go there:{' '}
            {readOnly.map((c) => c.displayName).join(', ')}. They can still be shown as busy time.
          </p>
        ) : null}
        <FieldError error={errors.publish} />
      </fieldset>
      <fieldset className="field">
        <legend>Show as busy time</legend>
        {status.calendars.length === 0 ? (
          <p className="muted small">The server has no other calendars for this account.</p>
        ) : null}
        <ul className="sync-calendar-list">
          {status.calendars.map((c) => {
            const choice = form.busy[c.url] ?? { on: false, countsAsWork: false };
            const own = c.url === form.publish;
            return (
              <li key={c.url}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={choice.on && !own}
                    disabled={own}
                    onChange={(e) => setBusy(c.url, { on: e.target.checked })}
                  />
                  <CalendarName name={c.displayName} color={c.color} />
                  {own ? <span className="muted small">(the plan is published here)</span> : null}
                  {c.writable ? null : <span className="muted small">(read-only)</span>}
                </label>
                <label className="check small">
                  <input
                    type="checkbox"
                    checked={choice.countsAsWork}
                    disabled={!choice.on || own}
                    aria-label={`${c.displayName} counts as work`}
                    onChange={(e) => setBusy(c.url, { countsAsWork: e.target.checked })}
                  />
                  Counts as work
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <fieldset className="field">
        <legend>Subscribed calendars</legend>
        <ul className="sync-calendar-list">
          {form.subscriptions.map((s) => (
            <li key={s.id}>
              <span className="sync-sub-name" title={s.url}>
                {s.name}
              </span>
              <label className="check small">
                <input
                  type="checkbox"
                  checked={s.countsAsWork}
                  aria-label={`${s.name} counts as work`}
                  onChange={(e) =>
                    setForm((f) => ({
                      ...f,
                      subscriptions: f.subscriptions.map((x) =>
                        x.id === s.id ? { ...x, countsAsWork: e.target.checked } : x,
                      ),
                    }))
                  }
                />
                Counts as work
              </label>
              <button
                type="button"
                className="button small"
                aria-label={`Remove ${s.name}`}
                onClick={() =>
                  setForm((f) => ({
                    ...f,
                    subscriptions: f.subscriptions.filter((x) => x.id !== s.id),
                  }))
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <div className="sync-subscribe">
          <Field
            label="Calendar address"
            error={subErrors.url}
            hint="A secret https:// or webcal:// address, such as Google Calendar's."
          >
            <input
              type="text"
              inputMode="url"
              spellCheck={false}
              value={sub.url}
              onChange={(e) => setSub((s) => ({ ...s, url: e.target.value }))}
            />
          </Field>
          <Field label="Name (optional)" error={subErrors.name}>
            <input
              type="text"
              value={sub.name}
              onChange={(e) => setSub((s) => ({ ...s, name: e.target.value }))}
            />
          </Field>
          <button type="button" className="button" onClick={subscribe}>
            Subscribe
          </button>
        </div>
      </fieldset>
      {saved ? (
        <div className="notice" role="status">
          Calendars saved.
        </div>
      ) : null}
      <PrimaryAction disabled={busy} run={() => void save()}>
        Save calendars
      </PrimaryAction>
    </div>
  );
}

/** A calendar's name with its colour dot. */
function CalendarName({ name, color }: { name: string; color: string | null }) {
  return (
    <span className="sync-calendar-name">
      <span className="dot" style={{ background: color ?? 'var(--muted)' }} aria-hidden />
      {name}
    </span>
  );
}
