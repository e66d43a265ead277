/**
 * Opens the database before anything reads it, and stands in for the app with a full-screen
 * message when the data cannot be used: upgraded by a newer version, upgraded or deleted by
 * another window, or no storage at all.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { PlannerDb } from '../../db/db';
import {
  openDatabase,
  requestPersistentStorage,
  subscribeVersionChange,
  type DatabaseProblem,
} from '../../db/storage';

type GateState =
  { kind: 'opening' } | { kind: 'ready' } | { kind: 'problem'; problem: DatabaseProblem };

/** Renders `children` once the database is open; otherwise a clear full-screen message. */
export function DatabaseGate({ db, children }: { db: PlannerDb; children: ReactNode }) {
  const [state, setState] = useState<GateState>({ kind: 'opening' });

  useEffect(() => {
    let live = true;
    const off = subscribeVersionChange(db, (problem) => setState({ kind: 'problem', problem }));
    void openDatabase(db).then((outcome) => {
      if (!live) return;
      if (!outcome.ok) {
        setState({ kind: 'problem', problem: outcome });
        return;
      }
      setState((s) => (s.kind === 'opening' ? { kind: 'ready' } : s));
      // Asked once the app works; browsers that prompt do so for an app the user is using.
      void requestPersistentStorage();
    });
    return () => {
      live = false;
      off();
    };
  }, [db]);

  if (state.kind === 'ready') return <>{children}</>;
  if (state.kind === 'opening') {
    return (
      <div className="loading" role="status">
        Opening your planner…
      </div>
    );
  }
  return <DatabaseProblemScreen problem={state.problem} />;
}

/** The full-screen message for a database the app cannot use. */
export function DatabaseProblemScreen({ problem }: { problem: DatabaseProblem }) {
  return (
    <main className="first-run">
      <section className="first-run-card" role="alert" aria-labelledby="db-problem-title">
        <h1 id="db-problem-title">{problem.title}</h1>
        <p className="lead">{problem.message}</p>
        {problem.reload ? (
          <div className="first-run-actions">
            <button
              type="button"
              className="button primary"
              onClick={() => window.location.reload()}
            >
              Reload
            </button>
          </div>
        ) : null}
      </section>
    </main>
  );
}
