/**
 * The root: shows the start-up state (opening, a database problem, or the data), the first-run
 * screen until the user has chosen how to start, then the planner.
 */
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { Planner } from './Planner';
import type { BootStore } from './db/boot';
import { DatabaseProblemScreen } from './features/data/DatabaseProblemScreen';
import { useNow } from './hooks/useNow';

// Only a new user sees the first-run screen (and needs the sample week's code).
const FirstRun = lazy(() =>
  import('./features/settings/FirstRun').then((m) => ({ default: m.FirstRun })),
);

/**
 * A status that says something only once waiting is long enough to notice: a fast start paints
 * nothing before the week (a loading message painted for a few milliseconds costs a full layout
 * and paint on the way to the week, and flickers).
 */
function Loading({ text }: { text: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), 300);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="loading" role="status">
      {shown ? text : null}
    </div>
  );
}

/** The root component, fed by the start-up store (see db/boot.ts). */
export function App({ boot }: { boot: BootStore }) {
  const state = useSyncExternalStore(boot.subscribe, boot.get);
  const now = useNow();
  if (state.kind === 'opening') return <Loading text="Opening your planner…" />;
  if (state.kind === 'problem') return <DatabaseProblemScreen problem={state.problem} />;
  const { data } = state;
  const { settings } = data;
  if (settings === null || !settings.onboarded) {
    return (
      <Suspense fallback={<Loading text="Loading…" />}>
        <FirstRun now={now} />
      </Suspense>
    );
  }
  return (
    <Planner
      settings={settings}
      clients={data.clients}
      commitments={data.commitments}
      platforms={data.platforms}
      prefetched={data.sessions}
      now={now}
    />
  );
}
