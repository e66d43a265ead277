/**
 * The mark on a block of work that was marked: ✓ for done, ✕ for missed (the block is also
 * struck through by its class). Decorative: the block's accessible description says it in words.
 */
import type { BlockOutcome } from './grid-types';
import './outcome.css';

/** A small done / missed badge drawn before a block's title. */
export function OutcomeMark({ outcome }: { outcome: BlockOutcome }) {
  return (
    <span className={`outcome-mark outcome-${outcome.kind}`} aria-hidden>
      {outcome.kind === 'done' ? '✓' : '✕'}
    </span>
  );
}
