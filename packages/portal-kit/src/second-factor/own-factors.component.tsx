import { AUTH_ROUTES } from '@digipakket/api/routes';
import { createResource, createSignal, Show } from 'solid-js';
import { ActionButton } from '../actions/action-button.component';
import { createAction } from '../actions/create-action';
import { CardList } from '../display/display-parts.component';
import { usePortal } from '../session/portal-context';
import { createPasskey, RecoveryCodes, secondFactorErrorKey, TotpSetup } from './second-factor.parts';

/**
 * The user's own second factors on their account page: passkeys (add, remove), the authenticator app
 * (set up, remove) and the recovery codes (how many are left, new ones shown once).
 */
export function OwnFactors() {
  const { api, i18n, status } = usePortal();
  const t = i18n.t;
  const [factors, { refetch }] = createResource(() => api.call(AUTH_ROUTES.ownFactors));
  const [codes, setCodes] = createSignal<string[]>([]);
  const announceError = (error: unknown) => status.announce(t(secondFactorErrorKey(error)), 'error');
  const added = (result: { recoveryCodes: string[] }) => {
    status.announce(t('secondFactor.added'), 'success');
    setCodes(result.recoveryCodes);
    void refetch();
  };
  const addPasskey = createAction({
    run: () => createPasskey({ api, i18n }),
    onSuccess: added,
    onError: announceError,
  });
  const removePasskey = createAction({
    run: (id: string) => api.call(AUTH_ROUTES.removePasskey, { params: { id } }),
    announce: { done: () => t('secondFactor.removed') },
    refetch,
  });
  const removeTotp = createAction({
    run: () => api.call(AUTH_ROUTES.removeTotp),
    announce: { done: () => t('secondFactor.removed') },
    refetch,
  });
  const renewCodes = createAction({
    run: () => api.call(AUTH_ROUTES.renewRecoveryCodes),
    onSuccess: (result) => setCodes(result.recoveryCodes),
    announce: true,
    refetch,
  });
  const date = (iso: string) => i18n.formatDate(new Date(iso), { dateStyle: 'medium' });

  return (
    <section class="own-factors" aria-labelledby="own-factors-title">
      <h2 id="own-factors-title">{t('secondFactor.manageTitle')}</h2>
      <p>{t('secondFactor.manageIntro')}</p>
      <Show when={codes().length > 0}>
        <RecoveryCodes codes={codes()} onDone={() => setCodes([])} />
      </Show>
      <Show when={factors()}>
        {(own) => (
          <>
            <Show when={own().required}>
              <p>{t('secondFactor.required')}</p>
            </Show>
            <h3>{t('secondFactor.passkeys')}</h3>
            <Show when={own().passkeys.length > 0} fallback={<p>{t('secondFactor.noPasskeys')}</p>}>
              <CardList each={own().passkeys}>
                {(passkey) => (
                  <li class="card">
                    <h4 class="card__title">{passkey.name}</h4>
                    <p class="card__meta">{t('secondFactor.addedOn', { date: date(passkey.createdAt) })}</p>
                    <div class="card__actions">
                      <button
                        type="button"
                        class="button button--secondary"
                        disabled={removePasskey.busy()}
                        onClick={() => removePasskey.run(passkey.id)}
                      >
                        {t('secondFactor.remove')}
                        <span class="visually-hidden"> {passkey.name}</span>
                      </button>
                    </div>
                  </li>
                )}
              </CardList>
            </Show>
            <p>
              <ActionButton action={addPasskey}>{t('secondFactor.addPasskey')}</ActionButton>
            </p>
            <h3>{t('secondFactor.totp')}</h3>
            <Show when={own().totp} fallback={<TotpSetup onEnrolled={added} />}>
              <p>{t('secondFactor.totpOn')}</p>
              <ActionButton action={removeTotp}>{t('secondFactor.removeTotp')}</ActionButton>
            </Show>
            <Show when={own().passkeys.length > 0 || own().totp}>
              <h3>{t('secondFactor.recoveryList')}</h3>
              <p>{t('secondFactor.recoveryLeft', { count: own().recoveryCodesLeft })}</p>
              <ActionButton action={renewCodes}>{t('secondFactor.newRecoveryCodes')}</ActionButton>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
