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

/** A panel's primary action, on its own line below the panel's fields. */
export function PrimaryAction(props: { disabled?: boolean; run: () => void; children: ReactNode }) {
  return (
    <div>
      <button
        type="button"
        className="button primary"
        disabled={props.disabled}
        onClick={props.run}
      >
        {props.children}
      </button>
    </div>
  );
}
