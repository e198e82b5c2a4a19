import { EmptyState } from '@digipakket/portal-kit';
import { t } from '../../portal';

/** What the project lead's pages show before the admin started the welfare centre's programme. */
export function NoProgramme() {
  return (
    <EmptyState title={t('programme.none.title')}>
      <p>{t('programme.none.text')}</p>
    </EmptyState>
  );
}
