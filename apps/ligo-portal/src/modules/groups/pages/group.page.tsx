import type { GroupDetail } from '@digipakket/api/contracts';
import { CardList, EmptyState, Loaded, usePageTitle } from '@digipakket/portal-kit';
import { A, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { i18n, t } from '../../../portal';
import { createGroupQuery } from '../../training/training.queries';
import { LearnerItem } from '../components/learner-item.component';
import { PlanSessions } from '../components/plan-sessions.component';
import { SessionRow } from '../components/session-row.component';

/** One group: its sessions (plan, move, cancel), its roster and waitlist, completion and referral. */
export function GroupPage() {
  const params = useParams<{ id: string }>();
  const [detail, { refetch }] = createGroupQuery(() => params.id);
  usePageTitle(() => detail()?.group.name ?? t('groups.title'));
  const reload = () => void refetch();
  return (
    <Loaded resource={detail} retry={refetch}>
      {(loaded: () => GroupDetail) => (
        <>
          <p>
            <A href="/groups">{t('group.back')}</A>
          </p>
          <h1>{loaded().group.name}</h1>
          <p class="lead">
            {loaded().group.locationName ?? t('sessions.noLocation')} ·{' '}
            {loaded().group.teacherName ?? t('groups.noTeacher')} ·{' '}
            {loaded()
              .group.languageSupport.map((code) => i18n.languageName(code))
              .join(', ')}
          </p>
          <p>
            {t('groups.seats', { enrolled: loaded().group.enrolledCount, capacity: loaded().group.capacity })}{' '}
            · {t('group.waitlistCount', { count: loaded().group.waitlistCount })}
          </p>

          <section aria-labelledby="sessions-title">
            <h2 id="sessions-title">{t('group.sessions')}</h2>
            <Show
              when={loaded().sessions.some((session) => !session.cancelled)}
              fallback={
                <PlanSessions
                  groupId={loaded().group.id}
                  count={loaded().group.basicSessions}
                  onDone={reload}
                />
              }
            >
              <ul class="session-rows" aria-label={t('group.sessions')}>
                <For each={loaded().sessions}>
                  {(session) => <SessionRow session={session} onChanged={reload} />}
                </For>
              </ul>
            </Show>
          </section>

          <section aria-labelledby="learners-title">
            <h2 id="learners-title">{t('group.learners')}</h2>
            <Show when={loaded().learners.length > 0} fallback={<EmptyState title={t('group.noLearners')} />}>
              <CardList each={loaded().learners} aria-label={t('group.learners')}>
                {(learner) => <LearnerItem learner={learner} onChanged={reload} />}
              </CardList>
            </Show>
          </section>
        </>
      )}
    </Loaded>
  );
}
