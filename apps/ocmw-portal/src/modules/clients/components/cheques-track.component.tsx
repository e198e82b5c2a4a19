import type { ClientOverview } from '@digipakket/api/contracts';
import { DataTable, ErrorNotice, TextField } from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { cancelCheque, issueCheques } from '../../cheques/cheques.services';
import { formatDay } from '../../shared/error-text';
import { codeText, Section, useTrackAction } from './track-parts.component';

/** The home-help cheques: issued once the laptop is handed out, each with its visit, or cancelled. */
export function ChequesTrack(props: { overview: ClientOverview; refetch: () => void }) {
  const clientId = () => props.overview.client.id;
  const action = useTrackAction(props.refetch);
  const [cancelling, setCancelling] = createSignal<string>();
  const [reason, setReason] = createSignal('');
  const equipped = () => props.overview.device?.status === 'handed_out';
  const open = () =>
    props.overview.cheques.filter((cheque) => cheque.status !== 'cancelled' && cheque.status !== 'expired');
  return (
    <Section id="track-cheques" title={t('client.cheques.title')} wide>
      <Show
        when={props.overview.cheques.length > 0}
        fallback={<p>{equipped() ? t('client.cheques.none') : t('client.cheques.afterHandout')}</p>}
      >
        <DataTable
          caption={t('client.cheques.title')}
          captionHidden
          rows={props.overview.cheques}
          columns={[
            {
              header: t('client.cheques.code'),
              cell: (cheque) => <span class="code">{cheque.code}</span>,
              rowHeader: true,
              class: 'nowrap',
            },
            {
              header: t('client.cheques.purpose'),
              cell: (cheque) => t(`cheque.purpose.${cheque.purpose}` as OcmwKey),
            },
            {
              header: t('client.cheques.status'),
              cell: (cheque) => codeText('cheque.status', cheque.status),
            },
            {
              header: t('client.cheques.validUntil'),
              cell: (cheque) => formatDay(cheque.validUntil),
              class: 'nowrap',
            },
            {
              header: t('client.cheques.visit'),
              cell: (cheque) =>
                cheque.visit
                  ? t('client.cheques.visitText', {
                      date: formatDay(cheque.visit.visitedOn),
                      minutes: cheque.visit.minutes,
                      student: cheque.visit.studentName ?? '—',
                    })
                  : cheque.cancelledReason
                    ? cheque.cancelledReason
                    : cheque.appointmentAt
                      ? t('client.cheques.appointment', { date: formatDay(cheque.appointmentAt, true) })
                      : '—',
            },
            {
              header: t('client.cheques.actions'),
              cell: (cheque) => (
                <Show when={['issued', 'requested', 'scheduled'].includes(cheque.status)}>
                  <button
                    type="button"
                    class="button button--secondary button--compact"
                    onClick={() => setCancelling(cheque.id)}
                  >
                    {t('client.cheques.cancel', { code: cheque.code })}
                  </button>
                </Show>
              ),
            },
          ]}
        />
      </Show>
      <Show when={cancelling()}>
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const chequeId = cancelling()!;
            void action.run(async () => {
              await cancelCheque({ chequeId, reason: reason() });
              setCancelling(undefined);
              setReason('');
            }, t('client.cheques.cancelled'));
          }}
        >
          <TextField
            name="cancel-reason"
            label={t('client.cheques.cancelReason')}
            value={reason()}
            onValue={setReason}
          />
          <button
            type="submit"
            class="button button--primary"
            disabled={action.busy() || reason().trim() === ''}
          >
            {t('client.cheques.confirmCancel')}
          </button>
          <button type="button" class="button button--secondary" onClick={() => setCancelling(undefined)}>
            {t('client.cheques.keep')}
          </button>
        </form>
      </Show>
      <div class="button-row">
        <Show when={equipped() && open().length === 0}>
          <button
            type="button"
            class="button button--primary"
            disabled={action.busy()}
            onClick={() =>
              action.run(() => issueCheques({ clientId: clientId() }), t('client.cheques.issued'))
            }
          >
            {t('client.cheques.issue')}
          </button>
        </Show>
        <Show when={open().length > 0}>
          <a href={`/api/clients/${clientId()}/documents/cheques.pdf`} target="_blank" rel="noopener">
            {t('client.cheques.print')}
          </a>
        </Show>
      </div>
      <ErrorNotice error={action.error()} />
    </Section>
  );
}
