import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client';
import { kitNl } from '../i18n/kit.dictionary.nl';
import { mountInPortal } from '../session/portal.fixtures';
import { checkNewPassword, NEW_PASSWORD_FIELDS } from './new-password-fields.component';
import { createPasswordForm } from './password-form';

afterEach(() => {
  document.body.innerHTML = '';
});

function passwordForm() {
  let form: ReturnType<typeof createPasswordForm<'newPassword' | 'repeatPassword'>> | undefined;
  mountInPortal(() => {
    form = createPasswordForm({
      fields: NEW_PASSWORD_FIELDS,
      label: (field) => (field === 'newPassword' ? 'Nieuw' : 'Herhaal'),
      check: checkNewPassword,
      fieldOfCode: { 'auth.password_too_common': 'newPassword' },
    });
    return null;
  });
  return form!;
}

describe('createPasswordForm', () => {
  it('refuses to send what fails the check, and shows it at the fields and in the summary', () => {
    const form = passwordForm();
    form.set('newPassword')('kort');
    expect(form.passesCheck()).toBe(false);
    expect(form.attempt()).toBe(1);
    expect(form.error('newPassword')).toBe(kitNl['password.tooShort']);
    expect(form.errors().map((error) => error.field)).toEqual(['newPassword', 'repeatPassword']);

    form.set('newPassword')('lang genoeg wachtwoord');
    form.set('repeatPassword')('lang genoeg wachtwoord');
    expect(form.passesCheck()).toBe(true);
    expect(form.errors()).toEqual([]);
  });

  it("shows the API's refusal at its field, or as the form's own error, and empties on reset", () => {
    const form = passwordForm();
    form.refuse(new ApiError({ status: 422, code: 'auth.password_too_common', message: 'common' }));
    expect(form.error('newPassword')).toBe(kitNl['error.authPasswordTooCommon']);

    form.refuse(new ApiError({ status: 0, code: 'network.unreachable', message: 'offline' }));
    expect(form.errors()[0]).toEqual({ message: kitNl['error.network'] });
    expect(form.attempt()).toBe(2);

    form.set('newPassword')('iets');
    form.reset();
    expect(form.values()).toEqual({ newPassword: '', repeatPassword: '' });
    expect(form.errors()).toEqual([]);
  });

  it('submits by running the action only once the values pass the check, and not while it runs', async () => {
    const form = passwordForm();
    let runs = 0;
    let busy = false;
    const action = {
      run: async () => ++runs > 0,
      busy: () => busy,
      error: () => undefined,
      setError: () => {},
    };
    const submit = () => form.submitWith(action)(new SubmitEvent('submit', { cancelable: true }));
    await submit();
    expect(runs).toBe(0);
    form.set('newPassword')('lang genoeg wachtwoord');
    form.set('repeatPassword')('lang genoeg wachtwoord');
    busy = true;
    await submit();
    expect(runs).toBe(0);
    busy = false;
    await submit();
    expect(runs).toBe(1);
  });
});
