/**
 * The root: loads the planner's data in one query, shows the first-run screen until the user has
 * chosen how to start, then the planner.
 */
import { lazy, Suspense } from 'react';
import { Planner } from './Planner';
import { useBaseData } from './hooks/useData';
import { useNow } from './hooks/useNow';

// Only a new user sees the first-run screen (and needs the sample week's code).
const FirstRun = lazy(() =>
  import('./features/settings/FirstRun').then((m) => ({ default: m.FirstRun })),
);

function Loading({ text }: { text: string }) {
  return (
    <div className="loading" role="status">
      {text}
    </div>
  );
}

/** The root component. */
export function App() {
  const data = useBaseData();
  const now = useNow();
  if (data === undefined) return <Loading text="Loading your planner…" />;
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
