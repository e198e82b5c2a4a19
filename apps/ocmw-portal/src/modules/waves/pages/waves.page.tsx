import '../waves.css';
import {
  createAction,
  DateField,
  ErrorMessage,
  Loaded,
  TextField,
  usePageTitle,
  usePortal,
} from '@digipakket/portal-kit';
import { createSignal, Show } from 'solid-js';
import { t } from '../../../portal';
import { NoProgramme } from '../../shared/no-programme.component';
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
  usePageTitle(() => t('waves.title'));
  const { status } = usePortal();
  const [data, { refetch }] = createWavePlansQuery();
  const [name, setName] = createSignal('');
  const [from, setFrom] = createSignal('');
  const [until, setUntil] = createSignal('');
  const [laptops, setLaptops] = createSignal('');
  const [hours, setHours] = createSignal('');
  const [seats, setSeats] = createSignal('');
  const [warning, setWarning] = createSignal<Overflow[] | null>(null);
  const [failure, setFailure] = createSignal<unknown>();

  const creation = createAction({
    run: createWave,
    onSuccess: (_created, { wave }) => {
      status.announce(t('waves.created', { name: wave.name }));
      setWarning(null);
      setName('');
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
    await creation.run({
      wave: {
        programmeId: programme.id,
        name: name(),
        pickupFrom: from(),
        pickupUntil: until(),
        capacity: {
          laptops: Number(laptops()),
          chequeHours: Number(hours()),
          trainingSeats: Number(seats()),
        },
        acceptOverflow,
      },
    });
  };

  return (
    <>
      <div class="page-header">
        <h1>{t('waves.title')}</h1>
      </div>
      <p class="lead">{t('waves.intro')}</p>
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
                  <TextField name="wave-name" label={t('waves.new.name')} value={name()} onValue={setName} />
                  <DateField
                    name="wave-from"
                    label={t('waves.new.from')}
                    width="full"
                    value={from()}
                    onValue={setFrom}
                  />
                  <DateField
                    name="wave-until"
                    label={t('waves.new.until')}
                    width="full"
                    value={until()}
                    onValue={setUntil}
                  />
                  <TextField
                    name="wave-laptops"
                    label={t('waves.new.laptops')}
                    value={laptops()}
                    onValue={setLaptops}
                    width="short"
                  />
                  <TextField
                    name="wave-hours"
                    label={t('waves.new.hours')}
                    value={hours()}
                    onValue={setHours}
                    width="short"
                  />
                  <TextField
                    name="wave-seats"
                    label={t('waves.new.seats')}
                    value={seats()}
                    onValue={setSeats}
                    width="short"
                  />
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
