/**
 * The full-screen message that stands in for the app when its data cannot be used: upgraded by a
 * newer version, upgraded or deleted by another window, no storage at all, or a failed read (see
 * db/database-state.ts).
 */
import type { DatabaseProblem } from '../../db/storage';

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
