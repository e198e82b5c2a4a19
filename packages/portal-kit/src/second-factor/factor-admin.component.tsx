import { AUTH_ROUTES } from '@digipakket/api/routes';
import { createResource, createSignal, Show } from 'solid-js';
import { ActionButton } from '../actions/action-button.component';
import { createAction } from '../actions/create-action';
import { usePortal } from '../session/portal-context';

/**
 * For an admin or coordinator: clears every second factor of one of their users (lost passkey, phone
 * and recovery codes) and signs that user out everywhere. The API checks the user is theirs.
 */
export function ResetFactorsButton(props: { userId: string; name: string; class?: string }) {
  const { api, i18n } = usePortal();
  const t = i18n.t;
  const reset = createAction({
    run: () => api.call(AUTH_ROUTES.resetFactors, { params: { id: props.userId } }),
    announce: { done: () => t('secondFactor.resetDone', { name: props.name }) },
  });
  return (
    <ActionButton action={reset} class={props.class}>
      {t('secondFactor.reset')}
      <span class="visually-hidden"> {props.name}</span>
    </ActionButton>
  );
}

/** The welfare admin's switch: the welfare roles sign in with a second factor, or not. */
export function SecondFactorPolicySetting() {
  const { api, i18n } = usePortal();
  const t = i18n.t;
  const [policy, { mutate }] = createResource(() => api.call(AUTH_ROUTES.secondFactorPolicy));
  const [saving, setSaving] = createSignal(false);
  const save = createAction({
    run: (required: boolean) => api.call(AUTH_ROUTES.setSecondFactorPolicy, { body: { required } }),
    onSuccess: (saved) => mutate(saved),
    announce: { done: () => t('secondFactor.policySaved') },
  });
  return (
    <section class="second-factor-policy" aria-labelledby="second-factor-policy-title">
      <h2 id="second-factor-policy-title">{t('secondFactor.policyTitle')}</h2>
      <Show when={policy()}>
        {(current) => (
          <div class="field field--checkbox">
            <input
              id="second-factor-required"
              type="checkbox"
              checked={current().required}
              disabled={saving()}
              onChange={async (event) => {
                setSaving(true);
                await save.run(event.currentTarget.checked);
                setSaving(false);
              }}
            />
            <label for="second-factor-required">{t('secondFactor.policyLabel')}</label>
          </div>
        )}
      </Show>
    </section>
  );
}
