/**
 * One block in the week grid, drawn to scale. The block itself is a plain container (it takes
 * the drag); its main button opens the item, so the accept and dismiss buttons of a proposal sit
 * beside it rather than inside another control (they show on hover and focus, over the text, so
 * the text has the block's whole width). The button's name is its visible text; its title, which
 * is also its accessible description, holds the full details (client, both zones, conflicts, DST
 * notes); a block whose text is cut shows them on keyboard focus too (BlockTip.tsx).
 */
import type { CSSProperties, KeyboardEvent, PointerEvent, ReactNode } from 'react';
import { Buttons } from '../../components/Buttons';
import type { Positioned } from './layout';
import type { GridBlock } from './grid-types';
import { textFit, type TextFit } from './grid-metrics';
import { OutcomeMark } from './OutcomeMark';
import './block.css';

type Props = {
  piece: Positioned<GridBlock>;
  inset: number;
  pxPerMin: number;
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
export function Block({ piece, inset, pxPerMin, ...handlers }: Props) {
  const block = piece.item;
  const height = (piece.bottom - piece.top) * pxPerMin;
  // A proposal's dashed border takes its px from the text's room.
  const fit = textFit(height - (block.kind === 'proposal' ? 3 : 0), block.lines.length);
  const style: CSSProperties & Record<'--block-color', string> = {
    top: piece.top * pxPerMin,
    height,
    left: `calc(${inset}px + (100% - ${inset + 2}px) * ${piece.lane / piece.lanes})`,
    // Side by side with 1 px between blocks and 2 px to the column's edge: the text gets the rest.
    width: `calc((100% - ${inset + 2}px) / ${piece.lanes} - 1px)`,
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
      data-cut={fit.subLines < block.lines.length || undefined}
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
        <BlockText
          title={
            <>
              {block.outcome ? <OutcomeMark outcome={block.outcome} /> : null}
              {block.locked ? <LockIcon /> : null}
              {block.conflict ? (
                <span className="conflict-mark" aria-hidden>
                  !
                </span>
              ) : null}
              {block.title}
            </>
          }
          lines={block.lines}
          fit={fit}
        />
      </button>
      {block.kind === 'proposal' ? (
        <span className="block-actions">
          <Buttons
            actions={[
              { text: '✓', verb: 'Accept', run: handlers.onAccept },
              { text: '×', verb: 'Dismiss', run: handlers.onDismiss },
            ].map(({ text, verb, run }) => ({
              text,
              label: `${verb} ${block.name ?? block.title}`,
              className: 'mini-button',
              run: () => run(block.id),
            }))}
          />
        </span>
      ) : null}
    </div>
  );
}

/**
 * The block's text: the title (wrapped onto more lines when there is room for them and every time line),
 * then the time lines, each on its own line and smaller. Only whole lines are drawn; the last
 * one holds whatever did not fit, joined with ' · ', and a block with room for the title alone
 * puts the rest after it, unbolded.
 */
function BlockText({ title, lines, fit }: { title: ReactNode; lines: string[]; fit: TextFit }) {
  if (fit.subLines === 0) {
    return (
      <span className="block-title">
        {title}
        {lines.length > 0 ? <span className="block-rest"> · {lines.join(' · ')}</span> : null}
      </span>
    );
  }
  const shown = [...lines.slice(0, fit.subLines - 1), lines.slice(fit.subLines - 1).join(' · ')];
  return (
    <>
      {fit.titleLines > 1 ? (
        <span className="block-title block-title-wrap" style={{ WebkitLineClamp: fit.titleLines }}>
          {title}
        </span>
      ) : (
        <span className="block-title">{title}</span>
      )}
      {shown.map((line, i) => (
        <span key={i} className="block-sub">
          {line}
        </span>
      ))}
    </>
  );
}

function LockIcon() {
  return (
    <svg className="lock-icon" viewBox="0 0 12 12" aria-hidden>
      <rect x="2" y="5" width="8" height="6" rx="1.2" />
      <path d="M4 5V3.6a2 2 0 0 1 4 0V5" fill="none" strokeWidth="1.4" />
    </svg>
  );
}
