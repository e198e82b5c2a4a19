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
  return (
    <fieldset class="filters">
      <legend>{t('clients.filters.title')}</legend>
      <SelectField
        name="filter-status"
        label={t('clients.filter.status')}
        optional
        value={props.values.status ?? ''}
        onValue={(value) => props.onFilter('status', value)}
        placeholder={t('clients.filter.all')}
        options={TRAJECTORY_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
      />
      <SelectField
        name="filter-wave"
        label={t('clients.filter.wave')}
        optional
        value={props.values.waveId ?? ''}
        onValue={(value) => props.onFilter('waveId', value)}
        placeholder={t('clients.filter.all')}
        options={(waves() ?? []).map((wave) => ({ value: wave.id, label: wave.name }))}
      />
      <SelectField
        name="filter-signal"
        label={t('clients.filter.signal')}
        optional
        value={props.values.signal ?? ''}
        onValue={(value) => props.onFilter('signal', value)}
        placeholder={t('clients.filter.all')}
        options={[
          { value: 'any', label: t('clients.filter.signal.any') },
          ...SIGNAL_KINDS.map((kind) => ({ value: kind, label: t(kindKey(kind)) })),
        ]}
      />
      <SelectField
        name="filter-social-worker"
        label={t('clients.filter.socialWorker')}
        optional
        value={props.values.socialWorkerId ?? ''}
        onValue={(value) => props.onFilter('socialWorkerId', value)}
        placeholder={t('clients.filter.all')}
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
