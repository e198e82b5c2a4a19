import { splitProps } from 'solid-js';
import { describedBy, FieldFrame, type FieldFrameProps, FRAME_KEYS, fieldId } from './text-field.component';

export interface FileFieldProps extends FieldFrameProps {
  /** The kinds of file offered in the picker, as the input's `accept`. */
  accept: string;
  /** Gets the chosen file, or nothing once the choice is undone. */
  onFile: (file: File | undefined) => void;
  ref?: (element: HTMLInputElement) => void;
}

/** A labelled file picker whose hint and error are read with it. */
export function FileField(props: FileFieldProps) {
  const [frame] = splitProps(props, FRAME_KEYS);
  return (
    <FieldFrame {...frame}>
      <input
        ref={props.ref}
        id={fieldId(props.name)}
        class="input"
        type="file"
        accept={props.accept}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onChange={(event) => props.onFile(event.currentTarget.files?.[0])}
      />
    </FieldFrame>
  );
}
