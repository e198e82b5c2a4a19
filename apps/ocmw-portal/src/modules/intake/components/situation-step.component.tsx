import { PURPOSES } from '@digipakket/domain';
import { A } from '@solidjs/router';
import { For } from 'solid-js';
import type { OcmwKey } from '../../../i18n/ocmw.dictionary.nl';
import { t } from '../../../portal';
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
            <label class="choice">
              <input
                type="checkbox"
                checked={props.draft.purposes.includes(purpose)}
                onChange={(event) =>
                  props.update({
                    purposes: event.currentTarget.checked
                      ? [...props.draft.purposes, purpose]
                      : props.draft.purposes.filter((candidate) => candidate !== purpose),
                  })
                }
              />
              {t(`purpose.${purpose}` as OcmwKey)}
            </label>
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
