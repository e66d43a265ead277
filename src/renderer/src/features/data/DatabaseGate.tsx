/**
 * Stands in front of everything that reads the database: while it opens nothing is read, and
 * when it cannot be used (see db/database-state.ts), or a live query's read fails while the app
 * runs, the full-screen problem message replaces the app.
 */
import { Component, useSyncExternalStore, type ReactNode } from 'react';
import { Loading } from '../../components/Loading';
import { isReadFailure, type DatabaseStore } from '../../db/database-state';
import { DatabaseProblemScreen } from './DatabaseProblemScreen';

type Props = { database: DatabaseStore; children: ReactNode };

/** Renders `children` once the database is open, else its state. */
export function DatabaseGate({ database, children }: Props) {
  const state = useSyncExternalStore(database.subscribe, database.get);
  if (state.kind === 'opening') return <Loading text="Opening your planner…" />;
  if (state.kind === 'problem') return <DatabaseProblemScreen problem={state.problem} />;
  return <ReadFailures database={database}>{children}</ReadFailures>;
}

/**
 * Live queries (dexie-react-hooks) throw a failed read during render: caught here and reported
 * to the store, whose problem state then replaces the app. Any other error is not the data's
 * problem and is thrown on.
 */
class ReadFailures extends Component<Props, { error: { thrown: unknown } | null }> {
  override state: { error: { thrown: unknown } | null } = { error: null };

  static getDerivedStateFromError(thrown: unknown): { error: { thrown: unknown } } {
    return { error: { thrown } };
  }

  override componentDidCatch(error: unknown): void {
    if (isReadFailure(error)) this.props.database.fail(error);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error && !isReadFailure(error.thrown)) throw error.thrown;
    return error ? null : this.props.children;
  }
}
