/** A few buttons side by side, drawn from a list of actions. */
import type { ReactNode } from 'react';

export type ButtonAction = {
  /** What the button shows. */
  text: ReactNode;
  /** Its accessible name, when the text is a mark (✓, ×) rather than words. */
  label?: string;
  className: string;
  disabled?: boolean;
  run: () => void;
};

/** One button per action, in order (the caller's element around them sets the layout). */
export function Buttons({ actions }: { actions: readonly ButtonAction[] }) {
  return actions.map((action, i) => (
    <button
      key={i}
      type="button"
      className={action.className}
      aria-label={action.label}
      disabled={action.disabled}
      onClick={action.run}
    >
      {action.text}
    </button>
  ));
}
