import {
  createAction,
  createFormValues,
  DataTable,
  DateField,
  Loaded,
  SelectField,
  TextField,
  usePortal,
} from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../../portal';
import { errorText, formatDay } from '../../shared/error-text';
import { PageHeader } from '../../shared/page-header.component';
import { INFO_MOMENT_LANGUAGES, languageLabel } from '../info-moments.languages';
import { createInfoMomentsQuery } from '../info-moments.queries';
import { planInfoMoment } from '../info-moments.services';

/**
 * "Infomomenten": the welfare centre's info moments about the digital offer, how full each is and
 * how many came, and a form to plan a new one.
 */
export function InfoMomentsPage() {
  const { status } = usePortal();
  const [data, { refetch }] = createInfoMomentsQuery();
  const form = createFormValues(
    { when: '', place: '', language: 'nl', capacity: '' },
    { prefix: 'info-moment-' },
  );
  const plan = createAction({
    run: planInfoMoment,
    onSuccess: () => {
      status.announce(t('infoMoments.new.done'));
      form.reset('when', 'place', 'capacity');
    },
    refetch,
    errorText,
  });
  const busy = plan.busy;
  const error = plan.error;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    const values = form.values();
    const startsAt = values.when ? new Date(values.when) : undefined;
    const seats = Number(values.capacity);
    if (
      !startsAt ||
      Number.isNaN(startsAt.getTime()) ||
      values.place.trim() === '' ||
      !Number.isInteger(seats) ||
      seats < 1
    ) {
      plan.setError(t('infoMoments.new.missing'));
      return;
    }
    await plan.run({
      body: {
        startsAt: startsAt.toISOString(),
        place: values.place.trim(),
        language: values.language,
        capacity: seats,
      },
    });
  };

  return (
    <>
      <PageHeader title={t('infoMoments.title')} lead={t('infoMoments.intro')} />
      <Loaded resource={data} retry={refetch}>
        {(loaded) => (
          <Show when={loaded().moments.length > 0} fallback={<p>{t('infoMoments.none')}</p>}>
            <DataTable
              caption={t('infoMoments.table.caption')}
              rows={loaded().moments}
              columns={[
                {
                  header: t('infoMoments.column.when'),
                  rowHeader: true,
                  class: 'nowrap',
                  cell: (moment) => (
                    <A href={`/info-moments/${moment.id}`}>{formatDay(moment.startsAt, true)}</A>
                  ),
                },
                { header: t('infoMoments.column.place'), cell: (moment) => moment.place },
                {
                  header: t('infoMoments.column.language'),
                  cell: (moment) => languageLabel(moment.language),
                },
                {
                  header: t('infoMoments.column.invited'),
                  cell: (moment) =>
                    t('infoMoments.usedOf', { used: moment.invited, capacity: moment.capacity }),
                },
                { header: t('infoMoments.column.attended'), cell: (moment) => moment.attended },
              ]}
            />
          </Show>
        )}
      </Loaded>

      <h2 id="new-info-moment">{t('infoMoments.new.title')}</h2>
      <form class="stack" aria-labelledby="new-info-moment" onSubmit={submit} noValidate>
        <DateField
          {...form.field('when')}
          kind="datetime-local"
          label={t('infoMoments.new.when')}
          required={false}
        />
        <TextField {...form.field('place')} label={t('infoMoments.new.place')} maxLength={200} />
        <SelectField
          {...form.field('language')}
          label={t('infoMoments.new.language')}
          options={INFO_MOMENT_LANGUAGES.map((option) => ({ value: option.value, label: option.label }))}
        />
        <TextField
          {...form.field('capacity')}
          label={t('infoMoments.new.capacity')}
          width="short"
          error={error()}
        />
        <div>
          <button type="submit" class="button button--primary" disabled={busy()}>
            {t('infoMoments.new.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
