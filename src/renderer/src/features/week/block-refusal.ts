/**
 * Why a block of the grid may not be moved just now, in a few words the status line says. A
 * block being saved is busy, and so is every other occurrence of the same commitment: they are
 * one record, and a second move written over the first one's copy would be refused as changed
 * elsewhere.
 */
import type { GridBlock } from './grid-types';

/** The record a block's save writes: the commitment for an occurrence, else the block. */
export function savingKey(block: Pick<GridBlock, 'id' | 'kind' | 'source'>): string {
  return block.kind === 'commitment' ? `commitment:${block.source}` : block.id;
}

/** Why `block` may not be moved, or null; `saving` holds the saving keys of saves under way. */
export function refusalOf(block: GridBlock, saving: ReadonlySet<string>): string | null {
  if (saving.has(savingKey(block))) return 'Still saving this block; try again in a moment';
  if (block.locked) return 'Locked sessions stay where they are';
  if (block.movable) return null;
  if (block.kind === 'proposal') return 'Accept the proposal first to move it';
  if (block.kind === 'session') return 'Done sessions stay where they are';
  return 'This occurrence cannot be moved';
}
