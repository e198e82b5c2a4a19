import { For, type JSX, Show, splitProps } from 'solid-js';
import { useKitI18n } from '../i18n/use-kit-i18n';

/** The element id of a form field, so error summaries can link to it. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^\w-]/g, '-')}`;
}

export interface FieldFrameProps {
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Says "(optional)" after the label. */
  optional?: boolean;
  /** Whether to announce the field as required; by default every field that is not optional. */
  required?: boolean;
}

/** The props a control hands on to its `FieldFrame`. */
export const FRAME_KEYS = ['name', 'label', 'hint', 'error', 'optional'] as const;

/** The ids of the hint and error a control is described by, if it has either. */
export function describedBy(props: FieldFrameProps): string | undefined {
  const id = fieldId(props.name);
  const ids = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * The attributes that tie a control to its frame: the id its label and the error summary point at,
 * its name, whether it is required or invalid, and the hint and error it is described by.
 */
export function controlAttributes(props: FieldFrameProps & { invalid?: boolean | undefined }) {
  return {
    id: fieldId(props.name),
    name: props.name,
    'aria-required': (props.required ?? !props.optional) ? ('true' as const) : undefined,
    'aria-invalid': props.error || props.invalid ? ('true' as const) : undefined,
    'aria-describedby': describedBy(props),
  };
}

/** The label, hint and error around a control, and the ids that tie them to it. */
export function FieldFrame(props: FieldFrameProps & { children: JSX.Element }) {
  const { t } = useKitI18n();
  const id = () => fieldId(props.name);
  return (
    <div class="field" classList={{ 'field--invalid': Boolean(props.error) }}>
      <label class="field__label" for={id()}>
        {props.label}
        <Show when={props.optional}>
          <span class="field__optional"> {t('form.optional')}</span>
        </Show>
      </label>
      <Show when={props.hint}>
        <p class="field__hint" id={`${id()}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="field__error" id={`${id()}-error`}>
          {props.error}
        </p>
      </Show>
      {props.children}
    </div>
  );
}

export interface TextFieldProps extends FieldFrameProps {
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'search';
  autocomplete?: JSX.InputHTMLAttributes<HTMLInputElement>['autocomplete'];
  inputMode?: JSX.InputHTMLAttributes<HTMLInputElement>['inputMode'];
  maxLength?: number;
  width?: 'short' | 'medium' | 'full';
  ref?: (element: HTMLInputElement) => void;
}

/** A labelled text input whose hint and error are read with it (`aria-describedby`, `aria-invalid`). */
export function TextField(props: TextFieldProps) {
  const [frame] = splitProps(props, FRAME_KEYS);
  return (
    <FieldFrame {...frame}>
      <input
        ref={props.ref}
        class="input"
        classList={{ [`input--${props.width ?? 'full'}`]: true }}
        type={props.type ?? 'text'}
        value={props.value}
        onInput={(event) => props.onValue(event.currentTarget.value)}
        autocomplete={props.autocomplete}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        spellcheck={false}
        {...controlAttributes(props)}
      />
    </FieldFrame>
  );
}

export interface TextAreaFieldProps extends FieldFrameProps {
  value: string;
  onValue: (value: string) => void;
  rows: number;
  maxLength?: number;
  /** A class of the box besides `input`, e.g. for a monospaced list. */
  class?: string;
  /** Shown under the box, inside the field: a running count, say. */
  children?: JSX.Element;
}

/** A labelled text box of several lines whose hint and error are read with it. */
export function TextAreaField(props: TextAreaFieldProps) {
  const [frame] = splitProps(props, FRAME_KEYS);
  return (
    <FieldFrame {...frame}>
      <textarea
        class={props.class ? `input ${props.class}` : 'input'}
        rows={props.rows}
        maxLength={props.maxLength}
        value={props.value}
        onInput={(event) => props.onValue(event.currentTarget.value)}
        {...controlAttributes(props)}
      />
      {props.children}
    </FieldFrame>
  );
}

export interface SelectFieldProps extends FieldFrameProps {
  value: string;
  onValue: (value: string) => void;
  options: { value: string; label: string; lang?: string }[];
  placeholder?: string;
}

/** A labelled native select: the phone's own picker is the most usable one. */
export function SelectField(props: SelectFieldProps) {
  const [frame] = splitProps(props, FRAME_KEYS);
  return (
    <FieldFrame {...frame}>
      {/* Attributes one by one, not spread: a spread sets the value before the options are there. */}
      <select
        class="input input--medium"
        id={fieldId(props.name)}
        name={props.name}
        value={props.value}
        onChange={(event) => props.onValue(event.currentTarget.value)}
        aria-required={(props.required ?? !props.optional) ? 'true' : undefined}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      >
        <Show when={props.placeholder}>
          <option value="">{props.placeholder}</option>
        </Show>
        <For each={props.options}>
          {(option) => (
            <option value={option.value} lang={option.lang} selected={option.value === props.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
    </FieldFrame>
  );
}
