import type { PortalName } from '@digipakket/domain';
import { useKitI18n } from '../i18n/use-kit-i18n';

/** The account belongs to another portal: which one, and a link there. */
export function WrongPortal(props: { portal: PortalName }) {
  const { t } = useKitI18n();
  const portalName = () => t(`portal.${props.portal}`);
  return (
    <p class="login__wrong-portal">
      {t('login.wrongPortal', { portal: portalName() })}{' '}
      <a href={`/${props.portal}/`}>{t('login.goToPortal', { portal: portalName() })}</a>
    </p>
  );
}
