import { TRAJECTORY_STATUSES } from '@digipakket/domain';
import { SelectField } from '@digipakket/portal-kit';
import { Show } from 'solid-js';
import { t } from '../../../portal';
import { kindKey, SIGNAL_KINDS } from '../../follow-up/follow-up.labels';
import { createWavesQuery } from '../../programmes/programmes.queries';
import { createSocialWorkersQuery } from '../clients.queries';

/** The list's filters: ids and codes, so they can live in the page's address. */
export const CLIENT_FILTER_KEYS = ['status', 'waveId', 'signal', 'socialWorkerId', 'mine'] as const;
export type ClientFilterKey = (typeof CLIENT_FILTER_KEYS)[number];

/** The client list's filters: status, wave, signal, social worker and "my clients". */
export function ClientFilterFields(props: {
  values: Partial<Record<ClientFilterKey, string>>;
  filtered: boolean;
  onFilter: (key: ClientFilterKey, value: string) => void;
  onClear: () => void;
}) {
  const [waves] = createWavesQuery();
  const [socialWorkers] = createSocialWorkersQuery();
  /** What every filter shares: it may stay empty ("all"), and a choice filters the list at once. */
  const filter = (key: ClientFilterKey) => ({
    optional: true,
    placeholder: t('clients.filter.all'),
    value: props.values[key] ?? '',
    onValue: (value: string) => props.onFilter(key, value),
  });
  return (
    <fieldset class="filters">
      <legend>{t('clients.filters.title')}</legend>
      <SelectField
        name="filter-status"
        label={t('clients.filter.status')}
        {...filter('status')}
        options={TRAJECTORY_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
      />
      <SelectField
        name="filter-wave"
        label={t('clients.filter.wave')}
        {...filter('waveId')}
        options={(waves() ?? []).map((wave) => ({ value: wave.id, label: wave.name }))}
      />
      <SelectField
        name="filter-signal"
        label={t('clients.filter.signal')}
        {...filter('signal')}
        options={[
          { value: 'any', label: t('clients.filter.signal.any') },
          ...SIGNAL_KINDS.map((kind) => ({ value: kind, label: t(kindKey(kind)) })),
        ]}
      />
      <SelectField
        name="filter-social-worker"
        label={t('clients.filter.socialWorker')}
        {...filter('socialWorkerId')}
        options={(socialWorkers() ?? []).map((worker) => ({ value: worker.id, label: worker.name }))}
      />
      <label class="checkbox-line filters__mine">
        <input
          type="checkbox"
          name="filter-mine"
          checked={props.values.mine === '1'}
          onChange={(event) => props.onFilter('mine', event.currentTarget.checked ? '1' : '')}
        />{' '}
        {t('clients.filter.mine')}
      </label>
      <Show when={props.filtered}>
        <button type="button" class="button button--secondary filters__clear" onClick={props.onClear}>
          {t('clients.filter.clear')}
        </button>
      </Show>
    </fieldset>
  );
}
