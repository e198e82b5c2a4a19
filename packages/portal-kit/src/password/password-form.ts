import { createSignal } from 'solid-js';
import type { Action } from '../actions/create-action';
import { isApiError } from '../api/api-client';
import { type ErrorCodeMap, errorMessageKey, fieldErrorKeys } from '../api/error-messages';
import type { SummaryError } from '../forms/form-parts.component';
import type { KitKey } from '../i18n/kit.dictionary.nl';
import { usePortal } from '../session/portal-context';

type FieldErrors<Field extends string> = Partial<Record<Field, KitKey>>;

/**
 * The state of a form that sets a password: its values, each field's error and the form's own (in
 * the kit's words, for the fields and the error summary), and the attempts the summary counts.
 */
export function createPasswordForm<Field extends string>(options: {
  fields: readonly Field[];
  label: (field: Field) => string;
  /** What is wrong with the values before the API is asked. */
  check: (values: Record<Field, string>) => FieldErrors<Field>;
  /** The API's refusals that are about one field, shown at that field. */
  fieldOfCode: ErrorCodeMap<Field>;
}) {
  const { i18n } = usePortal();
  const t = i18n.t;
  const empty = () => Object.fromEntries(options.fields.map((field) => [field, ''])) as Record<Field, string>;
  const [values, setValues] = createSignal(empty());
  const [fieldErrors, setFieldErrors] = createSignal<FieldErrors<Field>>({});
  const [formError, setFormError] = createSignal<KitKey>();
  const [attempt, setAttempt] = createSignal(0);

  const error = (field: Field) => {
    const key = fieldErrors()[field];
    return key ? t(key) : undefined;
  };

  /** Checks the values before sending: false, with the problems shown, when any is wrong. */
  const passesCheck = (): boolean => {
    setFormError(undefined);
    const errors = options.check(values());
    setFieldErrors(() => errors);
    if (Object.keys(errors).length === 0) return true;
    setAttempt((n) => n + 1);
    return false;
  };

  return {
    values,
    attempt,
    error,
    set: (field: Field) => (value: string) => setValues(() => ({ ...values(), [field]: value })),
    /** The general error first, then each field's, for the error summary. */
    errors: (): SummaryError[] => {
      const general = formError();
      const errors: SummaryError[] = general ? [{ message: t(general) }] : [];
      for (const field of options.fields) {
        const message = error(field);
        if (message)
          errors.push({ field, message: t('form.fieldError', { field: options.label(field), message }) });
      }
      return errors;
    },
    passesCheck,
    /** The form's submit handler: unless `action` is running already, checks the values, then runs it. */
    submitWith: (action: Action<[]>) => async (event: SubmitEvent) => {
      event.preventDefault();
      if (action.busy() || !passesCheck()) return;
      await action.run();
    },
    /** Shows the API's refusal at its field, or as the form's own error. */
    refuse: (refusal: unknown) => {
      const field = isApiError(refusal) ? options.fieldOfCode[refusal.code] : undefined;
      if (field) setFieldErrors(() => ({ [field]: errorMessageKey(refusal) }) as FieldErrors<Field>);
      else if (isApiError(refusal) && refusal.fieldIssues.length > 0)
        setFieldErrors(() => fieldErrorKeys({ issues: refusal.fieldIssues }) as FieldErrors<Field>);
      else setFormError(errorMessageKey(refusal));
      setAttempt((n) => n + 1);
    },
    /** Empties the form and its errors. */
    reset: () => {
      setFieldErrors({});
      setFormError(undefined);
      setValues(() => empty());
    },
  };
}
