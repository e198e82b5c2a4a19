import { SelectField } from '@digipakket/portal-kit';
import { Show } from 'solid-js';
import { t } from '../../../portal';
import { Checkbox } from '../../shared/checkbox.component';
import { FilterForm } from '../../shared/filter-form.component';
import { kindKey, OWNER_KINDS, ownerKey, SIGNAL_KINDS } from '../follow-up.labels';

export interface SignalFilterValues {
  state: 'open' | 'snoozed';
  kind: string;
  owner: string;
  mine: boolean;
}

/** The follow-up list's filters; a project lead also filters on whose signal it is and on their own clients. */
export function SignalFilters(props: {
  lead: boolean;
  values: SignalFilterValues;
  onChange: (change: Partial<SignalFilterValues>) => void;
}) {
  return (
    <FilterForm class="filters" label={t('followUp.filters')}>
      <SelectField
        name="signal-state"
        label={t('followUp.filter.status')}
        required={false}
        value={props.values.state}
        onValue={(value) => props.onChange({ state: value === 'snoozed' ? 'snoozed' : 'open' })}
        options={[
          { value: 'open', label: t('followUp.status.open') },
          { value: 'snoozed', label: t('followUp.status.snoozed') },
        ]}
      />
      <SelectField
        name="signal-kind"
        label={t('followUp.filter.kind')}
        required={false}
        value={props.values.kind}
        onValue={(value) => props.onChange({ kind: value })}
        placeholder={t('followUp.filter.all')}
        options={SIGNAL_KINDS.map((value) => ({ value, label: t(kindKey(value)) }))}
      />
      <Show when={props.lead}>
        <SelectField
          name="signal-owner"
          label={t('followUp.filter.owner')}
          required={false}
          value={props.values.owner}
          onValue={(value) => props.onChange({ owner: value })}
          placeholder={t('followUp.filter.all')}
          options={OWNER_KINDS.map((value) => ({ value, label: t(ownerKey(value)) }))}
        />
        <Checkbox
          class="checkbox"
          checked={props.values.mine}
          onChecked={(checked) => props.onChange({ mine: checked })}
          label={t('followUp.filter.mine')}
        />
      </Show>
    </FilterForm>
  );
}
