import type { RosterLearner } from '@digipakket/api/contracts';
import { createAction } from '@digipakket/portal-kit';
import { createSignal } from 'solid-js';
import { portal, t } from '../../../portal';
import { decideReferral } from '../../training/training.services';
import { announceError } from '../groups.errors';

/** Whether a learner who finished goes on to a next course, and which, or why not. */
export function ReferralForm(props: { learner: RosterLearner; onSaved: () => void }) {
  const [decision, setDecision] = createSignal<'referred' | 'not_referred'>(
    props.learner.referral?.decision ?? (props.learner.completed ? 'referred' : 'not_referred'),
  );
  const [text, setText] = createSignal(
    props.learner.referral?.courseName ?? props.learner.referral?.reason ?? '',
  );
  const id = props.learner.enrolmentId;
  const name = `${props.learner.firstName} ${props.learner.lastName}`;
  const save = createAction({
    run: () =>
      decideReferral({
        enrolmentId: id,
        referral:
          decision() === 'referred'
            ? { decision: 'referred', courseName: text().trim() }
            : { decision: 'not_referred', reason: text().trim() },
      }),
    onSuccess: () => {
      portal.status.announce(t('group.referral.saved', { name }));
      props.onSaved();
    },
    onError: announceError,
  });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!text().trim()) {
      portal.status.announce(
        t(decision() === 'referred' ? 'group.referral.courseMissing' : 'group.referral.reasonMissing'),
        'error',
      );
      return;
    }
    await save.run();
  };
  return (
    <form class="referral" onSubmit={submit} aria-label={t('group.referral.for', { name })}>
      <fieldset class="choice-grid">
        <legend class="visually-hidden">{t('group.referral.decision', { name })}</legend>
        <label class="choice">
          <input
            type="radio"
            name={`decision-${id}`}
            checked={decision() === 'referred'}
            onChange={() => setDecision('referred')}
          />
          <span>{t('group.referral.referred')}</span>
        </label>
        <label class="choice">
          <input
            type="radio"
            name={`decision-${id}`}
            checked={decision() === 'not_referred'}
            onChange={() => setDecision('not_referred')}
          />
          <span>{t('group.referral.notReferred')}</span>
        </label>
      </fieldset>
      <label for={`referral-${id}`}>
        {decision() === 'referred' ? t('group.referral.course') : t('group.referral.reason')}
      </label>
      <input
        id={`referral-${id}`}
        class="input input--medium"
        value={text()}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <button type="submit" class="button button--secondary">
        {t('group.referral.save')}
      </button>
    </form>
  );
}
