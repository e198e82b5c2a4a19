import type { RosterLearner } from '@digipakket/api/contracts';
import { createAction, RadioGroup } from '@digipakket/portal-kit';
import { createSignal } from 'solid-js';
import { portal, t } from '../../../portal';
import { decideReferral } from '../../training/training.services';
import { announceError } from '../groups.errors';

type Decision = 'referred' | 'not_referred';

const DECISIONS: readonly Decision[] = ['referred', 'not_referred'];

const DECISION_LABELS = {
  referred: 'group.referral.referred',
  not_referred: 'group.referral.notReferred',
} as const satisfies Record<Decision, string>;

/** Whether a learner who finished goes on to a next course, and which, or why not. */
export function ReferralForm(props: { learner: RosterLearner; onSaved: () => void }) {
  const [decision, setDecision] = createSignal<Decision>(
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
      <RadioGroup
        class="choice-grid"
        legend={t('group.referral.decision', { name })}
        legendHidden
        name={`decision-${id}`}
        options={DECISIONS}
        label={(choice) => t(DECISION_LABELS[choice])}
        value={decision()}
        onValue={setDecision}
      />
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
