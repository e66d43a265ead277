/**
 * What the grid shows of a gesture: the ghost of the dragged block in the day it would land on,
 * with its new times and a flag when it would sit on client work, and the status line that says
 * what was moved or why not. Each subscribes to its store, so only it re-renders.
 */
import { PX_PER_MIN } from './grid-metrics';
import type { DragView } from './useGridGesture';
import { useUiStore, type UiStore } from './ui-store';

/** The ghost of the dragged block, when it would land on the day `dayIndex`. */
export function DragGhost({
  store,
  dayIndex,
}: {
  store: UiStore<DragView | null>;
  dayIndex: number;
}) {
  const view = useUiStore(store, (v) => (v && v.preview.dayIndex === dayIndex ? v : null));
  if (!view) return null;
  const { preview } = view;
  const classes = ['drag-ghost'];
  if (preview.invalid) classes.push('drag-ghost-invalid');
  else if (preview.overClientWork) classes.push('drag-ghost-over');
  const note = preview.invalid ?? (preview.overClientWork ? 'over client work' : null);
  return (
    <div
      className={classes.join(' ')}
      data-testid="drag-ghost"
      aria-hidden
      style={{
        top: preview.startMin * PX_PER_MIN,
        height: Math.max(1, preview.endMin - preview.startMin) * PX_PER_MIN,
      }}
    >
      <span className="drag-ghost-time">{view.label}</span>
      {note ? <span className="drag-ghost-note"> · {note}</span> : null}
      {view.saving ? <span className="drag-ghost-note"> · saving…</span> : null}
    </div>
  );
}

/** The grid's live status line: what a gesture did, or why it was refused. */
export function GridStatus({ store }: { store: UiStore<string> }) {
  const text = useUiStore(store, (v) => v);
  return (
    <div className="grid-status" role="status" aria-live="polite" data-testid="grid-status">
      {text}
    </div>
  );
}
