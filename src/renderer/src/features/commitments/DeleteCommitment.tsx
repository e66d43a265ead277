/**
 * The commitment editor's delete button: the first click asks, the second deletes the series.
 */
import { useState } from 'react';

/** "Delete…", then "Delete every occurrence". */
export function DeleteCommitment({ onDelete }: { onDelete: () => Promise<unknown> }) {
  const [confirming, setConfirming] = useState(false);
  return confirming ? (
    <button type="button" className="button danger" onClick={() => void onDelete()}>
      Delete every occurrence
    </button>
  ) : (
    <button type="button" className="button ghost-danger" onClick={() => setConfirming(true)}>
      Delete…
    </button>
  );
}
