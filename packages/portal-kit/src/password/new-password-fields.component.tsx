import { For } from 'solid-js';
import { TextField } from '../forms/text-field.component';
import type { KitKey } from '../i18n/kit.dictionary.nl';
import { usePortal } from '../session/portal-context';

/** The two fields every form that sets a password has: the new one and its repetition. */
export type NewPasswordField = 'newPassword' | 'repeatPassword';

export const NEW_PASSWORD_FIELDS: readonly NewPasswordField[] = ['newPassword', 'repeatPassword'];

// The API's limits for a chosen password; the API checks them again.
const MIN_LENGTH = 8;
const MAX_LENGTH = 128;

/** What is wrong with a chosen password and its repetition, before the API is asked. */
export function checkNewPassword({
  newPassword,
  repeatPassword,
}: Record<NewPasswordField, string>): Partial<Record<NewPasswordField, KitKey>> {
  const errors: Partial<Record<NewPasswordField, KitKey>> = {};
  if (newPassword === '') errors.newPassword = 'field.required';
  else if (newPassword.length < MIN_LENGTH) errors.newPassword = 'password.tooShort';
  else if (newPassword.length > MAX_LENGTH) errors.newPassword = 'password.tooLong';
  if (repeatPassword === '') errors.repeatPassword = 'field.required';
  else if (!errors.newPassword && repeatPassword !== newPassword) errors.repeatPassword = 'password.mismatch';
  return errors;
}

/** The new password (with its hint) and its repetition, as password managers expect them. */
export function NewPasswordFields(props: {
  values: Record<NewPasswordField, string>;
  label: (field: NewPasswordField) => string;
  onValue: (field: NewPasswordField) => (value: string) => void;
  error: (field: NewPasswordField) => string | undefined;
}) {
  const { i18n } = usePortal();
  return (
    <For each={NEW_PASSWORD_FIELDS}>
      {(field) => (
        <TextField
          name={field}
          label={props.label(field)}
          hint={field === 'newPassword' ? i18n.t('password.newHint') : undefined}
          type="password"
          autocomplete="new-password"
          value={props.values[field]}
          onValue={props.onValue(field)}
          error={props.error(field)}
        />
      )}
    </For>
  );
}
