import type { InfoMomentDetail } from '@digipakket/api/contracts';
import {
  createAction,
  type ErrorCodeMap,
  ErrorNotice,
  Loaded,
  usePageTitle,
  usePortal,
} from '@digipakket/portal-kit';
import { A, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { formatDay, refusalTextOf } from '../../shared/error-text';
import { InvitationsTable } from '../components/invitations-table.component';
import { languageLabel } from '../info-moments.languages';
import { createEligibleClientsQuery, createInfoMomentQuery } from '../info-moments.queries';
import { inviteClients, recordAttendance } from '../info-moments.services';

const ERROR_KEYS: ErrorCodeMap<OcmwKey> = {
  'info_moment.full': 'infoMoment.error.full',
  'info_moment.not_included': 'infoMoment.error.notIncluded',
  'info_moment.already_given': 'infoMoment.error.alreadyGiven',
  'info_moment.trajectory_closed': 'infoMoment.error.closed',
  'info_moment.already_attended': 'infoMoment.error.alreadyAttended',
};

/** An info moment's refusal in words. */
export const infoMomentErrorText = refusalTextOf(ERROR_KEYS);

type Invitation = InfoMomentDetail['invitations'][number];
const nameOf = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

/**
 * One info moment: who is invited and whether they came (marked in place), and the clients who may
 * still be invited, picked from a list.
 */
export function InfoMomentPage() {
  const params = useParams<{ id: string }>();
  const { status } = usePortal();
  const [detail, { refetch, mutate }] = createInfoMomentQuery(() => params.id);
  const [eligible, { refetch: refetchEligible }] = createEligibleClientsQuery(() => params.id);
  const [picked, setPicked] = createSignal<string[]>([]);
  usePageTitle(() =>
    detail.latest
      ? t('infoMoment.title', { when: formatDay(detail.latest.moment.startsAt, true) })
      : t('infoMoments.title'),
  );

  const toggle = (clientId: string, on: boolean) =>
    setPicked((current) => (on ? [...current, clientId] : current.filter((id) => id !== clientId)));

  const inviting = createAction({
    run: (clientIds: string[]) => inviteClients({ momentId: params.id, clientIds }),
    onSuccess: (invited, clientIds) => {
      mutate(invited);
      setPicked([]);
      status.announce(t('infoMoment.invite.done', { count: clientIds.length }));
      void refetchEligible();
    },
    errorText: infoMomentErrorText,
  });
  const marking = createAction({
    run: (invitation: Invitation, attendance: 'attended' | 'absent') =>
      recordAttendance({ momentId: params.id, clientId: invitation.clientId, attendance }),
    onSuccess: (marked, invitation) => {
      mutate(marked);
      status.announce(t('infoMoment.marked', { name: nameOf(invitation) }));
    },
    errorText: infoMomentErrorText,
  });
  // One write at a time on this page: inviting and marking wait for each other.
  const busy = () => inviting.busy() || marking.busy();

  const invite = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    if (picked().length === 0) {
      inviting.setError(t('infoMoment.invite.pick'));
      return;
    }
    await inviting.run(picked());
  };

  const mark = async (invitation: Invitation, attendance: 'attended' | 'absent') => {
    if (busy()) return;
    await marking.run(invitation, attendance);
  };

  return (
    <Loaded resource={detail} retry={refetch}>
      {(loaded) => (
        <>
          <p>
            <A href="/info-moments">{t('infoMoment.back')}</A>
          </p>
          <div class="page-header">
            <h1>{t('infoMoment.title', { when: formatDay(loaded().moment.startsAt, true) })}</h1>
          </div>
          <p class="lead" data-testid="info-moment-summary">
            {t('infoMoment.summary', {
              place: loaded().moment.place,
              language: languageLabel(loaded().moment.language),
              invited: loaded().moment.invited,
              capacity: loaded().moment.capacity,
              attended: loaded().moment.attended,
            })}
          </p>

          <h2 id="invitations-title">{t('infoMoment.invitations.title')}</h2>
          <ErrorNotice error={marking.error()} />
          <Show when={loaded().invitations.length > 0} fallback={<p>{t('infoMoment.invitations.none')}</p>}>
            <InvitationsTable
              invitations={loaded().invitations}
              busy={busy()}
              onMark={(invitation, attendance) => void mark(invitation, attendance)}
            />
          </Show>

          <h2 id="eligible-title">{t('infoMoment.eligible.title')}</h2>
          <p>{t('infoMoment.eligible.intro')}</p>
          <p>
            {t('infoMoment.eligible.free', {
              free: Math.max(0, loaded().moment.capacity - loaded().moment.invited),
            })}
          </p>
          <Loaded resource={eligible} retry={refetchEligible}>
            {(list) => (
              <Show when={list().clients.length > 0} fallback={<p>{t('infoMoment.eligible.none')}</p>}>
                <form class="stack" aria-labelledby="eligible-title" onSubmit={invite} noValidate>
                  <fieldset class="stack">
                    <legend>{t('infoMoment.eligible.legend')}</legend>
                    <For each={list().clients}>
                      {(client) => (
                        <label class="choice">
                          <input
                            type="checkbox"
                            name="info-moment-client"
                            value={client.id}
                            checked={picked().includes(client.id)}
                            onChange={(event) => toggle(client.id, event.currentTarget.checked)}
                          />{' '}
                          {`${nameOf(client)} (${client.fileNumber}, ${client.preferredLanguage.toUpperCase()})`}
                        </label>
                      )}
                    </For>
                  </fieldset>
                  <ErrorNotice error={inviting.error()} />
                  <div>
                    <button type="submit" class="button button--primary" disabled={busy()}>
                      {t('infoMoment.invite.submit')}
                    </button>
                  </div>
                </form>
              </Show>
            )}
          </Loaded>
        </>
      )}
    </Loaded>
  );
}
