import type { ClientOverview } from '@digipakket/api/contracts';
import { ErrorNotice, WithdrawForm } from '@digipakket/portal-kit';
import { For, Show } from 'solid-js';
import { t } from '../../../portal';
import { EnrolForm } from '../../training/components/enrol-form.component';
import { LearnerProgress } from '../../training/components/learner-progress.component';
import { enrol, withdraw } from '../../training/training.services';
import { codeText, Section, useTrackAction } from './track-parts.component';

/** The basic course: the client's groups, enrolment into an open one, withdrawal, progress. */
export function TrainingTrack(props: { overview: ClientOverview; refetch: () => void }) {
  const action = useTrackAction(props.refetch);
  const active = () =>
    props.overview.training.enrolments.filter((enrolment) => enrolment.status !== 'withdrawn');
  const wanted = () =>
    props.overview.intake?.package?.basicCourse === true && props.overview.intake?.decision === 'approved';
  return (
    <Section id="track-training" title={t('client.training.title')}>
      <Show
        when={props.overview.training.enrolments.length > 0}
        fallback={<p>{wanted() ? t('client.training.none') : t('client.training.notInPackage')}</p>}
      >
        <ul class="plain-list">
          <For each={props.overview.training.enrolments}>
            {(enrolment) => (
              <li>
                <strong>{enrolment.groupName}</strong> — {codeText('enrolment', enrolment.status)}
                <Show when={enrolment.position}>
                  {' '}
                  ({t('client.training.position', { position: enrolment.position ?? 0 })})
                </Show>
                <Show when={enrolment.status !== 'withdrawn'}>
                  <WithdrawForm
                    id={enrolment.id}
                    name={enrolment.groupName}
                    buttonLabel={t('client.training.withdraw')}
                    disabled={action.busy()}
                    onWithdraw={(input) =>
                      action.run(
                        () => withdraw({ enrolmentId: enrolment.id, input }),
                        t('client.training.withdrawn'),
                      )
                    }
                  />
                </Show>
              </li>
            )}
          </For>
        </ul>
        <p>{t('client.training.attended', { count: props.overview.training.sessionsAttended })}</p>
        <LearnerProgress clientId={props.overview.client.id} revision={props.overview.training} />
      </Show>
      <Show when={wanted() && active().length === 0}>
        <EnrolForm
          clientLanguage={props.overview.client.preferredLanguage}
          busy={action.busy()}
          onEnrol={({ groupId, confirmLanguageMismatch }) =>
            void action.run(
              () => enrol({ clientId: props.overview.client.id, groupId, confirmLanguageMismatch }),
              t('client.training.enrolled'),
            )
          }
        />
      </Show>
      <ErrorNotice error={action.error()} />
    </Section>
  );
}
