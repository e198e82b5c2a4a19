import {
  CheckboxGroup,
  createAction,
  createFormValues,
  DateField,
  ErrorNotice,
  TimeField,
} from '@digipakket/portal-kit';
import { createSignal } from 'solid-js';
import { portal, t } from '../../../portal';
import { ligoErrorKey } from '../../training/training.errors';
import { generateSessions } from '../../training/training.services';
import { WEEKDAYS, weekdayName } from '../groups.format';

/** The group's sessions planned in one go: from a day, on weekdays, at one time. */
export function PlanSessions(props: { groupId: string; count: number; onDone: () => void }) {
  const form = createFormValues({ 'start-date': '', start: '09:00', end: '12:00' }, { prefix: 'plan-' });
  const [days, setDays] = createSignal<number[]>([]);
  const plan = createAction({
    run: ({ 'start-date': startDate, start, end }: { 'start-date': string; start: string; end: string }) =>
      generateSessions({
        groupId: props.groupId,
        pattern: { startDate, weekdays: days(), startTime: start, endTime: end },
      }),
    onSuccess: () => {
      portal.status.announce(t('group.plan.done', { count: props.count }));
      props.onDone();
    },
    errorText: (error) => t(ligoErrorKey(error)),
  });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const values = form.values();
    if (!values['start-date'] || days().length === 0 || values.end <= values.start) {
      plan.setError(t('group.plan.incomplete'));
      return;
    }
    await plan.run(values);
  };
  return (
    <form class="form" onSubmit={submit} noValidate aria-labelledby="plan-title">
      <h3 id="plan-title">{t('group.plan.title', { count: props.count })}</h3>
      <ErrorNotice error={plan.error()} />
      <div class="form__row">
        <DateField {...form.field('start-date')} label={t('group.plan.startDate')} required={false} />
        <TimeField {...form.field('start')} label={t('group.plan.start')} required={false} />
        <TimeField {...form.field('end')} label={t('group.plan.end')} required={false} />
      </div>
      <CheckboxGroup
        legend={t('group.plan.weekdays')}
        options={WEEKDAYS}
        label={weekdayName}
        value={days()}
        onValue={setDays}
      />
      <div class="form__actions">
        <button type="submit" class="button button--primary">
          {t('group.plan.submit')}
        </button>
      </div>
    </form>
  );
}
