/**
 * What the commitment editor says under the form as it is typed: the repeat in words, the
 * daylight-saving dates that need a decision, and overlaps (allowed, but said).
 */
import type { CommitmentPreview } from './commitment-form';

/** The preview's notes; nothing for an empty preview. */
export function PreviewNotes({ preview }: { preview: CommitmentPreview }) {
  return (
    <>
      {preview.summary ? <p className="span-2 muted">{preview.summary}</p> : null}
      {preview.dst.length > 0 ? (
        <div className="notice warn span-2" role="status" data-testid="dst-issues">
          <strong>Daylight-saving dates:</strong>
          <ul>
            {preview.dst.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.overlaps.length > 0 ? (
        <div className="notice warn span-2" role="status" data-testid="overlap-warning">
          Overlaps {preview.overlaps.join('; ')}. You can still save it.
        </div>
      ) : null}
    </>
  );
}
