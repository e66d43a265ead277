/** The start time and duration pair every event editor asks for, side by side in the caller's layout. */
import type { ReactNode } from 'react';
import { Field, NumberField } from './Field';
import { TimeField } from './TimeField';

type Props = {
  /** The start field's label, naming the zone the time is read in. */
  startLabel: string;
  start: string;
  onStart: (start: string) => void;
  startError: string | undefined;
  /** Optional: the start in the worker's home zone, under the field. */
  startHint?: ReactNode;
  duration: string;
  onDuration: (duration: string) => void;
  durationError: string | undefined;
  /** The shortest duration the editor's form accepts, in minutes. */
  minDuration: string;
};

/** A time field for the start and a minutes field for the duration (in steps of 15). */
export function StartDurationFields(props: Props) {
  return (
    <>
      <Field label={props.startLabel} error={props.startError} hint={props.startHint}>
        <TimeField value={props.start} onChange={props.onStart} />
      </Field>
      <NumberField
        label="Duration (minutes)"
        error={props.durationError}
        min={props.minDuration}
        step="15"
        value={props.duration}
        onChange={props.onDuration}
      />
    </>
  );
}
