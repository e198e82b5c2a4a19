import { createAction, DateField, ErrorNotice, TimeField } from '@digipakket/portal-kit';
import { createSignal, For } from 'solid-js';
import { portal, t } from '../../../portal';
import { ligoErrorKey } from '../../training/training.errors';
import { generateSessions } from '../../training/training.services';
import { WEEKDAYS, weekdayName } from '../groups.format';

/** The group's sessions planned in one go: from a day, on weekdays, at one time. */
export function PlanSessions(props: { groupId: string; count: number; onDone: () => void }) {
  const [startDate, setStartDate] = createSignal('');
  const [days, setDays] = createSignal<number[]>([]);
  const [start, setStart] = createSignal('09:00');
  const [end, setEnd] = createSignal('12:00');
  const plan = createAction({
    run: () =>
      generateSessions({
        groupId: props.groupId,
        pattern: { startDate: startDate(), weekdays: days(), startTime: start(), endTime: end() },
      }),
    onSuccess: () => {
      portal.status.announce(t('group.plan.done', { count: props.count }));
      props.onDone();
    },
    errorText: (error) => t(ligoErrorKey(error)),
  });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!startDate() || days().length === 0 || end() <= start()) {
      plan.setError(t('group.plan.incomplete'));
      return;
    }
    await plan.run();
  };
  return (
    <form class="form" onSubmit={submit} noValidate aria-labelledby="plan-title">
      <h3 id="plan-title">{t('group.plan.title', { count: props.count })}</h3>
      <ErrorNotice error={plan.error()} />
      <div class="form__row">
        <DateField
          name="plan-start-date"
          label={t('group.plan.startDate')}
          required={false}
          value={startDate()}
          onValue={setStartDate}
        />
        <TimeField
          name="plan-start"
          label={t('group.plan.start')}
          required={false}
          value={start()}
          onValue={setStart}
        />
        <TimeField
          name="plan-end"
          label={t('group.plan.end')}
          required={false}
          value={end()}
          onValue={setEnd}
        />
      </div>
      <fieldset class="field choice-grid">
        <legend class="field__label">{t('group.plan.weekdays')}</legend>
        <For each={[...WEEKDAYS]}>
          {(day) => (
            <label class="choice">
              <input
                type="checkbox"
                checked={days().includes(day)}
                onChange={(e) =>
                  setDays(e.currentTarget.checked ? [...days(), day] : days().filter((d) => d !== day))
                }
              />
              <span>{weekdayName(day)}</span>
            </label>
          )}
        </For>
      </fieldset>
      <div class="form__actions">
        <button type="submit" class="button button--primary">
          {t('group.plan.submit')}
        </button>
      </div>
    </form>
  );
}
