/**
 * What the grid shows of a gesture: the ghost of the dragged block in the day it would land on,
 * with its new times and a flag when it would sit on client work, and the status line that says
 * what was moved or why not. Each subscribes to its store, so only it re-renders.
 */
import type { DragView } from './useGridGesture';
import { useUiStore, type UiStore } from './ui-store';

/** The ghost of the dragged block, when it would land on the day `dayIndex`. */
export function DragGhost({
  store,
  dayIndex,
  pxPerMin,
}: {
  store: UiStore<DragView | null>;
  dayIndex: number;
  pxPerMin: number;
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
        top: preview.startMin * pxPerMin,
        height: Math.max(1, preview.endMin - preview.startMin) * pxPerMin,
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
