/**
 * The outcome of an action the user started (an export, an import, a backup): said politely when
 * it worked, announced as an alert when it did not, with any details listed.
 */

/** What an action reports. */
export type Status = { kind: 'ok' | 'error'; text: string; details?: readonly string[] };

/** The status as a notice, or nothing. */
export function StatusNotice(props: { status: Status | null; className?: string }) {
  const { status } = props;
  if (!status) return null;
  const failed = status.kind === 'error';
  return (
    <div
      className={['notice', failed ? 'critical' : '', props.className ?? ''].join(' ').trim()}
      role={failed ? 'alert' : 'status'}
    >
      {status.text}
      {status.details && status.details.length > 0 ? (
        <ul>
          {status.details.map((detail, i) => (
            <li key={i}>{detail}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
