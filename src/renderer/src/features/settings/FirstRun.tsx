/**
 * The first-run screen: confirm the home zone (the system's by default), then load the sample
 * week from DOMAIN.md or start empty.
 */
import { useState } from 'react';
import { isValidZone } from '../../../../core/time';
import { Field } from '../../components/Field';
import { ZonePicker } from '../../components/ZonePicker';
import { db } from '../../db/instance';
import { startPlanner } from './start';

type Props = { now: number };

function systemZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isValidZone(zone) ? zone : 'UTC';
}

/** Welcome screen shown until the user has chosen how to start. */
export function FirstRun({ now }: Props) {
  const [busy, setBusy] = useState(false);
  const [zone, setZone] = useState(systemZone);
  const [error, setError] = useState<string | undefined>();

  async function start(withSample: boolean) {
    if (!isValidZone(zone)) {
      setError(`“${zone}” is not a time zone this computer knows. Pick one from the list.`);
      return;
    }
    setBusy(true);
    const problem = await startPlanner(db, zone, withSample, now);
    setBusy(false);
    setError(problem ?? undefined);
  }

  return (
    <main className="first-run">
      <section className="first-run-card" aria-labelledby="welcome-title">
        <div className="brand-mark" aria-hidden>
          ◷
        </div>
        <h1 id="welcome-title">Welcome to Hybrid Planner</h1>
        <p className="lead">
          Plan client work across time zones, fill the gaps with microtasks, and keep an eye on the
          hours. Everything stays on this computer.
        </p>
        <Field
          label="Your home time zone"
          error={error}
          hint="The week is shown in this zone. It defaults to this computer's zone."
        >
          <ZonePicker value={zone} onChange={setZone} now={now} />
        </Field>
        <div className="first-run-actions">
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => void start(false)}
          >
            Start empty
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void start(true)}>
            Load a sample week
          </button>
        </div>
        <p className="muted small">
          The sample week is a virtual assistant in Manila with clients in New York, London and
          Sydney, plus four microtask platforms.
        </p>
      </section>
    </main>
  );
}
