import { createEffect, For, type JSX, on, Show } from 'solid-js';
import { useKitI18n } from '../i18n/use-kit-i18n';
import type { FormErrors } from './form-errors';
import { fieldId } from './text-field.component';

export interface SummaryError {
  /** The field's name, to link to it; leave out for an error about the whole form. */
  field?: string;
  message: string;
}

/**
 * The list of what to fix, shown above a form after a refused submit. It takes the focus on every
 * refused attempt, so keyboard and screen-reader users land on it, and links to each field.
 */
export function ErrorSummary(props: {
  errors: SummaryError[];
  /** Changes on every refused submit; the summary then takes the focus again. */
  attempt: number;
  title?: string;
  children?: JSX.Element;
}) {
  const { t } = useKitI18n();
  let box: HTMLDivElement | undefined;
  createEffect(
    on(
      () => props.attempt,
      () => {
        if (props.errors.length > 0 || props.children) box?.focus();
      },
      { defer: true },
    ),
  );
  const focusField = (event: MouseEvent, name: string) => {
    const field = document.getElementById(fieldId(name));
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };
  return (
    <div class="error-summary" ref={box} tabindex="-1" role="alert" aria-labelledby="error-summary-title">
      <h2 class="error-summary__title" id="error-summary-title">
        {props.title ?? t('form.errorSummaryTitle')}
      </h2>
      <ul class="error-summary__list">
        <For each={props.errors}>
          {(error) => (
            <li>
              <Show when={error.field} fallback={error.message}>
                {(field) => (
                  <a href={`#${fieldId(field())}`} onClick={(event) => focusField(event, field())}>
                    {error.message}
                  </a>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
      {props.children}
    </div>
  );
}

/** The {@link ErrorSummary} of a form's refusals (`createFormErrors`, a password form), while there are any. */
export function FormErrorSummary(props: { of: Pick<FormErrors, 'errors' | 'attempt'>; title?: string }) {
  return (
    <Show when={props.of.errors().length > 0}>
      <ErrorSummary errors={props.of.errors()} attempt={props.of.attempt()} title={props.title} />
    </Show>
  );
}

/** The form's main button; while busy it stays focusable but does nothing and says so. */
export function SubmitButton(props: { busy: boolean; label: string; busyLabel?: string; class?: string }) {
  const { t } = useKitI18n();
  return (
    <button
      type="submit"
      class={`button button--primary ${props.class ?? ''}`}
      aria-disabled={props.busy ? 'true' : undefined}
      onClick={(event) => {
        if (props.busy) event.preventDefault();
      }}
    >
      <Show when={props.busy}>
        <span class="spinner" aria-hidden="true" />
      </Show>
      {props.busy ? (props.busyLabel ?? t('common.busy')) : props.label}
    </button>
  );
}
