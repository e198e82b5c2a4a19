import '../waves.css';
import {
  createAction,
  createFormValues,
  DateField,
  ErrorMessage,
  Loaded,
  TextField,
  usePortal,
} from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import { t } from '../../../portal';
import { NoProgramme } from '../../shared/no-programme.component';
import { PageHeader } from '../../shared/page-header.component';
import { OverflowWarning } from '../components/overflow-warning.component';
import { WavePlanTable } from '../components/wave-plan-table.component';
import { createWavePlansQuery } from '../waves.queries';
import { createWave, type Overflow, overflowsOf } from '../waves.services';

/** The new wave's button; once it is refused for going beyond capacity, "plan anyway" or "change". */
function WaveFormActions(props: {
  warned: boolean;
  busy: boolean;
  onAnyway: () => void;
  onChange: () => void;
}) {
  return (
    <div class="wave-form__actions">
      <Show
        when={props.warned}
        fallback={
          <button type="submit" class="button button--primary" disabled={props.busy}>
            {t('waves.new.submit')}
          </button>
        }
      >
        <button type="button" class="button button--primary" disabled={props.busy} onClick={props.onAnyway}>
          {t('waves.new.anyway')}
        </button>
        <button type="button" class="button button--secondary" onClick={props.onChange}>
          {t('waves.new.change')}
        </button>
      </Show>
    </div>
  );
}

/**
 * Waves and capacity: each wave against what its clients need, the laptops in stock and the free
 * training seats; planning a new wave warns before it goes beyond any of them. Without a programme
 * there is nothing to plan in: the page says so.
 */
export function WavesPage() {
  const { status } = usePortal();
  const [data, { refetch }] = createWavePlansQuery();
  const form = createFormValues(
    { name: '', from: '', until: '', laptops: '', hours: '', seats: '' },
    { prefix: 'wave-' },
  );
  const [warning, setWarning] = createSignal<Overflow[] | null>(null);
  const [failure, setFailure] = createSignal<unknown>();

  const creation = createAction({
    run: createWave,
    onSuccess: (_created, { wave }) => {
      status.announce(t('waves.created', { name: wave.name }));
      setWarning(null);
      form.reset('name');
    },
    refetch,
    onError: (error) => {
      const overflows = overflowsOf(error);
      if (overflows) setWarning(overflows);
      else setFailure(error);
    },
  });
  const busy = creation.busy;

  const submit = async (acceptOverflow: boolean) => {
    const programme = data.latest?.programme;
    if (!programme) return;
    setFailure(undefined);
    const values = form.values();
    await creation.run({
      wave: {
        programmeId: programme.id,
        name: values.name,
        pickupFrom: values.from,
        pickupUntil: values.until,
        capacity: {
          laptops: Number(values.laptops),
          chequeHours: Number(values.hours),
          trainingSeats: Number(values.seats),
        },
        acceptOverflow,
      },
    });
  };

  return (
    <>
      <PageHeader title={t('waves.title')} lead={t('waves.intro')} />
      <Loaded resource={data} retry={refetch}>
        {(loaded) => (
          <Show when={loaded().programme} fallback={<NoProgramme />}>
            {(programme) => (
              <>
                <WavePlanTable programmeName={programme().name} plans={loaded().plans} />

                <h2 id="new-wave">{t('waves.new.title')}</h2>
                <p>{t('waves.new.intro')}</p>
                <form
                  class="wave-form"
                  aria-labelledby="new-wave"
                  onSubmit={(event) => {
                    event.preventDefault();
                    void submit(false);
                  }}
                >
                  <TextField {...form.field('name')} label={t('waves.new.name')} />
                  <DateField {...form.field('from')} label={t('waves.new.from')} width="full" />
                  <DateField {...form.field('until')} label={t('waves.new.until')} width="full" />
                  <TextField {...form.field('laptops')} label={t('waves.new.laptops')} width="short" />
                  <TextField {...form.field('hours')} label={t('waves.new.hours')} width="short" />
                  <TextField {...form.field('seats')} label={t('waves.new.seats')} width="short" />
                  <Show when={warning()}>
                    {(overflows) => (
                      <div style={{ 'grid-column': '1 / -1' }}>
                        <OverflowWarning title={t('waves.new.beyond')} overflows={overflows()} />
                      </div>
                    )}
                  </Show>
                  <Show when={failure()}>
                    <p class="notice notice--error" role="alert" style={{ 'grid-column': '1 / -1' }}>
                      <ErrorMessage error={failure()} />
                    </p>
                  </Show>
                  <WaveFormActions
                    warned={Boolean(warning())}
                    busy={busy()}
                    onAnyway={() => void submit(true)}
                    onChange={() => setWarning(null)}
                  />
                </form>
              </>
            )}
          </Show>
        )}
      </Loaded>
    </>
  );
}
