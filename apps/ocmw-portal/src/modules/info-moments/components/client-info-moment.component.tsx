import { ActionButton, createAction, ErrorNotice, Loaded, usePortal } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { For, Match, Show, Switch } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { Section } from '../../clients/components/track-parts.component';
import { formatDay } from '../../shared/error-text';
import { createClientInfoMomentsQuery } from '../info-moments.queries';
import { recordOneToOneInfo } from '../info-moments.services';
import { infoMomentErrorText } from '../pages/info-moment.page';

/**
 * The info part of the client's package on the client page: open, given (at a moment or one to one)
 * or not part of the package, the moments the client was invited to, and "infomoment gegeven
 * (individueel)" while it is open.
 */
export function ClientInfoMomentCard(props: { clientId: string; onChanged: () => void }) {
  const { status } = usePortal();
  const [info, { refetch, mutate }] = createClientInfoMomentsQuery(() => props.clientId);
  const giving = createAction({
    run: () => recordOneToOneInfo({ clientId: props.clientId }),
    onSuccess: (given) => {
      mutate(given);
      status.announce(t('clientInfo.done'));
      props.onChanged();
    },
    errorText: infoMomentErrorText,
  });

  return (
    <Section id="track-info-moment" title={t('clientInfo.title')} anchor="info-moment">
      <Loaded resource={info} retry={refetch}>
        {(loaded) => (
          <>
            <p data-testid="client-info-state">
              <Switch>
                <Match when={loaded().state === 'not_included'}>{t('clientInfo.notIncluded')}</Match>
                <Match when={loaded().state === 'open'}>{t('clientInfo.open')}</Match>
                <Match when={loaded().oneToOne}>
                  {t('clientInfo.givenOneToOne', { date: formatDay(loaded().givenAt) })}
                </Match>
                <Match when={loaded().state === 'given'}>
                  {t('clientInfo.givenAt', { date: formatDay(loaded().givenAt) })}
                </Match>
              </Switch>
            </p>
            <Show when={loaded().invitations.length > 0}>
              <ul>
                <For each={loaded().invitations}>
                  {(invitation) => (
                    <li>
                      <A href={`/info-moments/${invitation.momentId}`}>
                        {t('clientInfo.invitedTo', {
                          when: formatDay(invitation.startsAt, true),
                          place: invitation.place,
                        })}
                      </A>
                      {`: ${t(`infoMoment.attendance.${invitation.attendance}` as OcmwKey)}`}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <Show when={loaded().state === 'open'}>
              <div class="inline-actions">
                <ActionButton action={giving}>{t('clientInfo.oneToOne')}</ActionButton>
                <A href="/info-moments">{t('clientInfo.plan')}</A>
              </div>
            </Show>
            <ErrorNotice error={giving.error()} />
          </>
        )}
      </Loaded>
    </Section>
  );
}
