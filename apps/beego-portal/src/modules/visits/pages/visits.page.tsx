import { CardList, ListOrEmpty, Loaded, usePageTitle, type VisitSummary } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import type { BeegoKey } from '../../../i18n/beego.dictionary.nl';
import { i18n, plural, t } from '../../../portal';
import { OutboxList } from '../../redeem/components/outbox-list.component';
import { ContactLinks } from '../components/contact-links.component';
import { VisitBadges } from '../components/visit-badges.component';
import { groupVisits } from '../visits.grouping';
import { createMyVisitsQuery } from '../visits.queries';

function VisitCard(props: { visit: VisitSummary; showDate: boolean }) {
  const when = () => new Date(props.visit.appointmentAt);
  const time = () => i18n.formatDate(when(), { hour: '2-digit', minute: '2-digit' });
  const day = () => i18n.formatDate(when(), { weekday: 'long', day: 'numeric', month: 'long' });
  const skill = (): BeegoKey =>
    props.visit.skillLevel ? `skill.${props.visit.skillLevel}` : 'skill.unknown';
  return (
    <li class="card visit">
      <h3 class="card__title">
        <A href={`/visits/${props.visit.chequeId}`}>{props.visit.clientName}</A>
      </h3>
      <p class="card__meta">
        <time datetime={props.visit.appointmentAt}>
          {props.showDate ? `${day()} ` : ''}
          {t('visits.at', { time: time() })}
        </time>
      </p>
      <VisitBadges purpose={props.visit.purpose} needsInterpreter={props.visit.needsInterpreter} />
      <dl class="card__facts">
        <dt>{t('visits.address')}</dt>
        <dd>{props.visit.address ?? t('visits.notKnown')}</dd>
        <dt>{t('visits.phone')}</dt>
        <dd>{props.visit.phone ?? t('visits.notKnown')}</dd>
        <dt>{t('visits.language')}</dt>
        <dd>{i18n.languageName(props.visit.language)}</dd>
        <dt>{t('visits.skillLevel')}</dt>
        <dd>{t(skill())}</dd>
      </dl>
      <Show when={props.visit.address || props.visit.phone}>
        <div class="card__actions">
          <ContactLinks
            address={props.visit.address}
            phone={props.visit.phone}
            mapClass="button button--primary"
            clientName={props.visit.clientName}
          />
        </div>
      </Show>
    </li>
  );
}

function VisitGroup(props: { title: string; visits: VisitSummary[]; showDate: boolean }) {
  return (
    <Show when={props.visits.length > 0}>
      <section class="visit-group" aria-label={props.title}>
        <h2>
          {props.title}{' '}
          <span class="visit-group__count">
            ({plural(props.visits.length, { one: 'visits.count.one', other: 'visits.count.other' })})
          </span>
        </h2>
        <CardList each={props.visits}>
          {(visit) => <VisitCard visit={visit} showDate={props.showDate} />}
        </CardList>
      </section>
    </Show>
  );
}

/** The student's visits of today and the coming days, as cards made for a phone in the street. */
export function VisitsPage() {
  const [visits, { refetch }] = createMyVisitsQuery();
  usePageTitle(() => t('visits.title'));
  return (
    <>
      <h1>{t('visits.title')}</h1>
      <p class="lead">{t('visits.intro')}</p>
      <p>
        <A class="button button--primary button--wide" href="/redeem">
          {t('visits.redeem')}
        </A>
      </p>
      <OutboxList />
      <Loaded resource={visits} retry={refetch}>
        {(list) => {
          const groups = () => groupVisits({ visits: list().items, now: new Date() });
          return (
            <>
              <Show when={list().cachedAt}>
                <p class="notice" role="status">
                  {t('offline.cached')}
                </p>
              </Show>
              <ListOrEmpty
                count={list().items.length}
                emptyTitle={t('visits.empty.title')}
                emptyText={t('visits.empty.text')}
              >
                <VisitGroup title={t('visits.overdue')} visits={groups().overdue} showDate />
                <VisitGroup title={t('visits.today')} visits={groups().today} showDate={false} />
                <VisitGroup title={t('visits.upcoming')} visits={groups().upcoming} showDate />
              </ListOrEmpty>
            </>
          );
        }}
      </Loaded>
    </>
  );
}
