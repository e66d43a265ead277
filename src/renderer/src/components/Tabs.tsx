/**
 * A row of tabs over the panel of the chosen one (the ARIA tabs pattern: a named tablist, its
 * tabs, and one tabpanel labelled by the chosen tab).
 */
import type { ReactNode } from 'react';
import './tabs.css';

type Props<T extends string> = {
  /** The tab list's accessible name. */
  label: string;
  /** Makes the tab and panel ids unique in the page: `${idPrefix}-tab-${id}`. */
  idPrefix: string;
  tabs: readonly { id: T; label: string }[];
  selected: T;
  onSelect: (id: T) => void;
  /** The chosen tab's panel. */
  children: ReactNode;
};

/** Tabs and the chosen tab's panel. */
export function Tabs<T extends string>(props: Props<T>) {
  const { idPrefix, selected } = props;
  return (
    <>
      <div className="tabs" role="tablist" aria-label={props.label}>
        {props.tabs.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${id}`}
            aria-selected={selected === id}
            aria-controls={`${idPrefix}-panel-${id}`}
            className={selected === id ? 'tab active' : 'tab'}
            onClick={() => props.onSelect(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${idPrefix}-panel-${selected}`}
        aria-labelledby={`${idPrefix}-tab-${selected}`}
      >
        {props.children}
      </div>
    </>
  );
}
