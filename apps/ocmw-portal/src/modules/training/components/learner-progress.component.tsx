import type { ClientEnrolmentList } from '@digipakket/api/contracts';
import { createResource, For, Show } from 'solid-js';
import { portal, t } from '../../../portal';
import { formatDay } from '../../shared/error-text';

function fetchClientEnrolments({ clientId }: { clientId: string }): Promise<ClientEnrolmentList> {
  return portal.api.request<ClientEnrolmentList>(
    `/training/clients/${encodeURIComponent(clientId)}/enrolments`,
  );
}

/**
 * How the client is doing in class, as the training partner recorded it: sessions attended against
 * the sessions needed, whether the course is completed, and the referral to a follow-up course.
 * `revision` changes whenever the client file is reloaded, so the figures follow an enrolment or withdrawal.
 */
export function LearnerProgress(props: { clientId: string; revision: object }) {
  const [enrolments] = createResource(
    () => ({ clientId: props.clientId, revision: props.revision }),
    ({ clientId }) => fetchClientEnrolments({ clientId }),
  );
  const placed = () => (enrolments()?.items ?? []).filter((enrolment) => enrolment.status === 'enrolled');
  return (
    <Show when={placed().length > 0}>
      <dl class="facts">
        <For each={placed()}>
          {(enrolment) => (
            <>
              <div class="facts__row">
                <dt>{t('training.progress.attendance', { group: enrolment.groupName })}</dt>
                <dd>
                  {t('training.progress.sessions', {
                    attended: enrolment.attended,
                    required: enrolment.required,
                  })}
                  {' — '}
                  {enrolment.completed
                    ? t('training.progress.completed')
                    : t('training.progress.notCompleted')}
                </dd>
              </div>
              <div class="facts__row">
                <dt>{t('training.progress.referral')}</dt>
                <dd>
                  {enrolment.referral
                    ? enrolment.referral.decision === 'referred'
                      ? t('training.progress.referred', {
                          course: enrolment.referral.courseName ?? '',
                          date: formatDay(enrolment.referral.decidedAt),
                        })
                      : t('training.progress.notReferred', { reason: enrolment.referral.reason ?? '' })
                    : '—'}
                </dd>
              </div>
              <Show when={enrolment.progressNote}>
                <div class="facts__row">
                  <dt>{t('training.progress.note')}</dt>
                  <dd>{enrolment.progressNote}</dd>
                </div>
              </Show>
            </>
          )}
        </For>
      </dl>
    </Show>
  );
}
