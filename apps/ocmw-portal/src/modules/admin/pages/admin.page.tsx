import '../admin.css';
import { SecondFactorPolicySetting, usePortal } from '@digipakket/portal-kit';
import { Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { RetentionSection } from '../../privacy/components/retention-section.component';
import { createCurrentProgrammeQuery } from '../../programmes/programmes.queries';
import { PageHeader } from '../../shared/page-header.component';
import { ocmwAdminNl } from '../admin.dictionary.nl';
import { BrandingSection } from '../components/branding-section.component';
import { DigipuntenSection } from '../components/digipunten-section.component';
import { ProgrammeSection } from '../components/programme-section.component';
import { SettingsSection } from '../components/settings-section.component';
import { SignInSection } from '../components/sign-in-section.component';
import { UsersSection } from '../components/users-section.component';

i18n.addReference(ocmwAdminNl);

/**
 * The welfare centre's set-up: the programme (started here when there is none), its settings, the
 * details on its documents, the Digipunten directory and the colleagues' accounts.
 */
export function AdminPage() {
  const { session } = usePortal();
  const [current, { refetch: refetchProgramme }] = createCurrentProgrammeQuery();
  return (
    <>
      <PageHeader title={t('admin.title')} />
      <ProgrammeSection current={current} retry={refetchProgramme} onStarted={refetchProgramme} />
      {/* Settings belong to a programme: shown once there is one, loaded again for a new one. */}
      <Show when={current.latest?.programme?.id} keyed>
        <SettingsSection />
      </Show>
      <BrandingSection />
      <DigipuntenSection />
      <Show when={session.me()?.user.role === 'admin'}>
        <RetentionSection />
        <UsersSection />
        <SecondFactorPolicySetting />
        <SignInSection />
      </Show>
    </>
  );
}
