/**
 * The root inside the database gate: the first-run screen until the user has chosen how to
 * start, then the planner.
 */
import { lazy, Suspense } from 'react';
import { Planner } from './Planner';
import { Loading } from './components/Loading';
import { useBaseData, useStartupSessions } from './hooks/useData';
import { useNow } from './hooks/useNow';

// Only a new user sees the first-run screen (and needs the sample week's code).
const FirstRun = lazy(() =>
  import('./features/settings/FirstRun').then((m) => ({ default: m.FirstRun })),
);

/** The root component. */
export function App() {
  const data = useBaseData();
  const startupSessions = useStartupSessions();
  const now = useNow();
  if (!data) return <Loading text="Opening your planner…" />;
  const { settings } = data;
  if (settings === null || !settings.onboarded) {
    return (
      <Suspense fallback={<Loading text="Loading…" />}>
        <FirstRun now={now} />
      </Suspense>
    );
  }
  return <Planner {...data} settings={settings} now={now} startupSessions={startupSessions} />;
}
