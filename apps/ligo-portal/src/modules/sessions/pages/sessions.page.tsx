import { Badge, LoadedList, type SessionSummary, usePageTitle } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { i18n, plural, t } from '../../../portal';
import { localDateKey, sessionDay, shortTime, sortSessions } from '../sessions.format';
import { createMySessionsQuery } from '../sessions.queries';

function SessionItem(props: { session: SessionSummary; today: string }) {
  const day = () => sessionDay(props.session.date);
  const isToday = () => props.session.date === props.today;
  const isPast = () => props.session.date < props.today;
  return (
    <li class="session" classList={{ 'session--today': isToday() }}>
      <div class="session__date">
        <span class="session__weekday">{i18n.formatDate(day(), { weekday: 'long', timeZone: 'UTC' })}</span>
        <span class="session__day">
          {i18n.formatDate(day(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}
        </span>
        <Show when={isToday()}>
          <Badge tone="success">{t('sessions.today')}</Badge>
        </Show>
        <Show when={isPast()}>
          <Badge>{t('sessions.past')}</Badge>
        </Show>
      </div>
      <div class="session__body">
        <h2 class="session__group">
          <span class="visually-hidden">{t('sessions.group')}: </span>
          <A href={`/sessions/${props.session.id}`}>{props.session.groupName}</A>
        </h2>
        <p class="session__time">
          {t('sessions.time', {
            start: shortTime(props.session.startTime),
            end: shortTime(props.session.endTime),
          })}
        </p>
        <p class="session__location">
          <span class="visually-hidden">{t('sessions.location')}: </span>
          {props.session.locationName ?? t('sessions.noLocation')}
        </p>
      </div>
      <div class="session__enrolled">
        <p>
          {plural(props.session.enrolledCount, {
            one: 'sessions.enrolled.one',
            other: 'sessions.enrolled.other',
          })}
        </p>
        <A class="button button--primary" href={`/sessions/${props.session.id}`}>
          {t('sessions.attendance')}
          <span class="visually-hidden">: {props.session.groupName}</span>
        </A>
      </div>
    </li>
  );
}

/** The teacher's coming sessions, one row each, large enough to tap on a tablet. */
export function SessionsPage() {
  const today = localDateKey(new Date());
  const weekAgo = localDateKey(new Date(Date.now() - 7 * 86_400_000));
  const [sessions, { refetch }] = createMySessionsQuery({ from: weekAgo });
  usePageTitle(() => t('sessions.title'));
  return (
    <>
      <h1>{t('sessions.title')}</h1>
      <p class="lead">{t('sessions.intro')}</p>
      <LoadedList
        resource={sessions}
        retry={refetch}
        emptyTitle={t('sessions.empty.title')}
        emptyText={t('sessions.empty.text')}
      >
        {(list) => (
          <ol class="session-list" aria-label={t('sessions.list')}>
            <For each={sortSessions(list().items)}>
              {(session) => <SessionItem session={session} today={today} />}
            </For>
          </ol>
        )}
      </LoadedList>
    </>
  );
}
