import '../waves.css';
import type { WavePlan } from '@digipakket/api/contracts';
import { DataTable, ErrorMessage, Loaded, TextField, usePageTitle, usePortal } from '@digipakket/portal-kit';
import { A } from '@solidjs/router';
import { createResource, createSignal, Show } from 'solid-js';
import { t } from '../../../portal';
import { NoProgramme } from '../../shared/no-programme.component';
import { OverflowWarning } from '../components/overflow-warning.component';
import { createWave, fetchProgrammes, fetchWavePlan, type Overflow, overflowsOf } from '../waves.services';

async function loadPlans() {
  const { items } = await fetchProgrammes();
  const programme = items.find((item) => item.status === 'active') ?? items[0];
  if (!programme) return { programme: undefined, plans: [] as WavePlan[] };
  const plans = await Promise.all(programme.waves.map((wave) => fetchWavePlan({ waveId: wave.id })));
  return { programme, plans: plans.map((result) => result.plan) };
}

function used(plan: WavePlan, kind: 'laptops' | 'chequeHours' | 'trainingSeats') {
  const over = plan.overCapacity.some((overflow) => overflow.capacity === kind);
  return (
    <span classList={{ 'capacity-cell--over': over }}>
      {t('waves.usedOf', { used: plan.committed[kind], capacity: plan.wave.capacity[kind] })}
    </span>
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
  const [data, { refetch }] = createResource(loadPlans);
  const [name, setName] = createSignal('');
  const [from, setFrom] = createSignal('');
  const [until, setUntil] = createSignal('');
  const [laptops, setLaptops] = createSignal('');
  const [hours, setHours] = createSignal('');
  const [seats, setSeats] = createSignal('');
  const [warning, setWarning] = createSignal<Overflow[] | null>(null);
  const [failure, setFailure] = createSignal<unknown>();
  const [busy, setBusy] = createSignal(false);

  const submit = async (acceptOverflow: boolean) => {
    const programme = data.latest?.programme;
    if (!programme) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await createWave({
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
      status.announce(t('waves.created', { name: name() }));
      setWarning(null);
      setName('');
      void refetch();
    } catch (error) {
      const overflows = overflowsOf(error);
      if (overflows) setWarning(overflows);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
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
                <DataTable
                  caption={t('waves.table.caption', { programme: programme().name })}
                  rows={loaded().plans}
                  columns={[
                    {
                      header: t('waves.column.name'),
                      rowHeader: true,
                      cell: (plan) => <A href={`/waves/${plan.wave.id}`}>{plan.wave.name}</A>,
                    },
                    {
                      header: t('waves.column.period'),
                      class: 'nowrap',
                      cell: (plan) => `${plan.wave.pickupFrom} – ${plan.wave.pickupUntil}`,
                    },
                    { header: t('waves.column.clients'), cell: (plan) => plan.clients },
                    { header: t('waves.column.laptops'), cell: (plan) => used(plan, 'laptops') },
                    { header: t('waves.column.hours'), cell: (plan) => used(plan, 'chequeHours') },
                    { header: t('waves.column.seats'), cell: (plan) => used(plan, 'trainingSeats') },
                    {
                      header: t('waves.column.warnings'),
                      cell: (plan) =>
                        plan.overCapacity.length + plan.beyondResources.length === 0
                          ? t('waves.fits')
                          : t('waves.warnings', {
                              count: plan.overCapacity.length + plan.beyondResources.length,
                            }),
                    },
                  ]}
                />

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
                  <TextField
                    name="wave-from"
                    label={t('waves.new.from')}
                    type="date"
                    value={from()}
                    onValue={setFrom}
                  />
                  <TextField
                    name="wave-until"
                    label={t('waves.new.until')}
                    type="date"
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
                  <div class="wave-form__actions">
                    <Show
                      when={warning()}
                      fallback={
                        <button type="submit" class="button button--primary" disabled={busy()}>
                          {t('waves.new.submit')}
                        </button>
                      }
                    >
                      <button
                        type="button"
                        class="button button--primary"
                        disabled={busy()}
                        onClick={() => void submit(true)}
                      >
                        {t('waves.new.anyway')}
                      </button>
                      <button type="button" class="button button--secondary" onClick={() => setWarning(null)}>
                        {t('waves.new.change')}
                      </button>
                    </Show>
                  </div>
                </form>
              </>
            )}
          </Show>
        )}
      </Loaded>
    </>
  );
}
