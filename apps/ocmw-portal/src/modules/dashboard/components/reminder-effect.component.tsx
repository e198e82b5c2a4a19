import type { Dashboard } from '@digipakket/api/contracts';
import { For, Show } from 'solid-js';
import { i18n, t } from '../../../portal';

type Effect = Dashboard['reminderEffect'];
type Comparison = Effect['waves'][number]['visits'];
type Group = Comparison['withReminder'];

const percent = (value: number | null) =>
  value === null ? '—' : new Intl.NumberFormat(i18n.locale(), { style: 'percent' }).format(value);

function GroupCell(props: { group: Group }) {
  return (
    <td>
      {t('dashboard.reminders.missedOf', {
        missed: props.group.missed,
        appointments: props.group.appointments,
      })}
      <Show when={props.group.rate !== null}>
        <br />
        <strong>{percent(props.group.rate)}</strong>
      </Show>
    </td>
  );
}

function ComparisonRow(props: {
  wave: string;
  kind: 'visits' | 'lessons';
  comparison: Comparison;
  minimum: number;
}) {
  return (
    <tr>
      <th scope="row">
        {props.wave}
        <br />
        <span class="muted">{t(`dashboard.reminders.${props.kind}`)}</span>
      </th>
      <GroupCell group={props.comparison.withReminder} />
      <GroupCell group={props.comparison.withoutReminder} />
      <td>
        {props.comparison.comparable
          ? t('dashboard.reminders.comparable')
          : t('dashboard.reminders.tooFew', { minimum: props.minimum })}
      </td>
    </tr>
  );
}

/**
 * Missed home-help visits and training half-days with a reminder sent before them against those
 * without, per wave, as a table: a rate is only worth reading when both groups are large enough.
 */
export function ReminderEffect(props: { effect: Effect }) {
  return (
    <div class="chart reminder-effect">
      <h3 id="reminder-effect-title" class="chart__title">
        {t('dashboard.reminders.title')}
      </h3>
      <p class="muted">{t('dashboard.reminders.intro', { minimum: props.effect.minimumPerGroup })}</p>
      <Show when={props.effect.waves.length > 0} fallback={<p>{t('dashboard.reminders.none')}</p>}>
        <section class="table-wrap" aria-labelledby="reminder-effect-title" tabindex="0">
          <table class="table">
            <caption class="visually-hidden">{t('dashboard.reminders.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.reminders.wave')}</th>
                <th scope="col">{t('dashboard.reminders.withReminder')}</th>
                <th scope="col">{t('dashboard.reminders.withoutReminder')}</th>
                <th scope="col">{t('dashboard.reminders.compare')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.effect.waves}>
                {(row) => (
                  <>
                    <ComparisonRow
                      wave={row.wave?.name ?? t('dashboard.reminders.noWave')}
                      kind="visits"
                      comparison={row.visits}
                      minimum={props.effect.minimumPerGroup}
                    />
                    <ComparisonRow
                      wave={row.wave?.name ?? t('dashboard.reminders.noWave')}
                      kind="lessons"
                      comparison={row.lessons}
                      minimum={props.effect.minimumPerGroup}
                    />
                  </>
                )}
              </For>
            </tbody>
          </table>
        </section>
      </Show>
    </div>
  );
}
