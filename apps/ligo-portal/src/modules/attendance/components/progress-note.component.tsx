import type { AttendanceLearner } from '@digipakket/api/contracts';
import { createAction } from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import { portal, t } from '../../../portal';
import { ligoErrorKey } from '../../training/training.errors';
import { saveProgressNote } from '../../training/training.services';

/** The teacher's note on how a learner gets on, folded under the learner's marks. */
export function ProgressNote(props: {
  learner: AttendanceLearner;
  onChange: (learner: AttendanceLearner) => void;
}) {
  const [progress, setProgress] = createSignal(props.learner.progressNote ?? '');
  const [progressSaved, setProgressSaved] = createSignal(false);
  const name = () => `${props.learner.firstName} ${props.learner.lastName}`;
  const save = createAction({
    run: (note: string) => saveProgressNote({ enrolmentId: props.learner.enrolmentId, note }),
    onSuccess: (_saved, note) => {
      props.onChange({ ...props.learner, progressNote: note });
      setProgressSaved(true);
    },
    onError: (error) => portal.status.announce(t(ligoErrorKey(error)), 'error'),
  });

  const saveProgress = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!progress().trim()) return;
    await save.run(progress().trim());
  };

  return (
    <details class="learner__progress">
      <summary>{t('attendance.progress', { name: name() })}</summary>
      <form onSubmit={saveProgress}>
        <label for={`progress-${props.learner.enrolmentId}`}>{t('attendance.progressLabel')}</label>
        <textarea
          id={`progress-${props.learner.enrolmentId}`}
          class="input"
          rows={3}
          maxLength={2000}
          value={progress()}
          onInput={(event) => {
            setProgress(event.currentTarget.value);
            setProgressSaved(false);
          }}
        />
        <button type="submit" class="button button--secondary">
          {t('attendance.saveProgress')}
        </button>
        <Show when={progressSaved()}>
          <span role="status"> {t('attendance.saved')}</span>
        </Show>
      </form>
    </details>
  );
}
