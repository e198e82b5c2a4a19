import { PURPOSES } from '@digipakket/domain';
import { A } from '@solidjs/router';
import { For } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
import { Checkbox } from '../../shared/checkbox.component';
import { type DraftProps, StepActions, StepForm, YesNo } from './intake-parts.component';

/** Step one: what the client wants a laptop for, and whether the household has or can buy one. */
export function SituationStep(
  props: DraftProps & {
    clientId: string;
    busy: boolean;
    onNext: () => void;
  },
) {
  return (
    <StepForm onSubmit={props.onNext}>
      <fieldset class="choice-group">
        <legend>{t('intake.purposes')}</legend>
        <For each={PURPOSES}>
          {(purpose) => (
            <Checkbox
              class="choice"
              checked={props.draft.purposes.includes(purpose)}
              onChecked={(checked) =>
                props.update({
                  purposes: checked
                    ? [...props.draft.purposes, purpose]
                    : props.draft.purposes.filter((candidate) => candidate !== purpose),
                })
              }
              label={t(`purpose.${purpose}` as OcmwKey)}
            />
          )}
        </For>
      </fieldset>
      <YesNo
        name="household-laptop"
        legend={t('intake.householdLaptop')}
        value={props.draft.householdHasUsableLaptop}
        onValue={(value) => props.update({ householdHasUsableLaptop: value })}
      />
      <YesNo
        name="can-afford"
        legend={t('intake.canAfford')}
        value={props.draft.canAffordLaptop}
        onValue={(value) => props.update({ canAffordLaptop: value })}
      />
      <StepActions submit={t('intake.next')} busy={props.busy}>
        <A href={`/clients/${props.clientId}`}>{t('intake.later')}</A>
      </StepActions>
    </StepForm>
  );
}
