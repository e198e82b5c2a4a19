import type { SignInSettings } from '@digipakket/api/contracts';
import {
  ActionButton,
  createAction,
  createFormValues,
  ErrorNotice,
  Loaded,
  TextField,
  usePortal,
} from '@digipakket/portal-kit';
import { createEffect, createSignal, Show } from 'solid-js';
import { t } from '../../../portal';
import { errorText } from '../../shared/error-text';
import { FormActions } from '../../shared/form-actions.component';
import { createSignInSettingsQuery } from '../admin.queries';
import { removeSignInSettings, saveSignInSettings } from '../admin.sign-in.services';

/**
 * The welfare centre's own sign-in service (OpenID Connect): issuer, client, the e-mail domains that
 * lead the login page to it, and whether passwords still work. The client secret is never shown.
 */
export function SignInSection() {
  const { status } = usePortal();
  const [settings, { refetch }] = createSignInSettingsQuery();
  const form = createFormValues({
    issuerUrl: '',
    clientId: '',
    clientSecret: '',
    emailClaim: 'email',
    emailDomains: '',
  });
  const [localPasswords, setLocalPasswords] = createSignal(true);
  const fill = (loaded: SignInSettings) => {
    form.set({
      issuerUrl: loaded.issuerUrl ?? '',
      clientId: loaded.clientId ?? '',
      clientSecret: '',
      emailClaim: loaded.emailClaim,
      emailDomains: loaded.emailDomains.join(', '),
    });
    setLocalPasswords(loaded.localPasswords);
  };
  createEffect(() => {
    const loaded = settings.latest;
    if (loaded) fill(loaded);
  });

  const saving = createAction({
    run: () => {
      const values = form.values();
      return saveSignInSettings({
        issuerUrl: values.issuerUrl.trim(),
        clientId: values.clientId.trim(),
        ...(values.clientSecret ? { clientSecret: values.clientSecret } : {}),
        emailClaim: values.emailClaim.trim() || 'email',
        emailDomains: values.emailDomains.split(/[\s,;]+/).filter((domain) => domain !== ''),
        localPasswords: localPasswords(),
      });
    },
    onSuccess: () => status.announce(t('admin.signIn.saved')),
    refetch,
    errorText,
  });
  const removing = createAction({
    run: removeSignInSettings,
    onSuccess: () => status.announce(t('admin.signIn.removed')),
    refetch,
    errorText,
  });

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    void saving.run();
  };

  return (
    <section aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{t('admin.signIn.title')}</h2>
      <p>{t('admin.signIn.intro')}</p>
      <Loaded resource={settings} retry={refetch}>
        {(loaded) => (
          <>
            <p>
              {t('admin.signIn.redirectUri')} <code>{loaded().redirectUri}</code>
            </p>
            <form class="form" onSubmit={submit} novalidate aria-labelledby="sign-in-title">
              <TextField {...form.field('issuerUrl')} label={t('admin.signIn.issuer')} />
              <TextField {...form.field('clientId')} label={t('admin.signIn.clientId')} />
              <TextField
                {...form.field('clientSecret')}
                type="password"
                autocomplete="off"
                label={t('admin.signIn.clientSecret')}
                hint={loaded().clientSecretSet ? t('admin.signIn.secretKept') : t('admin.signIn.secretNone')}
              />
              <TextField {...form.field('emailClaim')} label={t('admin.signIn.emailClaim')} />
              <TextField
                {...form.field('emailDomains')}
                label={t('admin.signIn.domains')}
                hint={t('admin.signIn.domainsHint')}
              />
              <div class="field field--checkbox">
                <input
                  id="field-local-passwords"
                  type="checkbox"
                  checked={localPasswords()}
                  onChange={(event) => setLocalPasswords(event.currentTarget.checked)}
                />
                <label for="field-local-passwords">{t('admin.signIn.localPasswords')}</label>
              </div>
              <ErrorNotice error={saving.error() ?? removing.error()} />
              <FormActions submit={t('admin.signIn.save')} busy={saving.busy()}>
                <Show when={loaded().configured}>
                  <ActionButton action={removing}>{t('admin.signIn.remove')}</ActionButton>
                </Show>
              </FormActions>
            </form>
          </>
        )}
      </Loaded>
    </section>
  );
}
