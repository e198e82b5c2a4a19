import { createAction, ErrorNotice, usePortal } from '@digipakket/portal-kit';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../../portal';
import { errorText } from '../../shared/error-text';
import { createNearestDigipuntenQuery } from '../guidance.queries';
import { recordDigipuntInfo } from '../guidance.services';
import { BusySubmit, OpenedBy } from './guidance-parts.component';

/**
 * The help points nearest to the client, to tick the ones the social worker told about. The list
 * loads only when opened, because reading it is an audited read of the client's address.
 */
export function DigipuntInfoForm(props: { clientId: string; told: string[]; onRecorded: () => void }) {
  const { status } = usePortal();
  const [open, setOpen] = createSignal(false);
  const [nearest] = createNearestDigipuntenQuery(() => (open() ? props.clientId : undefined));
  const [chosen, setChosen] = createSignal<string[]>([]);
  const recording = createAction({ run: (work: () => Promise<void>) => work(), errorText });
  const busy = recording.busy;
  const error = recording.error;
  const setError = recording.setError;

  const toggle = (name: string, checked: boolean) =>
    setChosen((current) => (checked ? [...current, name] : current.filter((entry) => entry !== name)));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    if (chosen().length === 0) {
      setError(t('guidance.digipunten.pickOne'));
      return;
    }
    await recording.run(async () => {
      await recordDigipuntInfo({ clientId: props.clientId, names: chosen() });
      status.announce(t('guidance.digipunten.recorded'));
      setOpen(false);
      setChosen([]);
      props.onRecorded();
    });
  };

  return (
    <div class="digipunt-info">
      <Show when={props.told.length > 0}>
        <p data-testid="digipunten-told">{t('guidance.digipunten.told', { names: props.told.join(', ') })}</p>
      </Show>
      <OpenedBy open={open()} onOpen={() => setOpen(true)} label={t('guidance.digipunten.open')}>
        <Show
          when={nearest()}
          fallback={<p>{nearest.error ? errorText(nearest.error) : t('guidance.digipunten.loading')}</p>}
        >
          {(list) => (
            <form onSubmit={submit}>
              <fieldset>
                <legend>
                  {list().area
                    ? t('guidance.digipunten.legendArea', { area: list().area ?? '' })
                    : t('guidance.digipunten.legend')}
                </legend>
                <Show when={list().area}>
                  <p class="muted">{t('guidance.digipunten.areaNote')}</p>
                </Show>
                <Show when={list().items.length > 0} fallback={<p>{t('guidance.digipunten.none')}</p>}>
                  <For each={list().items}>
                    {(point) => (
                      <label class="checkbox-line">
                        <input
                          type="checkbox"
                          checked={chosen().includes(point.name)}
                          onChange={(event) => toggle(point.name, event.currentTarget.checked)}
                        />{' '}
                        {point.name} — {point.street}, {point.city}
                        <Show when={point.distanceKm !== undefined}>
                          {' '}
                          ({t('guidance.digipunten.distance', { km: (point.distanceKm ?? 0).toFixed(1) })})
                        </Show>
                      </label>
                    )}
                  </For>
                </Show>
              </fieldset>
              <ErrorNotice error={error()} />
              <BusySubmit busy={busy()} primary>
                {t('guidance.digipunten.record')}
              </BusySubmit>
            </form>
          )}
        </Show>
      </OpenedBy>
    </div>
  );
}
