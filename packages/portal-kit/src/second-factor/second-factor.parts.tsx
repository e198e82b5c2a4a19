import { AUTH_ROUTES } from '@digipakket/api/routes';
import { createSignal, For, Show } from 'solid-js';
import { ActionButton } from '../actions/action-button.component';
import { type Action, createAction } from '../actions/create-action';
import type { Me } from '../api/api.types';
import type { ApiClient } from '../api/api-client';
import { errorMessageKey } from '../api/error-messages';
import { createFormErrors, type FormErrors } from '../forms/form-errors';
import { FormErrorSummary, SubmitButton } from '../forms/form-parts.component';
import { TextField } from '../forms/text-field.component';
import type { KitKey } from '../i18n/kit.dictionary.nl';
import { type Portal, usePortal } from '../session/portal-context';

/** A factor was added: the session's user (renewed when it waited for this) and the first recovery codes. */
export type FactorEnrolled = { me: Me; recoveryCodes: string[] };

/** The browser refused or the user cancelled: a WebAuthn DOMException rather than an API answer. */
function isBrowserRefusal(error: unknown): boolean {
  return (
    error instanceof Error && ['NotAllowedError', 'AbortError', 'InvalidStateError'].includes(error.name)
  );
}

/** What a failed second-factor step says: the browser's refusal in its own words, else the API's. */
export function secondFactorErrorKey(error: unknown): KitKey {
  return isBrowserRefusal(error) ? 'secondFactor.passkeyCancelled' : errorMessageKey(error);
}

/** Signs in with one of the user's passkeys: the API's challenge, the browser's answer, the full session. */
export async function signInWithPasskey({ api }: { api: ApiClient }) {
  const optionsJSON = await api.call(AUTH_ROUTES.verifyPasskeyOptions);
  // The WebAuthn helpers load when a passkey is used, not in every portal's first load.
  const { startAuthentication } = await import('@simplewebauthn/browser');
  const response = await startAuthentication({ optionsJSON: optionsJSON as never });
  return api.call(AUTH_ROUTES.verifyPasskey, { body: { response: response as never } });
}

/** Creates a passkey on this device for the signed-in user, named after today's date. */
export async function createPasskey({ api, i18n }: Pick<Portal, 'api' | 'i18n'>): Promise<FactorEnrolled> {
  const name = i18n.t('secondFactor.passkeyName', {
    date: i18n.formatDate(new Date(), { dateStyle: 'medium' }),
  });
  const optionsJSON = await api.call(AUTH_ROUTES.passkeyOptions);
  const { startRegistration } = await import('@simplewebauthn/browser');
  const response = await startRegistration({ optionsJSON: optionsJSON as never });
  return api.call(AUTH_ROUTES.addPasskey, {
    body: { name, response: response as never },
  }) as Promise<FactorEnrolled>;
}

/** The labels of the two codes a user types: to sign in (from the app, or a recovery code), and the app's first. */
const CODE_FIELDS = {
  code: { label: 'secondFactor.code', hint: 'secondFactor.codeHint', confirm: 'secondFactor.confirm' },
  totpCode: {
    label: 'secondFactor.totpCode',
    hint: 'secondFactor.totpCodeHint',
    confirm: 'secondFactor.totpConfirm',
  },
} as const satisfies Record<string, Record<string, KitKey>>;

/** Why a typed code is not sent: the app's first code is six digits, a sign-in code at least six characters. */
function codeRefusal(field: keyof typeof CODE_FIELDS, code: string): KitKey | undefined {
  if (field === 'totpCode') return /^\d{6}$/.test(code) ? undefined : 'field.invalidFormat';
  return code.length >= 6 ? undefined : 'field.required';
}

/** The form for one typed code: checked first, then `confirm` runs with it; `problems` shows a refusal. */
export function CodeForm(props: {
  field: keyof typeof CODE_FIELDS;
  confirm: Action<[code: string]>;
  problems: FormErrors;
}) {
  const { i18n } = usePortal();
  const t = i18n.t;
  const labels = CODE_FIELDS[props.field];
  const [code, setCode] = createSignal('');
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const typed = code().trim();
    const refusal = codeRefusal(props.field, typed);
    props.problems.check(refusal ? [{ message: t(refusal) }] : []);
    if (!refusal) await props.confirm.run(typed);
  };
  return (
    <form class="form" onSubmit={submit} novalidate>
      <TextField
        name={props.field}
        label={t(labels.label)}
        hint={t(labels.hint)}
        autocomplete="one-time-code"
        inputMode={props.field === 'totpCode' ? 'numeric' : undefined}
        value={code()}
        onValue={setCode}
      />
      <SubmitButton
        busy={props.confirm.busy()}
        label={t(labels.confirm)}
        busyLabel={t('secondFactor.confirmBusy')}
      />
    </form>
  );
}

/**
 * Setting up an authenticator app: a button starts it, then the QR code (and the key as text) and
 * the field for the first code. `onEnrolled` gets the API's answer.
 */
export function TotpSetup(props: { onEnrolled: (enrolled: FactorEnrolled) => void }) {
  const { api, i18n } = usePortal();
  const t = i18n.t;
  const [setup, setSetup] = createSignal<{ secret: string; qrSvg: string }>();
  const problems = createFormErrors();
  const refuse = (failure: unknown) => problems.check([{ message: t(errorMessageKey(failure)) }]);
  const start = createAction({
    run: () => api.call(AUTH_ROUTES.startTotp),
    onSuccess: (started) => {
      setSetup(started);
      queueMicrotask(() => document.getElementById('field-totpCode')?.focus());
    },
    onError: refuse,
  });
  const confirm = createAction({
    run: (code: string) => api.call(AUTH_ROUTES.confirmTotp, { body: { code } }),
    onSuccess: (enrolled) => props.onEnrolled(enrolled as FactorEnrolled),
    onError: refuse,
  });
  return (
    <div class="totp-setup">
      <FormErrorSummary of={problems} title={t('secondFactor.failed')} />
      <Show
        when={setup()}
        fallback={<ActionButton action={start}>{t('secondFactor.startTotp')}</ActionButton>}
      >
        {(started) => (
          <>
            <p>{t('secondFactor.totpScan')}</p>
            <img
              class="sign-in-link__qr"
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(started().qrSvg)}`}
              alt={t('secondFactor.totpQr')}
              width="200"
              height="200"
            />
            <p class="totp-setup__secret" data-testid="totp-secret">
              {t('secondFactor.totpSecret', { secret: started().secret })}
            </p>
            <CodeForm field="totpCode" confirm={confirm} problems={problems} />
          </>
        )}
      </Show>
    </div>
  );
}

/** Recovery codes, shown once: a list to print or copy, and the way on. */
export function RecoveryCodes(props: { codes: string[]; onDone: () => void }) {
  const { i18n } = usePortal();
  const t = i18n.t;
  return (
    <section class="recovery-codes" aria-labelledby="recovery-codes-title">
      <h2 id="recovery-codes-title" tabindex="-1" ref={(el) => queueMicrotask(() => el.focus())}>
        {t('secondFactor.recoveryTitle')}
      </h2>
      <p>{t('secondFactor.recoveryIntro')}</p>
      <ul
        class="recovery-codes__list"
        aria-label={t('secondFactor.recoveryList')}
        data-testid="recovery-codes"
      >
        <For each={props.codes}>
          {(code) => (
            <li>
              <code>{code}</code>
            </li>
          )}
        </For>
      </ul>
      <button type="button" class="button button--primary" onClick={() => props.onDone()}>
        {t('secondFactor.recoveryDone')}
      </button>
    </section>
  );
}
