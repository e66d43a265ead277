/**
 * The connect screen: server address, user name and app password. The password box is
 * uncontrolled: its text is read once when the form is sent and the box is emptied as soon as
 * the shell answers, so the password never sits in React state.
 */
import { useRef, useState } from 'react';
import type { SyncAccountInput, SyncStatus } from '../../../../core/bridge/sync-contract';
import type { FieldErrors } from '../../../../core/validate/fields';
import { Field } from '../../components/Field';
import { focusFirstInvalid } from '../../components/FormErrors';
import { CALDAV_SERVERS, formToAccount } from './sync-account-form';

type Props = {
  busy: boolean;
  /** Sends the account; resolves to the new status or why not. */
  onConnect: (
    input: SyncAccountInput,
  ) => Promise<{ ok: true; status: SyncStatus } | { ok: false; error: string }>;
};

/** The form that connects a CalDAV account. */
export function ConnectPanel({ busy, onConnect }: Props) {
  const [serverUrl, setServerUrl] = useState('');
  const [username, setUsername] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const password = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);

  async function submit() {
    const box = password.current;
    const checked = formToAccount({ serverUrl, username, password: box?.value ?? '' });
    setRefusal(null);
    if (!checked.ok) {
      setErrors(checked.errors);
      focusFirstInvalid(form.current);
      return;
    }
    setErrors({});
    const answer = await onConnect(checked.value);
    if (box) box.value = '';
    if (!answer.ok) setRefusal(answer.error);
  }

  return (
    <form
      ref={form}
      className="stack"
      noValidate
      aria-label="Connect a calendar account"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p className="muted">
        Publish your plan to a calendar on your server, so every device shows it, and see your other
        calendars as busy time. Servers that speak CalDAV: {CALDAV_SERVERS.join(', ')}.
      </p>
      {refusal ? (
        <div className="notice critical" role="alert" data-testid="connect-refused">
          {refusal}
        </div>
      ) : null}
      <Field
        label="Server address"
        error={errors.serverUrl}
        hint="Your provider's CalDAV address, starting with https://."
      >
        <input
          type="text"
          inputMode="url"
          value={serverUrl}
          autoComplete="url"
          spellCheck={false}
          placeholder="https://cloud.example.com/remote.php/dav"
          onChange={(e) => setServerUrl(e.target.value)}
        />
      </Field>
      <Field label="User name" error={errors.username}>
        <input
          type="text"
          value={username}
          autoComplete="username"
          spellCheck={false}
          onChange={(e) => setUsername(e.target.value)}
        />
      </Field>
      <Field
        label="App password"
        error={errors.password}
        hint="Make one in your server's security settings. It is kept encrypted by the desktop app, never in the planner's data."
      >
        <input
          ref={password}
          className="control"
          type="password"
          autoComplete="off"
          defaultValue=""
        />
      </Field>
      <div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Connecting…' : 'Connect'}
        </button>
      </div>
    </form>
  );
}
