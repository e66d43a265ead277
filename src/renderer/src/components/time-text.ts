/**
 * Reading and showing a clock time as the user types it: "21:30", "9:30", "930", "9:30 pm",
 * "9pm", "12 am". Pure, so the time field's rules are unit-tested. Times are 'HH:mm', 00:00 to
 * 23:59; anything else is not a time (the form says so).
 */
import { formatClock } from '../format';

const PATTERN = /^(\d{1,2})(?:[:.h]?(\d{2}))?\s*(?:([ap])\.?\s*m?\.?)?$/i;

/** The 'HH:mm' time `text` names, or null when it names none. */
export function parseTimeText(text: string): string | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  const [, hourText = '', minuteText, meridiem] = match;
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (minute > 59) return null;
  if (meridiem) {
    // 12-hour: 1–12 only; 12 am is midnight, 12 pm noon.
    if (hour < 1 || hour > 12) return null;
    const pm = meridiem.toLowerCase() === 'p';
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** `value` as the field shows it: a valid time in the clock style, anything else as typed. */
export function showTimeText(value: string, clock: '12h' | '24h'): string {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? formatClock(value, clock) : value;
}
