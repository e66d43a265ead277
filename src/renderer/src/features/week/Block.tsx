/**
 * One block in the week grid. The block itself is a plain container (it takes the drag); its
 * main button opens the item, so the accept and dismiss buttons of a proposal sit beside it
 * rather than inside another control. The button's name is its visible text; its title, which
 * is also its accessible description, holds the full details (client, both zones, conflicts,
 * DST notes) without an element of its own.
 */
import type { CSSProperties, KeyboardEvent, PointerEvent } from 'react';
import type { Positioned } from './layout';
import type { GridBlock } from './grid-types';
import { linesThatFit, PX_PER_MIN } from './grid-metrics';
import { OutcomeMark } from './OutcomeMark';
import './block.css';

type Props = {
  piece: Positioned<GridBlock>;
  inset: number;
  onOpen: (block: GridBlock) => void;
  onAccept: (id: string) => void;
  onDismiss: (id: string) => void;
  /** A press anywhere on the block: the gesture model decides from where it was pressed. */
  onPress: (event: PointerEvent<HTMLElement>, block: GridBlock) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>, block: GridBlock) => void;
};

const NUDGE_KEYS =
  'Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight Alt+Shift+ArrowUp Alt+Shift+ArrowDown';

/** A commitment, session or proposal placed in its day column. */
export function Block({ piece, inset, ...handlers }: Props) {
  const block = piece.item;
  const height = (piece.bottom - piece.top) * PX_PER_MIN;
  const style: CSSProperties & Record<'--block-color', string> = {
    top: piece.top * PX_PER_MIN,
    height,
    left: `calc(${inset}px + (100% - ${inset + 4}px) * ${piece.lane / piece.lanes})`,
    width: `calc((100% - ${inset + 4}px) / ${piece.lanes} - 2px)`,
    '--block-color': block.color,
  };
  const classes = ['block', `block-${block.kind}`];
  if (block.conflict) classes.push('block-conflict');
  if (block.locked) classes.push('block-locked');
  if (block.outcome?.kind === 'missed') classes.push('block-missed');
  if (block.movable && !block.locked) {
    classes.push('block-movable');
    // Its edges resize it (drawn by the stylesheet); a piece cut at midnight has no edge there.
    if (!piece.clippedStart) classes.push('block-edge-start');
    if (!piece.clippedEnd) classes.push('block-edge-end');
  }
  return (
    <div
      className={classes.join(' ')}
      style={style}
      data-testid={`block-${block.kind}`}
      data-block-id={block.id}
      onPointerDown={(event) => handlers.onPress(event, block)}
    >
      <button
        type="button"
        className="block-main"
        title={block.description}
        aria-keyshortcuts={block.movable && !block.locked ? NUDGE_KEYS : undefined}
        onClick={() => handlers.onOpen(block)}
        onKeyDown={(event) => handlers.onKeyDown(event, block)}
      >
        {block.outcome ? <OutcomeMark outcome={block.outcome} /> : null}
        {block.locked ? <LockIcon /> : null}
        {block.conflict ? (
          <span className="conflict-mark" aria-hidden>
            !
          </span>
        ) : null}
        <BlockText title={block.title} lines={block.lines} fit={linesThatFit(height)} />
      </button>
      {block.kind === 'proposal' ? (
        <span className="block-actions">
          <button
            type="button"
            className="mini-button"
            aria-label={`Accept ${block.title}`}
            onClick={() => handlers.onAccept(block.id)}
          >
            ✓
          </button>
          <button
            type="button"
            className="mini-button"
            aria-label={`Dismiss ${block.title}`}
            onClick={() => handlers.onDismiss(block.id)}
          >
            ×
          </button>
        </span>
      ) : null}
    </div>
  );
}

/**
 * The block's text as one text node, a line each (the first is the title): few elements to lay
 * out per block. Only whole lines are drawn; the last one holds whatever did not fit, joined with
 * ' · ' (cut with an ellipsis if it is too wide). A one-line block keeps its times unbolded.
 */
function BlockText({ title, lines, fit }: { title: string; lines: string[]; fit: number }) {
  if (lines.length === 0) return title;
  if (fit === 1) {
    return (
      <>
        {title}
        <span className="block-rest"> · {lines.join(' · ')}</span>
      </>
    );
  }
  const whole = lines.slice(0, fit - 2);
  const rest = lines.slice(fit - 2).join(' · ');
  return [title, ...whole, rest].join('\n');
}

function LockIcon() {
  return (
    <svg className="lock-icon" viewBox="0 0 12 12" aria-hidden>
      <rect x="2" y="5" width="8" height="6" rx="1.2" />
      <path d="M4 5V3.6a2 2 0 0 1 4 0V5" fill="none" strokeWidth="1.4" />
    </svg>
  );
}
