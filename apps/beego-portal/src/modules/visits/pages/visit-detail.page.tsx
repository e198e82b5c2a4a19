import { Badge, Loaded, usePageTitle, usePortal } from '@digipakket/portal-kit';
import { A, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { BeegoKey } from '../../../i18n/beego.dictionary.nl';
import { i18n, t } from '../../../portal';
import { ContactLinks } from '../components/contact-links.component';
import { VisitBadges } from '../components/visit-badges.component';
import { createVisitQuery } from '../visits.queries';

const OPEN_STATUSES = new Set(['issued', 'requested', 'scheduled']);

/** One visit: what the student needs at the door, the way to redeem the cheque, and the visit once logged. */
export function VisitDetailPage() {
  const params = useParams<{ chequeId: string }>();
  const { session } = usePortal();
  const isStudent = () => session.me()?.user.role === 'student';
  const [detail, { refetch }] = createVisitQuery(() => params.chequeId);
  usePageTitle(() => detail()?.visit.clientName ?? t('visit.title'));
  return (
    <Loaded resource={detail} retry={refetch}>
      {(loaded) => {
        const visit = () => loaded().visit;
        const skill = (): BeegoKey => (visit().skillLevel ? `skill.${visit().skillLevel!}` : 'skill.unknown');
        return (
          <>
            <p>
              <A href="/visits">{t('visit.back')}</A>
            </p>
            <h1>{visit().clientName}</h1>
            <Show when={loaded().cachedAt}>
              <p class="notice" role="status">
                {t('offline.cached')}
              </p>
            </Show>
            <VisitBadges purpose={visit().purpose} needsInterpreter={visit().needsInterpreter}>
              <Badge tone={visit().status === 'redeemed' ? 'success' : 'warning'} label={t('visit.status')}>
                {t(`status.${visit().status}`)}
              </Badge>
            </VisitBadges>
            <dl class="card__facts">
              <Show when={visit().appointmentAt}>
                {(at) => (
                  <>
                    <dt>{t('visit.appointment')}</dt>
                    <dd>
                      <time datetime={at()}>
                        {i18n.formatDate(new Date(at()), {
                          weekday: 'long',
                          day: 'numeric',
                          month: 'long',
                          hour: '2-digit',
                          minute: '2-digit',
                        })}
                      </time>
                    </dd>
                  </>
                )}
              </Show>
              <dt>{t('visits.address')}</dt>
              <dd>{visit().address ?? t('visits.notKnown')}</dd>
              <dt>{t('visits.phone')}</dt>
              <dd>{visit().phone ?? t('visits.notKnown')}</dd>
              <dt>{t('visits.language')}</dt>
              <dd>{i18n.languageName(visit().language)}</dd>
              <dt>{t('visits.skillLevel')}</dt>
              <dd>{t(skill())}</dd>
              <Show when={visit().tenantName}>
                <dt>{t('visit.welfareCentre')}</dt>
                <dd>{visit().tenantName}</dd>
              </Show>
            </dl>
            <div class="card__actions">
              <Show when={isStudent() && OPEN_STATUSES.has(visit().status)}>
                <A
                  class="button button--primary"
                  href={`/redeem?client=${encodeURIComponent(visit().clientName)}`}
                >
                  {t('visit.redeem')}
                </A>
              </Show>
              <Show when={isStudent() && visit().clientId && visit().status !== 'cancelled'}>
                <A
                  class="button button--secondary"
                  href={`/visits/${visit().chequeId}/outcomes/${visit().clientId}`}
                >
                  {t('outcomes.end.take')}
                </A>
              </Show>
              <ContactLinks
                address={visit().address}
                phone={visit().phone}
                mapClass="button button--secondary"
              />
            </div>
            <Show when={visit().visit}>
              {(record) => (
                <section aria-labelledby="record-title" class="record">
                  <h2 id="record-title">{t('visit.record')}</h2>
                  <dl class="card__facts">
                    <dt>{t('redeem.visit.date')}</dt>
                    <dd>
                      {i18n.formatDate(new Date(`${record().visitedOn}T12:00:00`), { dateStyle: 'long' })}
                    </dd>
                    <dt>{t('redeem.visit.minutes')}</dt>
                    <dd>{record().minutes}</dd>
                    <dt>{t('visit.student')}</dt>
                    <dd>{record().studentName}</dd>
                    <dt>{t('redeem.visit.topics')}</dt>
                    <dd>
                      <ul class="plain-list">
                        <For each={record().topics}>
                          {(topic) => <li>{t(`topic.${topic}` as BeegoKey)}</li>}
                        </For>
                      </ul>
                    </dd>
                    <Show when={record().notes}>
                      <dt>{t('redeem.visit.notes')}</dt>
                      <dd>{record().notes}</dd>
                    </Show>
                    <dt>{t('visit.followUp')}</dt>
                    <dd>
                      {record().needsFollowUp ? (record().followUpReason ?? t('visit.yes')) : t('visit.no')}
                    </dd>
                  </dl>
                </section>
              )}
            </Show>
          </>
        );
      }}
    </Loaded>
  );
}
