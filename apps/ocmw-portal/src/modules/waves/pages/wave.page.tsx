import '../waves.css';
import type { WavePlan } from '@digipakket/api/contracts';
import {
  createAction,
  FailureNotice,
  Loaded,
  LoadedList,
  usePageTitle,
  usePortal,
} from '@digipakket/portal-kit';
import { A, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../../portal';
import { OverflowWarning } from '../components/overflow-warning.component';
import { createCandidatesQuery, createWavePlanQuery } from '../waves.queries';
import { addClients, type Overflow, overflowsOf } from '../waves.services';

/** The wave's laptops, cheque hours and training seats: promised against capacity and what is free. */
function WaveCapacityLines(props: { plan: WavePlan }) {
  return (
    <ul>
      <li>
        {t('waves.line.laptops', {
          used: props.plan.committed.laptops,
          capacity: props.plan.wave.capacity.laptops,
          stock: props.plan.available.laptops,
        })}
      </li>
      <li>
        <Show
          when={props.plan.available.chequeHours !== null}
          fallback={t('waves.line.hours', {
            used: props.plan.committed.chequeHours,
            capacity: props.plan.wave.capacity.chequeHours,
          })}
        >
          {t('waves.line.hoursFree', {
            used: props.plan.committed.chequeHours,
            capacity: props.plan.wave.capacity.chequeHours,
            free: props.plan.available.chequeHours ?? 0,
          })}
        </Show>
      </li>
      <li>
        {t('waves.line.seats', {
          used: props.plan.committed.trainingSeats,
          capacity: props.plan.wave.capacity.trainingSeats,
          free: props.plan.available.trainingSeats,
        })}
      </li>
    </ul>
  );
}

/** One wave: its capacity against its clients' needs and the stock, and approved clients to add. */
export function WavePage() {
  const params = useParams<{ id: string }>();
  const { status } = usePortal();
  const [plan, { refetch }] = createWavePlanQuery(() => params.id);
  const [candidates, candidatesActions] = createCandidatesQuery(() => params.id);
  const [chosen, setChosen] = createSignal<string[]>([]);
  const [warning, setWarning] = createSignal<Overflow[] | null>(null);
  const [failure, setFailure] = createSignal<unknown>();
  usePageTitle(() => plan.latest?.plan.wave.name ?? t('waves.title'));

  const adding = createAction({
    run: (clientIds: string[], acceptOverflow: boolean) =>
      addClients({ waveId: params.id, body: { clientIds, acceptOverflow } }),
    onSuccess: (_added, clientIds) => {
      status.announce(t('waves.added', { count: clientIds.length }));
      setChosen([]);
      setWarning(null);
    },
    refetch: () => {
      void refetch();
      void candidatesActions.refetch();
    },
    onError: (error) => {
      const overflows = overflowsOf(error);
      if (overflows) setWarning(overflows);
      else setFailure(error);
    },
  });
  const add = async (acceptOverflow: boolean) => {
    setFailure(undefined);
    await adding.run(chosen(), acceptOverflow);
  };

  return (
    <>
      <p>
        <A href="/waves">{t('waves.back')}</A>
      </p>
      <Loaded resource={plan} retry={refetch}>
        {(loaded) => (
          <>
            <h1>{loaded().plan.wave.name}</h1>
            <p class="lead">
              {t('waves.summary', {
                from: loaded().plan.wave.pickupFrom,
                until: loaded().plan.wave.pickupUntil,
                clients: loaded().plan.clients,
              })}
            </p>
            <WaveCapacityLines plan={loaded().plan} />
            <Show when={loaded().plan.overCapacity.length > 0}>
              <OverflowWarning title={t('waves.overCapacity')} overflows={loaded().plan.overCapacity} />
            </Show>
            <Show when={loaded().plan.beyondResources.length > 0}>
              <OverflowWarning title={t('waves.beyondResources')} overflows={loaded().plan.beyondResources} />
            </Show>
          </>
        )}
      </Loaded>

      <h2 id="candidates-title">{t('waves.candidates.title')}</h2>
      <LoadedList
        resource={candidates}
        retry={candidatesActions.refetch}
        emptyTitle={t('waves.candidates.none')}
      >
        {(list) => (
          <form
            aria-labelledby="candidates-title"
            onSubmit={(event) => {
              event.preventDefault();
              void add(false);
            }}
          >
            <fieldset>
              <legend>{t('waves.candidates.legend')}</legend>
              <ul class="candidate-list">
                <For each={list().items}>
                  {(candidate) => (
                    <li>
                      <label>
                        <input
                          type="checkbox"
                          checked={chosen().includes(candidate.clientId)}
                          onChange={(event) =>
                            setChosen(
                              event.currentTarget.checked
                                ? [...chosen(), candidate.clientId]
                                : chosen().filter((id) => id !== candidate.clientId),
                            )
                          }
                        />{' '}
                        {candidate.firstName} {candidate.lastName} ({candidate.fileNumber})
                      </label>
                    </li>
                  )}
                </For>
              </ul>
            </fieldset>
            <Show when={warning()}>
              {(overflows) => <OverflowWarning title={t('waves.add.beyond')} overflows={overflows()} />}
            </Show>
            <FailureNotice error={failure()} />
            <div class="form__actions">
              <Show
                when={warning()}
                fallback={
                  <button type="submit" class="button button--primary" disabled={chosen().length === 0}>
                    {t('waves.add.submit', { count: chosen().length })}
                  </button>
                }
              >
                <button type="button" class="button button--primary" onClick={() => void add(true)}>
                  {t('waves.new.anyway')}
                </button>
              </Show>
            </div>
          </form>
        )}
      </LoadedList>
    </>
  );
}
