import { Show } from 'solid-js';
import { useKitI18n } from '../i18n/use-kit-i18n';
import type { Discovery } from './home-realm-discovery';

/**
 * The button to sign in through the organisation's own provider, with a word on whether a password
 * is still an option.
 */
export function SsoOffer(props: { provider: NonNullable<Discovery['provider']>; passwordsOn: boolean }) {
  const { t } = useKitI18n();
  return (
    <div class="login__sso" aria-live="polite">
      <Show when={!props.passwordsOn}>
        <p>{t('login.ssoOnly')}</p>
      </Show>
      <a class="button" href={props.provider.startUrl}>
        {t('login.sso', { organisation: props.provider.organisation })}
      </a>
      <Show when={props.passwordsOn}>
        <p>{t('login.ssoOr')}</p>
      </Show>
    </div>
  );
}
