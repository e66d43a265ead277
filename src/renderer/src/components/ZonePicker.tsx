/**
 * A searchable time-zone combobox over every zone the runtime knows, each shown with its current
 * UTC offset. Type to filter (by city, region or offset), arrows to move, Enter to pick.
 */
import { useId, useMemo, useState } from 'react';
import { formatOffset, isValidZone, listZones, offsetMinutes } from '../../../core/time';
import './zone-picker.css';

type Props = {
  id?: string;
  value: string;
  onChange: (zone: string) => void;
  now: number;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
};

// Built on first use: listing and checking every zone costs tens of milliseconds, which the
// week view should not pay at start-up.
let allZones: string[] | null = null;
function zones(): string[] {
  allZones ??= listZones();
  return allZones;
}
const MAX_SHOWN = 60;

/** A zone picker; `value` is only reported when it is a known zone or the text changes. */
export function ZonePicker({ id, value, onChange, now, ...aria }: Props) {
  const listId = useId();
  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const needle = text.trim().toLowerCase().replace(/\s+/g, '_');
    if (!open) return [];
    const all = zones();
    const exact = all.filter((z) => z.toLowerCase().includes(needle));
    return (exact.length > 0 || !needle ? exact : all).slice(0, MAX_SHOWN);
  }, [text, open]);

  function pick(zone: string) {
    setText(zone);
    setOpen(false);
    onChange(zone);
  }

  return (
    <div className="combobox">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
        value={text}
        {...aria}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
          onChange(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, matches.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (event.key === 'Enter' && open && matches[active]) {
            event.preventDefault();
            pick(matches[active]);
          } else if (event.key === 'Escape' && open) {
            event.stopPropagation();
            event.preventDefault();
            setOpen(false);
          }
        }}
      />
      {isValidZone(text) ? (
        <span className="combobox-offset">{formatOffset(offsetMinutes(text, now))}</span>
      ) : null}
      {open && matches.length > 0 ? (
        <ul className="combobox-list" role="listbox" id={listId}>
          {matches.map((zone, i) => (
            <li
              key={zone}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(zone);
              }}
            >
              <span>{zone.replace(/_/g, ' ')}</span>
              <span className="muted">{formatOffset(offsetMinutes(zone, now))}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
