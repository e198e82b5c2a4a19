import { splitProps } from 'solid-js';
import { controlAttributes, FieldFrame, type FieldFrameProps, FRAME_KEYS } from './text-field.component';

interface MomentFieldProps extends FieldFrameProps {
  /** As the browser's input writes it: `14:30`, `2025-03-01`, `2025-03-01T14:30` or `2025-03`. */
  value: string;
  onValue: (value: string) => void;
  /** Marks the control invalid when its error is shown elsewhere (say, under the form's button). */
  invalid?: boolean;
  min?: string;
  max?: string;
  width?: 'short' | 'medium' | 'full';
}

function MomentInput(props: MomentFieldProps & { type: 'time' | 'date' | 'datetime-local' | 'month' }) {
  const [frame] = splitProps(props, FRAME_KEYS);
  return (
    <FieldFrame {...frame}>
      <input
        class="input"
        classList={{ [`input--${props.width ?? (props.type === 'time' ? 'short' : 'medium')}`]: true }}
        type={props.type}
        value={props.value}
        min={props.min}
        max={props.max}
        onInput={(event) => props.onValue(event.currentTarget.value)}
        {...controlAttributes(props)}
      />
    </FieldFrame>
  );
}

/** A labelled clock time (`14:30`) in the browser's own time picker, hint and error read with it. */
export function TimeField(props: MomentFieldProps) {
  return <MomentInput {...props} type="time" />;
}

/**
 * A labelled calendar day in the browser's own date picker, hint and error read with it; `kind`
 * asks for a day and a clock time (`datetime-local`) or a month alone (`month`) instead.
 */
export function DateField(props: MomentFieldProps & { kind?: 'date' | 'datetime-local' | 'month' }) {
  const [own, rest] = splitProps(props, ['kind']);
  return <MomentInput {...rest} type={own.kind ?? 'date'} />;
}
