/**
 * Stands in front of everything that reads the database: while it opens nothing is read, and
 * when it cannot be used (see db/database-state.ts), or a live query's read fails while the app
 * runs, the full-screen problem message replaces the app.
 */
import { Component, useSyncExternalStore, type ReactNode } from 'react';
import { Loading } from '../../components/Loading';
import type { DatabaseStore } from '../../db/database-state';
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
 * to the store, whose problem state then replaces the app.
 */
class ReadFailures extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.props.database.fail(error);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
