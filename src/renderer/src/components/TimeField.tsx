/**
 * A time of day typed as text and shown in the user's clock style (settings.clock): a native
 * `<input type="time">` follows the operating system's locale instead, and showed "09:00 AM"
 * with the 24-hour clock set. It reads "21:30", "9:30 pm", "9pm" (time-text.ts) and hands the
 * form 'HH:mm', or the text as typed when it is not a time, for the form to report.
 */
import { useState, type InputHTMLAttributes } from 'react';
import { useSettings } from '../hooks/useData';
import { parseTimeText, showTimeText } from './time-text';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: string;
  onChange: (value: string) => void;
};

/** A text field for a clock time in the user's clock style. */
export function TimeField({ value, onChange, onFocus, onBlur, ...rest }: Props) {
  const clock = useSettings()?.clock ?? '24h';
  // While the field has the focus it shows exactly what is typed; otherwise the time, formatted.
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <input
      {...rest}
      type="text"
      className={rest.className ?? 'time-field'}
      autoComplete="off"
      spellCheck={false}
      placeholder={clock === '12h' ? '9:30 AM' : '09:30'}
      value={typed ?? showTimeText(value, clock)}
      onFocus={(event) => {
        setTyped(showTimeText(value, clock));
        onFocus?.(event);
      }}
      onChange={(event) => {
        const text = event.target.value;
        setTyped(text);
        onChange(parseTimeText(text) ?? text);
      }}
      onBlur={(event) => {
        setTyped(null);
        onBlur?.(event);
      }}
    />
  );
}
