import type { RosterLearner, WithdrawInput } from '@digipakket/api/contracts';
import { Badge, createAction, WithdrawForm, withdrawalReasonKey } from '@digipakket/portal-kit';
import { Show } from 'solid-js';
import { i18n, portal, t } from '../../../portal';
import { SKILL_KEYS } from '../../attendance/pages/attendance.page';
import { withdrawEnrolment } from '../../training/training.services';
import { announceError } from '../groups.errors';
import { longDay } from '../groups.format';
import { ReferralForm } from './referral-form.component';

/** A learner on the group's roster or waitlist: progress, referral and withdrawal. */
export function LearnerItem(props: { learner: RosterLearner; onChanged: () => void }) {
  const name = () => `${props.learner.firstName} ${props.learner.lastName}`;
  const withdraw = createAction({
    run: (input: WithdrawInput) => withdrawEnrolment({ enrolmentId: props.learner.enrolmentId, input }),
    onSuccess: ({ promoted }) => {
      portal.status.announce(
        promoted.length > 0
          ? t('group.learner.withdrawnPromoted', { name: name() })
          : t('group.learner.withdrawn', { name: name() }),
      );
      props.onChanged();
    },
    onError: announceError,
  });
  return (
    <li class="card learner-card">
      <h3 class="card__title">{name()}</h3>
      <p class="card__meta">
        <span lang={props.learner.preferredLanguage}>
          {i18n.languageName(props.learner.preferredLanguage)}
        </span>
        <Show when={props.learner.skillLevel}>{(level) => <> · {t(SKILL_KEYS[level()])}</>}</Show>
        <Show when={props.learner.phone}>{(phone) => <> · {phone()}</>}</Show>
      </p>
      <p class="card__badges">
        <Show when={props.learner.status === 'waitlisted'}>
          <Badge tone="warning">
            {t('group.learner.waitlisted', { position: props.learner.position ?? 0 })}
          </Badge>
        </Show>
        <Show when={props.learner.status === 'withdrawn'}>
          <Badge>{t('group.learner.withdrawnBadge')}</Badge>
        </Show>
        <Show when={props.learner.status === 'enrolled'}>
          <Badge tone={props.learner.completed ? 'success' : 'info'}>
            {props.learner.completed
              ? t('group.learner.completed', {
                  attended: props.learner.attended,
                  total: props.learner.sessionCount,
                })
              : t('group.learner.attended', {
                  attended: props.learner.attended,
                  required: props.learner.required,
                })}
          </Badge>
        </Show>
        <Show when={props.learner.referral}>
          {(referral) => (
            <Badge tone="success">
              {referral().decision === 'referred'
                ? t('group.learner.referredTo', { course: referral().courseName ?? '' })
                : t('group.learner.notReferred', { reason: referral().reason ?? '' })}
            </Badge>
          )}
        </Show>
      </p>
      <Show when={props.learner.progressNote}>
        {(note) => (
          <p>
            <strong>{t('group.learner.progressNote')}:</strong> {note()}
          </p>
        )}
      </Show>
      <Show when={props.learner.withdrawal}>
        {(withdrawal) => (
          <p>
            {t('withdrawal.shown', {
              date: longDay(withdrawal().at.slice(0, 10)),
              reason: withdrawal().reason ? t(withdrawalReasonKey(withdrawal().reason!)) : '—',
            })}
            <Show when={withdrawal().note}>{(note) => <> — {note()}</>}</Show>
          </p>
        )}
      </Show>
      <Show when={props.learner.status !== 'withdrawn'}>
        <div class="card__actions">
          <Show when={props.learner.status === 'enrolled'}>
            <ReferralForm learner={props.learner} onSaved={props.onChanged} />
          </Show>
          <WithdrawForm
            id={props.learner.enrolmentId}
            name={name()}
            buttonLabel={t('group.learner.withdraw', { name: name() })}
            onWithdraw={withdraw.run}
          />
        </div>
      </Show>
    </li>
  );
}
