import { PartnerSignalsPage } from '@digipakket/portal-kit';
import { i18n, t } from '../../../portal';

/** The coordinator's follow-up: what home help still has to do for a client, earliest due first. */
export function SignalsPage() {
  return (
    <PartnerSignalsPage
      i18n={i18n}
      actionLabel={(path) => t(path.startsWith('/visits/') ? 'signals.toVisit' : 'signals.toQueue')}
    />
  );
}
