import { TextField } from '../forms/text-field.component';
import type { KitKey } from '../i18n/kit.dictionary.nl';
import { useKitI18n } from '../i18n/use-kit-i18n';

/** What is wrong with the address typed to sign in: nothing, missing, or not an address. */
export function emailProblem(typed: string): KitKey | undefined {
  const value = typed.trim();
  if (value === '') return 'field.required';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return 'field.invalidEmail';
  return undefined;
}

/** The address one signs in with, as the login page and the forgotten-password page ask for it. */
export function SignInEmailField(props: {
  name: string;
  value: string;
  onValue: (value: string) => void;
  error: KitKey | undefined;
}) {
  const { t } = useKitI18n();
  return (
    <TextField
      name={props.name}
      label={t('login.email')}
      type="email"
      autocomplete="username"
      inputMode="email"
      value={props.value}
      onValue={props.onValue}
      error={props.error ? t(props.error) : undefined}
    />
  );
}
