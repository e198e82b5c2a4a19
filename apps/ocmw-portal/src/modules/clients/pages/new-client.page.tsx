import { usePageTitle, usePortal } from '@digipakket/portal-kit';
import { useNavigate } from '@solidjs/router';
import { t } from '../../../portal';
import { createClient } from '../clients.services';
import { emptyClientForm } from '../clients.validation';
import { ClientFormComponent } from '../components/client-form.component';

/** Registers a client, after showing anyone who may already be registered. */
export function NewClientPage() {
  const { status } = usePortal();
  const navigate = useNavigate();
  usePageTitle(() => t('newClient.title'));
  return (
    <>
      <h1>{t('newClient.title')}</h1>
      <p class="lead">{t('newClient.intro')}</p>
      <ClientFormComponent
        initial={emptyClientForm()}
        submitLabel={t('newClient.submit')}
        busyLabel={t('newClient.busy')}
        cancelHref="/"
        save={async (body) => {
          const { client } = await createClient({ client: body });
          status.announce(t('clients.created', { name: `${client.firstName} ${client.lastName}` }));
          navigate(`/clients/${encodeURIComponent(client.id)}`);
        }}
      />
    </>
  );
}
