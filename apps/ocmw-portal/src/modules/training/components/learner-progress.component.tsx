import type { ClientSession } from '@digipakket/api/contracts';
import { Badge, withdrawalReasonKey } from '@digipakket/portal-kit';
import { For, Show } from 'solid-js';
import { t } from '../../../portal';
import { FactRow } from '../../clients/components/track-parts.component';
import { formatDay } from '../../shared/error-text';
import { createClientEnrolmentsQuery } from '../training.queries';

function SessionLine(props: { session: ClientSession }) {
  const when = () => ({
    day: formatDay(props.session.date),
    start: props.session.startTime,
    end: props.session.endTime,
  });
  return (
    <li>
      <Show when={props.session.status === 'moved'}>
        <Badge tone="warning">
          {t('training.progress.session.moved', {
            ...when(),
            plannedDay: formatDay(props.session.plannedDate),
            plannedStart: props.session.plannedStartTime,
          })}
        </Badge>
      </Show>
      <Show when={props.session.status === 'cancelled'}>
        <Badge tone="danger">{t('training.progress.session.cancelled', when())}</Badge>
      </Show>
      <Show when={props.session.status === 'planned'}>{t('training.progress.session.planned', when())}</Show>
      <Show when={props.session.locationName}>{(name) => <> — {name()}</>}</Show>
    </li>
  );
}

/**
 * How the client is doing in class, as the training partner recorded it: the sessions (moved and
 * cancelled ones marked as such), sessions attended against
 * the sessions needed, whether the course is completed, and the referral to a follow-up course.
 * `revision` changes whenever the client file is reloaded, so the figures follow an enrolment or withdrawal.
 */
export function LearnerProgress(props: { clientId: string; revision: object }) {
  const [enrolments] = createClientEnrolmentsQuery(() => ({
    clientId: props.clientId,
    revision: props.revision,
  }));
  const placed = () => (enrolments()?.items ?? []).filter((enrolment) => enrolment.status === 'enrolled');
  const withdrawn = () => (enrolments()?.items ?? []).filter((enrolment) => enrolment.withdrawal !== null);
  return (
    <Show when={placed().length + withdrawn().length > 0}>
      <dl class="facts">
        <For each={withdrawn()}>
          {(enrolment) => (
            <FactRow term={t('training.progress.withdrawn', { group: enrolment.groupName })}>
              {t('withdrawal.shown', {
                date: formatDay(enrolment.withdrawal?.at),
                reason: enrolment.withdrawal?.reason
                  ? t(withdrawalReasonKey(enrolment.withdrawal.reason))
                  : '—',
              })}
              <Show when={enrolment.withdrawal?.note}>{(note) => <> — {note()}</>}</Show>
            </FactRow>
          )}
        </For>
        <For each={placed()}>
          {(enrolment) => (
            <>
              <FactRow term={t('training.progress.attendance', { group: enrolment.groupName })}>
                {t('training.progress.sessions', {
                  attended: enrolment.attended,
                  total: enrolment.sessionCount,
                })}
                {' — '}
                {enrolment.completed ? t('training.progress.completed') : t('training.progress.notCompleted')}
              </FactRow>
              <FactRow term={t('training.progress.referral')}>
                {enrolment.referral
                  ? enrolment.referral.decision === 'referred'
                    ? t('training.progress.referred', {
                        course: enrolment.referral.courseName ?? '',
                        date: formatDay(enrolment.referral.decidedAt),
                      })
                    : t('training.progress.notReferred', { reason: enrolment.referral.reason ?? '' })
                  : '—'}
              </FactRow>
              <Show when={enrolment.sessions.length > 0}>
                <FactRow term={t('training.progress.sessions.title', { group: enrolment.groupName })} wide>
                  <ul
                    class="session-list learner-sessions"
                    aria-label={t('training.progress.sessions.title', { group: enrolment.groupName })}
                  >
                    <For each={enrolment.sessions}>{(session) => <SessionLine session={session} />}</For>
                  </ul>
                </FactRow>
              </Show>
              <Show when={enrolment.progressNote}>
                <FactRow term={t('training.progress.note')} wide>
                  {enrolment.progressNote}
                </FactRow>
              </Show>
            </>
          )}
        </For>
      </dl>
    </Show>
  );
}
