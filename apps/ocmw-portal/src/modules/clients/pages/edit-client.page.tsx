import { Loaded, usePageTitle, usePortal } from '@digipakket/portal-kit';
import { useNavigate, useParams } from '@solidjs/router';
import { t } from '../../../portal';
import { createClientQuery } from '../clients.queries';
import { updateClient } from '../clients.services';
import { CLIENT_FIELDS, type ClientForm } from '../clients.validation';
import { ClientFormComponent } from '../components/client-form.component';

/** Changes a client's record; an emptied optional field is cleared. */
export function EditClientPage() {
  const params = useParams<{ id: string }>();
  const { status } = usePortal();
  const navigate = useNavigate();
  const [client, { refetch }] = createClientQuery(() => params.id);
  usePageTitle(() => t('editClient.title'));
  return (
    <>
      <h1>{t('editClient.title')}</h1>
      <Loaded resource={client} retry={refetch}>
        {(data) => {
          const current = data().client;
          const initial = Object.fromEntries(
            CLIENT_FIELDS.map((field) => [field, (current as Record<string, unknown>)[field] ?? '']),
          ) as ClientForm;
          return (
            <ClientFormComponent
              initial={initial}
              initialNeedsInterpreter={current.needsInterpreter}
              excludeClientId={current.id}
              submitLabel={t('editClient.submit')}
              busyLabel={t('newClient.busy')}
              cancelHref={`/clients/${current.id}`}
              save={async (body) => {
                const cleared = Object.fromEntries(
                  CLIENT_FIELDS.filter((field) => !(field in body) && field !== 'preferredLanguage').map(
                    (field) => [field, null],
                  ),
                );
                await updateClient({ clientId: current.id, changes: { ...cleared, ...body } });
                status.announce(t('editClient.saved'));
                navigate(`/clients/${current.id}`);
              }}
            />
          );
        }}
      </Loaded>
    </>
  );
}
