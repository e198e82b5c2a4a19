import { TextField } from '../forms/text-field.component';
import type { KitKey } from '../i18n/kit.dictionary.nl';
import { usePortal } from '../session/portal-context';

/** The two fields every form that sets a password has: the new one and its repetition. */
export type NewPasswordField = 'newPassword' | 'repeatPassword';

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
    <>
      <TextField
        name="newPassword"
        label={props.label('newPassword')}
        hint={i18n.t('password.newHint')}
        type="password"
        autocomplete="new-password"
        value={props.values.newPassword}
        onValue={props.onValue('newPassword')}
        error={props.error('newPassword')}
      />
      <TextField
        name="repeatPassword"
        label={props.label('repeatPassword')}
        type="password"
        autocomplete="new-password"
        value={props.values.repeatPassword}
        onValue={props.onValue('repeatPassword')}
        error={props.error('repeatPassword')}
      />
    </>
  );
}
