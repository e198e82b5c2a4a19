import { PartnerSignalsPage } from '@digipakket/portal-kit';
import { i18n, t } from '../../../portal';

/** The coordinator's follow-up: learners the training needs to act on, earliest due first. */
export function SignalsPage() {
  return (
    <PartnerSignalsPage
      i18n={i18n}
      actionLabel={(path) => t(path.startsWith('/groups/') ? 'signals.toGroup' : 'signals.toGroups')}
    />
  );
}
