import { Badge, Loaded, usePageTitle } from '@digipakket/portal-kit';
import { useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { WelcomePackLink } from '../../documents/components/welcome-pack-link.component';
import { BuddyPairingCard } from '../../guidance/components/buddy-pairing.component';
import { DigipuntInfoForm } from '../../guidance/components/digipunt-info.component';
import { ClientInfoMomentCard } from '../../info-moments/components/client-info-moment.component';
import { ContactConsentsCard } from '../../messages/components/contact-consents.component';
import { PartnerObservations } from '../../observations/components/partner-observations.component';
import { ClientOutcomes } from '../../outcomes/components/client-outcomes.component';
import { PrivacyCard } from '../../privacy/components/privacy-card.component';
import { formatDay } from '../../shared/error-text';
import { LinkButton } from '../../shared/link-button.component';
import { TrajectoryEndCard } from '../../trajectory/components/trajectory-end.component';
import { createClientOverviewQuery } from '../clients.queries';
import { ChequesTrack } from '../components/cheques-track.component';
import { ClientStatusBadge } from '../components/client-status-badge.component';
import { ClientTimeline } from '../components/client-timeline.component';
import { DeviceTrack } from '../components/device-track.component';
import { IntakeTrack } from '../components/intake-track.component';
import { codeText, Facts, Section } from '../components/track-parts.component';
import { TrainingTrack } from '../components/training-track.component';

/**
 * The client page: the derived status, each track with the next action, the open signals and a
 * timeline of everything that happened, by whom and for which organisation.
 */
export function ClientPage() {
  const params = useParams<{ id: string }>();
  const [overview, { refetch }] = createClientOverviewQuery(() => params.id);
  usePageTitle(() => {
    const client = overview.latest?.client;
    return client ? `${client.firstName} ${client.lastName}` : t('client.title');
  });

  return (
    <Loaded resource={overview} retry={refetch}>
      {(data) => (
        <>
          <div class="page-header">
            <div>
              <p class="eyebrow">{t('client.fileNumber', { fileNumber: data().client.fileNumber })}</p>
              <h1>
                {data().client.firstName} {data().client.lastName}
              </h1>
            </div>
            <div class="button-row">
              <ClientStatusBadge status={data().status} />
              <LinkButton href={`/clients/${data().client.id}/edit`} label={t('client.edit')} />
            </div>
          </div>
          <Facts
            items={[
              [t('newClient.birthDate'), formatDay(data().client.birthDate) || '—'],
              [t('newClient.phone'), data().client.phone ?? '—'],
              [
                t('newClient.preferredLanguage'),
                data().client.needsInterpreter
                  ? t('client.languageWithInterpreter', {
                      language: i18n.languageName(data().client.preferredLanguage),
                    })
                  : i18n.languageName(data().client.preferredLanguage),
              ],
              [
                t('newClient.section.address'),
                [data().client.street, [data().client.postcode, data().client.city].filter(Boolean).join(' ')]
                  .filter(Boolean)
                  .join(', ') || '—',
              ],
            ]}
          />
          <Show when={data().pendingTracks.length > 0 && ['equipped', 'in_guidance'].includes(data().status)}>
            <p>
              {t('client.pending')}{' '}
              {data()
                .pendingTracks.map((track) => codeText('track', track))
                .join(', ')}
            </p>
          </Show>

          <section aria-labelledby="signals-title" class="signals">
            <h2 id="signals-title">{t('client.signals.title')}</h2>
            <Show when={data().signals.length > 0} fallback={<p>{t('client.signals.none')}</p>}>
              <ul class="plain-list">
                <For each={data().signals}>
                  {(signal) => (
                    <li>
                      <Badge tone={signal.severity === 'urgent' ? 'danger' : 'warning'}>
                        {codeText('signal.severity', signal.severity)}
                      </Badge>{' '}
                      {codeText('signal', signal.kind)} —{' '}
                      {t('client.signals.due', { date: formatDay(signal.dueAt) })}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>

          <div class="tracks">
            <IntakeTrack overview={data()} />
            <DeviceTrack overview={data()} refetch={refetch} />
            <ChequesTrack overview={data()} refetch={refetch} />
            <TrainingTrack overview={data()} refetch={refetch} />
            <Section id="track-print" title={t('client.print.title')}>
              <WelcomePackLink
                clientId={data().client.id}
                preferredLanguage={data().client.preferredLanguage}
              />
            </Section>
            <Section id="track-guidance" title={t('client.guidance.title')}>
              <Facts
                items={[
                  [
                    t('client.guidance.digipunt'),
                    formatDay(data().guidance.digipuntInfoGivenAt) || t('client.guidance.notYet'),
                  ],
                  [
                    t('client.guidance.infoSession'),
                    formatDay(data().guidance.infoSessionAttendedAt) || t('client.guidance.notYet'),
                  ],
                  [t('client.guidance.buddy'), data().guidance.buddy?.name ?? '—'],
                ]}
              />
              <DigipuntInfoForm
                clientId={data().client.id}
                told={data().guidance.digipuntenTold}
                onRecorded={refetch}
              />
            </Section>
            <BuddyPairingCard clientId={data().client.id} onChanged={refetch} />
            <ClientInfoMomentCard clientId={data().client.id} onChanged={refetch} />
            <ContactConsentsCard clientId={data().client.id} onSaved={refetch} />
            <TrajectoryEndCard overview={data()} onChanged={refetch} />
            <PrivacyCard clientId={data().client.id} onErased={refetch} />
          </div>

          <ClientOutcomes clientId={data().client.id} />

          <PartnerObservations clientId={data().client.id} />

          <ClientTimeline timeline={data().timeline} />
        </>
      )}
    </Loaded>
  );
}
