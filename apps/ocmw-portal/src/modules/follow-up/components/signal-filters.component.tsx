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

/** The filter values shown and where a change goes. */
interface FilterBinding {
  values: SignalFilterValues;
  onChange: (change: Partial<SignalFilterValues>) => void;
}

/** The filters that pick one kind or one owner of signal. */
const CHOICE_FILTERS = {
  kind: {
    label: 'followUp.filter.kind',
    options: () => SIGNAL_KINDS.map((value) => ({ value, label: t(kindKey(value)) })),
  },
  owner: {
    label: 'followUp.filter.owner',
    options: () => OWNER_KINDS.map((value) => ({ value, label: t(ownerKey(value)) })),
  },
} as const;

/** One of {@link CHOICE_FILTERS}, named `signal-<field>`, "all" while nothing is chosen. */
function ChoiceFilter(props: FilterBinding & { field: keyof typeof CHOICE_FILTERS }) {
  const choice = () => CHOICE_FILTERS[props.field];
  return (
    <SelectField
      name={`signal-${props.field}`}
      label={t(choice().label)}
      required={false}
      value={props.values[props.field]}
      onValue={(value) => props.onChange({ [props.field]: value })}
      placeholder={t('followUp.filter.all')}
      options={choice().options()}
    />
  );
}

/** The follow-up list's filters; a project lead also filters on whose signal it is and on their own clients. */
export function SignalFilters(props: FilterBinding & { lead: boolean }) {
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
      <ChoiceFilter field="kind" values={props.values} onChange={props.onChange} />
      <Show when={props.lead}>
        <ChoiceFilter field="owner" values={props.values} onChange={props.onChange} />
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
