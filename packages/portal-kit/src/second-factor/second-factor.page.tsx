import { AUTH_ROUTES } from '@digipakket/api/routes';
import { createResource, createSignal, Show } from 'solid-js';
import { type Action, createAction } from '../actions/create-action';
import type { Me } from '../api/api.types';
import { retryAfterSeconds, retryWaitMessage } from '../api/error-messages';
import { createFormErrors } from '../forms/form-errors';
import { FormErrorSummary } from '../forms/form-parts.component';
import { usePageTitle } from '../layout/page-title';
import { usePortal } from '../session/portal-context';
import {
  CodeForm,
  createPasskey,
  type FactorEnrolled,
  RecoveryCodes,
  secondFactorErrorKey,
  signInWithPasskey,
  TotpSetup,
} from './second-factor.parts';

/** A passkey button, which says it waits while the browser asks for the passkey. */
function PasskeyButton(props: { action: Action<[]>; label: string; onStart: () => void }) {
  const { i18n } = usePortal();
  return (
    <p>
      <button
        type="button"
        class="button button--primary"
        disabled={props.action.busy()}
        onClick={() => {
          props.onStart();
          void props.action.run();
        }}
      >
        {props.action.busy() ? i18n.t('secondFactor.passkeyBusy') : props.label}
      </button>
    </p>
  );
}

/**
 * The second step of signing in, the only page of a session that waits for it. `verify`: a passkey
 * (when the user has one) or a code from the app or a recovery code. `enrol` (the organisation
 * requires a factor and the user has none): a passkey first, an authenticator app as fallback, then
 * the recovery codes, shown once, before the portal opens.
 */
export function SecondFactorPage(props: { step: 'verify' | 'enrol' }) {
  const { api, i18n, session } = usePortal();
  const t = i18n.t;
  const problems = createFormErrors();
  const [enrolled, setEnrolled] = createSignal<FactorEnrolled>();
  const [factors] = createResource(() => api.call(AUTH_ROUTES.ownFactors));

  usePageTitle(() => t(props.step === 'verify' ? 'secondFactor.verifyTitle' : 'secondFactor.enrolTitle'));

  const fail = (failure: unknown) => {
    const wait = retryAfterSeconds(failure);
    const message =
      wait === undefined ? t(secondFactorErrorKey(failure)) : retryWaitMessage({ seconds: wait, i18n });
    problems.check([{ message }]);
  };
  const signedIn = (me: Me) => session.adopt(me);
  const clearError = () => problems.check([]);

  const passkey = createAction({ run: () => signInWithPasskey({ api }), onSuccess: signedIn, onError: fail });
  const verifyCode = createAction({
    run: (code: string) => api.call(AUTH_ROUTES.verifyCode, { body: { code } }),
    onSuccess: signedIn,
    onError: fail,
  });
  const newPasskey = createAction({
    run: () => createPasskey({ api, i18n }),
    onSuccess: setEnrolled,
    onError: fail,
  });

  return (
    <div class="second-factor-page">
      <Show
        when={enrolled()}
        fallback={
          <>
            <h1>{t(props.step === 'verify' ? 'secondFactor.verifyTitle' : 'secondFactor.enrolTitle')}</h1>
            <p>{t(props.step === 'verify' ? 'secondFactor.verifyIntro' : 'secondFactor.enrolIntro')}</p>
            <FormErrorSummary of={problems} title={t('secondFactor.failed')} />
            <Show when={props.step === 'verify'}>
              <Show when={(factors()?.passkeys.length ?? 0) > 0}>
                <PasskeyButton action={passkey} label={t('secondFactor.usePasskey')} onStart={clearError} />
              </Show>
              <CodeForm field="code" confirm={verifyCode} problems={problems} />
            </Show>
            <Show when={props.step === 'enrol'}>
              <PasskeyButton
                action={newPasskey}
                label={t('secondFactor.createPasskey')}
                onStart={clearError}
              />
              <section aria-labelledby="totp-fallback-title">
                <h2 id="totp-fallback-title">{t('secondFactor.totpFallbackTitle')}</h2>
                <p>{t('secondFactor.totpFallbackIntro')}</p>
                <TotpSetup onEnrolled={setEnrolled} />
              </section>
            </Show>
          </>
        }
      >
        {(done) => <RecoveryCodes codes={done().recoveryCodes} onDone={() => signedIn(done().me)} />}
      </Show>
    </div>
  );
}
